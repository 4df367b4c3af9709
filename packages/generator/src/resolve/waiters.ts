/**
 * Waiters of an operation (`smithy.waiters#waitable`, Smithy "Waiters"), by
 * waiter name.
 * @packageDocumentation
 */
import type { Traits } from '@anvil/smithy-model';
import { waiterNames } from '../naming/index.js';
import type { WaiterNode } from './service-nodes.js';
import { TRAIT_IDS } from './trait-ids.js';
import { objectValue } from './traits.js';
import { sorted } from './endpoint-params.js';

/** The operation's waiters, sorted by name. */
export function waiters(operationTraits: Traits): WaiterNode[] {
  const defs = objectValue(operationTraits, TRAIT_IDS.waitable) as Record<string, Record<string, unknown> | undefined> | undefined;
  if (!defs) return [];
  return sorted(defs).map(([name, d = {}]) => ({
    name,
    names: waiterNames(name),
    ...(typeof d.documentation === 'string' ? { documentation: d.documentation } : {}),
    deprecated: d.deprecated === true,
    ...(typeof d.minDelay === 'number' ? { minDelay: d.minDelay } : {}),
    ...(typeof d.maxDelay === 'number' ? { maxDelay: d.maxDelay } : {}),
    acceptors: Array.isArray(d.acceptors) ? d.acceptors : [],
  }));
}
