/**
 * `union` values ⇄ JSON (Smithy "restJson1 protocol" / "AWS JSON 1.0 protocol": a union is an object with exactly
 * one member set; a client keeps a member it does not know as `$unknown`). The `unions` codec feature, so bundles
 * of operations without unions leave it out.
 * @packageDocumentation
 */
import { SerializationError } from '../serialization-error.js';
import { getOwn, setOwn } from '../../schema/index.js';
import type { UnionFeature, UnionSchema } from '../../schema/index.js';
import { JsonNumber, toPlainJson } from './text.js';
import type { JsonValue } from './text.js';
import { describeWire, valueFromJson } from './deserialize.js';
import type { JsonReadOptions } from './deserialize.js';
import { jsonKey, structureToJson } from './serialize.js';
import type { JsonCodecOptions } from './serialize.js';

/**
 * Read a union from its JSON object: the one member set (`__type` and `null` members ignored). Leniently (client)
 * no member gives `{}` and an unknown key `{ $unknown: [key, value] }`; strictly (mock) both throw.
 * @throws SerializationError naming `path`
 */
export function unionFromJson(schema: UnionSchema, wire: JsonValue, options: JsonReadOptions, path: string): Record<string, unknown> {
  if (wire === null || typeof wire !== 'object' || Array.isArray(wire) || wire instanceof JsonNumber) {
    throw new SerializationError(`expected a JSON object for union ${schema.id ?? schema.name}, got ${describeWire(wire)}`, path);
  }
  let key: string | undefined;
  let count = 0;
  for (const k in wire) {
    if (Object.prototype.hasOwnProperty.call(wire, k) && wire[k] !== null && k !== '__type') {
      key ??= k;
      count++;
    }
  }
  if (count !== 1) {
    if (count === 0 && !options.strict) return {};
    throw new SerializationError(`a union must have exactly one member set, got ${count}`, path);
  }
  const value = wire[key!]!;
  const name = unionMemberNames(schema, options.useJsonName === true).get(key!);
  if (name === undefined) {
    if (options.strict) throw new SerializationError(`unknown member ${JSON.stringify(key)} of union ${schema.id ?? schema.name}`, path);
    return { $unknown: [key, toPlainJson(value)] };
  }
  return { [name]: valueFromJson(schema.members[name]!, value, options, `${path}/${name}`) };
}

/** Member name by JSON key, per union schema (`jsonName` keys / member-name keys): built once, not per value read. */
const unionKeys = { jsonName: new WeakMap<UnionSchema, Map<string, string>>(), memberName: new WeakMap<UnionSchema, Map<string, string>>() };

function unionMemberNames(schema: UnionSchema, useJsonName: boolean): Map<string, string> {
  const cache = useJsonName ? unionKeys.jsonName : unionKeys.memberName;
  let byKey = cache.get(schema);
  if (byKey === undefined) {
    byKey = new Map();
    for (const [name, member] of Object.entries(schema.members)) byKey.set(jsonKey(name, member, { useJsonName }), name);
    cache.set(schema, byKey);
  }
  return byKey;
}

/**
 * Write a union value (an object) as its JSON object: exactly one member set, or a `$unknown: [key, value]` pair
 * written back as is.
 * @throws SerializationError naming `path` when not exactly one member is set
 */
export function unionToJson(schema: UnionSchema, record: Record<string, unknown>, options: JsonCodecOptions, path: string): Record<string, unknown> {
  const unknown = getOwn(record, '$unknown');
  if (Array.isArray(unknown) && typeof unknown[0] === 'string') {
    const out: Record<string, unknown> = {};
    setOwn(out, unknown[0], unknown[1]);
    return out;
  }
  const out = structureToJson(schema, record, options, path);
  const keys = Object.keys(out);
  if (keys.length !== 1) {
    throw new SerializationError(`a union must have exactly one member set, got ${keys.length} (${keys.join(', ') || 'none'})`, path);
  }
  return out;
}

/** Unions as a codec feature (`OperationSchema.features.unions`). */
export const unionFeature: UnionFeature = {
  readJson: (schema, wire, options, path) => unionFromJson(schema, wire as JsonValue, options as JsonReadOptions, path),
  writeJson: (schema, value, options, path) => unionToJson(schema, value, options as JsonCodecOptions, path),
};
