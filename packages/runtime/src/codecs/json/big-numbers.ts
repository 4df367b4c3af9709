/**
 * Which shapes can hold a `bigInteger` or `bigDecimal`: the JSON body codec reads those bodies with
 * the exact-number reader, and everything else through the faster `JSON.parse`.
 * @packageDocumentation
 */
import { deref } from '../../schema/index.js';
import type { BigNumberFeature, Schema } from '../../schema/index.js';
import { parseJsonText, type JsonValue } from './text.js';
import { bigNumberFromJson, bigNumberToJson } from './big-number-values.js';

const bigNumbers = new WeakMap<Schema, boolean>();

/**
 * Can a value of this shape contain a `bigInteger` or `bigDecimal` anywhere (members, list items, map values)?
 * Walks the shape closure once per schema object (recursive shapes included) and caches the answer.
 */
export function hasBigNumbers(schema: Schema): boolean {
  let found = bigNumbers.get(schema);
  if (found === undefined) {
    found = reachesBigNumber(schema, new Set());
    bigNumbers.set(schema, found);
  }
  return found;
}

function reachesBigNumber(schema: Schema, seen: Set<Schema>): boolean {
  // only whole-closure answers are cached, so a cached value is exact even inside a cycle
  const cached = bigNumbers.get(schema);
  if (cached !== undefined) return cached;
  if (seen.has(schema)) return false;
  seen.add(schema);
  switch (schema.type) {
    case 'bigInteger':
    case 'bigDecimal':
      return true;
    case 'structure':
    case 'union':
      return Object.values(schema.members).some((m) => reachesBigNumber(deref(m.target), seen));
    case 'list':
      return reachesBigNumber(deref(schema.member.target), seen);
    case 'map':
      return reachesBigNumber(deref(schema.value.target), seen);
    default:
      return false;
  }
}

/** Exact JSON numbers as a codec feature (`OperationSchema.features.bigNumbers`): the reader keeping number literals, and the values. */
export const bigNumberFeature: BigNumberFeature = {
  reaches: hasBigNumbers,
  parseJson: parseJsonText,
  writeJson: bigNumberToJson,
  readJson: (schema, wire, strict, asStrings, path) => bigNumberFromJson(schema, wire as JsonValue, strict, asStrings, path),
};
