/**
 * The inventory: every compliance case of the covered protocols in the whole model, found by
 * walking all shapes (not only the services the run covers), expanded per side and per malformed
 * `testParameters` index exactly as the run expands them. The run must account for each one: run
 * it, or report it as not run with a reason ({@link accountFor}).
 *
 * Spec: Smithy "HTTP protocol compliance tests".
 * @packageDocumentation
 */
import type { Model, ShapeId } from '@anvil/smithy-model';
import { expandMalformed, MALFORMED_TESTS, PROTOCOL_TRAITS, REQUEST_TESTS, RESPONSE_TESTS, sidesOf, type CaseKind, type TestedProtocol, type RawMalformed, type RequestTest, type Side } from './cases.js';

/** One case as found in the model. */
export interface FoundCase {
  /** Test id (`#<index>` suffix for expanded malformed tests). */
  readonly id: string;
  readonly protocol: TestedProtocol;
  readonly side: Side;
  readonly kind: CaseKind;
  /** The shape carrying the test trait (an operation, or an error structure for response tests). */
  readonly shape: ShapeId;
  /** How the side was chosen: `appliesTo`, a `client-only`/`server-only` tag, or neither (both sides). */
  readonly selectedBy: 'appliesTo' | 'tag' | 'none';
}

const MIXIN = 'smithy.api#mixin';

function protocolName(trait: string): TestedProtocol | undefined {
  return (PROTOCOL_TRAITS as Readonly<Record<string, TestedProtocol>>)[trait];
}

function selection(test: Pick<RequestTest, 'appliesTo' | 'tags'>): FoundCase['selectedBy'] {
  if (test.appliesTo !== undefined) return 'appliesTo';
  return sidesOf(test).length === 1 ? 'tag' : 'none';
}

/**
 * Every compliance case of a covered protocol on any shape of the model. Mixin shapes are left out: the
 * shapes using a mixin carry its traits themselves.
 * @returns cases in model shape order, then trait order
 */
export function findCases(model: Model): FoundCase[] {
  const found: FoundCase[] = [];
  for (const shape of model.shapes.values()) {
    if (shape.traits[MIXIN] !== undefined) continue;
    for (const [trait, kind] of [[REQUEST_TESTS, 'request'], [RESPONSE_TESTS, 'response']] as const) {
      for (const test of (shape.traits[trait] ?? []) as RequestTest[]) {
        const protocol = protocolName(test.protocol);
        if (!protocol) continue;
        for (const side of sidesOf(test)) found.push({ id: test.id, protocol, side, kind, shape: shape.id, selectedBy: selection(test) });
      }
    }
    for (const raw of (shape.traits[MALFORMED_TESTS] ?? []) as RawMalformed[]) {
      const protocol = protocolName(raw.protocol);
      if (!protocol) continue;
      for (const test of expandMalformed(raw)) found.push({ id: test.id, protocol, side: 'mock', kind: 'malformed', shape: shape.id, selectedBy: 'none' });
    }
  }
  return found;
}

/** The key of one case in the inventory and in the results: protocol, side, kind, carrying shape and id. */
export function inventoryKey(c: { protocol: string; side: string; kind: string; shape: string; id: string }): string {
  return `${c.protocol} ${c.side} ${c.kind} ${c.shape} ${c.id}`;
}

/** How a run's results cover the inventory. */
export interface Accounting {
  /** Found cases with no result (neither run nor reported as not run): dropped silently. */
  readonly missing: string[];
  /** Results for a case the inventory does not have, or a second result for the same case. */
  readonly extra: string[];
}

/**
 * Match results to the inventory one to one (by {@link inventoryKey}).
 * @returns the keys that do not match; both lists empty when every found case has exactly one result
 */
export function accountFor(found: readonly FoundCase[], results: readonly { protocol: string; side: string; kind: string; shape: string; id: string }[]): Accounting {
  const open = new Map<string, number>();
  for (const c of found) open.set(inventoryKey(c), (open.get(inventoryKey(c)) ?? 0) + 1);
  const extra: string[] = [];
  for (const r of results) {
    const key = inventoryKey(r);
    const left = open.get(key) ?? 0;
    if (left === 0) extra.push(key);
    else open.set(key, left - 1);
  }
  const missing = [...open].flatMap(([key, n]) => Array.from({ length: n }, () => key));
  return { missing, extra };
}
