/**
 * Typed reads of trait values from the IR (`Traits`: trait id → JSON value as
 * written). Values of the wrong JSON type read as absent.
 * @packageDocumentation
 */
import { ExactNumber, isObjectNode, type Traits } from '@anvil/smithy-model';
import type { TraitId } from './trait-ids.js';
import { TRAIT_IDS } from './trait-ids.js';
import type { Bounds, Deprecation } from './shape-nodes.js';

/** Is the trait applied (any value, annotation traits included)? */
export function has(traits: Traits, id: TraitId): boolean {
  return id in traits;
}

/** A trait's value as written, or undefined. */
export function value(traits: Traits, id: TraitId): unknown {
  return traits[id];
}

/**
 * A node value with every `ExactNumber` (a literal a double would change) replaced by its nearest
 * double, for data the emitters print as JSON (examples): the input itself when it holds none.
 */
export function doubleNumbers(node: unknown): unknown {
  if (node instanceof ExactNumber) return node.toNumber();
  if (Array.isArray(node)) {
    const items = node.map(doubleNumbers);
    return items.some((v, i) => v !== node[i]) ? items : node;
  }
  if (!isObjectNode(node)) return node;
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(node)) {
    const v = doubleNumbers(node[key]);
    if (v === node[key]) continue;
    out ??= { ...node };
    Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out ?? node;
}

/** A trait's value when it is a string. */
export function stringValue(traits: Traits, id: TraitId): string | undefined {
  const v = traits[id];
  return typeof v === 'string' ? v : undefined;
}

/** A trait's value when it is a JSON object (not an array). */
export function objectValue(traits: Traits, id: TraitId): Readonly<Record<string, unknown>> | undefined {
  const v = traits[id];
  return isObjectNode(v) ? v : undefined;
}

/** `@documentation` (HTML or Markdown), when a string. */
export function documentation(traits: Traits): string | undefined {
  return stringValue(traits, TRAIT_IDS.documentation);
}

/** `@deprecated`: its `message` and `since` when strings (Smithy "deprecated trait"). */
export function deprecation(traits: Traits): Deprecation | undefined {
  const v = objectValue(traits, TRAIT_IDS.deprecated) ?? (has(traits, TRAIT_IDS.deprecated) ? {} : undefined);
  if (!v) return undefined;
  return {
    ...(typeof v.message === 'string' ? { message: v.message } : {}),
    ...(typeof v.since === 'string' ? { since: v.since } : {}),
  };
}

/** `@length` / `@range` bounds (numbers; other values, `ExactNumber`s included, are converted with `Number`), or undefined. */
export function bounds(traits: Traits, id: typeof TRAIT_IDS.length | typeof TRAIT_IDS.range): Bounds | undefined {
  const v = objectValue(traits, id);
  if (!v) return undefined;
  return {
    ...(v.min !== undefined && v.min !== null ? { min: Number(v.min) } : {}),
    ...(v.max !== undefined && v.max !== null ? { max: Number(v.max) } : {}),
  };
}
