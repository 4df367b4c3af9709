/**
 * CBOR data item → typed value, driven by runtime schemas (Smithy "RPC v2 CBOR protocol", "Shape
 * serialization"). Readers accept every encoding the protocol allows for a shape: integers of any
 * width (and floats for float/double members: "upcasting"), half/single/double floats, definite and
 * indefinite lengths (the decoder joins chunks), bignums and integers for `bigInteger`, decimal
 * fractions and plain numbers for `bigDecimal`. A `null` structure member is an unset member.
 *
 * Two modes: lenient (client: unknown members ignored, `null` entries of dense lists and maps
 * skipped, untagged epoch seconds accepted for timestamps, unknown union members kept as
 * `$unknown`) and strict (mock: those are errors; integers must fit their type's range).
 * @packageDocumentation
 */
import { SerializationError } from '../serialization-error.js';
import { deref } from '../../schema/index.js';
import type { MemberSchema, Schema, StructureSchema, UnionSchema } from '../../schema/index.js';
import { INT_RANGES, inRange } from '../integers.js';
import { defaultValue, zeroValue } from '../json/defaults.js';
import { asDecimal, asTagged, isCborMap } from './wire.js';
import type { CborItem } from './wire.js';

/** Options of the CBOR value reader. */
export interface CborReadOptions {
  /** Type-check strictly (mock side). */
  readonly strict: boolean;
  /** Fill members missing on the wire (or `null`) with their `@default` value (Smithy "default trait"). */
  readonly fillDefaults?: boolean;
  /** Fill required members without a default that are missing with a zero value (Smithy "Client error correction"; clients only). */
  readonly errorCorrection?: boolean;
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Short description of a data item for error messages. */
export function describeItem(item: CborItem): string {
  if (item === null) return 'null';
  if (Array.isArray(item)) return 'an array';
  if (item instanceof Uint8Array) return 'a byte string';
  if (asDecimal(item) !== undefined) return `decimal ${asDecimal(item)}`;
  const tagged = asTagged(item);
  if (tagged) return `tag ${tagged.tag}`;
  if (typeof item === 'object') return 'a map';
  if (typeof item === 'string') return `text ${JSON.stringify(item.length > 40 ? `${item.slice(0, 40)}…` : item)}`;
  return `${typeof item} ${String(item)}`;
}

/**
 * Read the members of a structure from a CBOR map (`null` members are unset, unless
 * `options.fillDefaults` / `options.errorCorrection` fill them). Map entries that are not members are ignored.
 * @param only member names to read (default: all)
 * @throws SerializationError naming the member path when the item does not fit the schema
 */
export function structureFromCbor(
  schema: StructureSchema | UnionSchema,
  wire: CborItem,
  options: CborReadOptions,
  path = '',
  only?: readonly string[],
): Record<string, unknown> {
  if (!isCborMap(wire)) throw new SerializationError(`expected a CBOR map for ${schema.id ?? schema.name}, got ${describeItem(wire)}`, path || '/');
  const out: Record<string, unknown> = {};
  for (const name of only ?? Object.keys(schema.members)) {
    const member = schema.members[name]!;
    const v = Object.hasOwn(wire, name) ? wire[name]! : null;
    if (v !== null) define(out, name, valueFromCbor(member, v, options, `${path}/${name}`));
    else {
      const filled = missingValue(member, options, `${path}/${name}`);
      if (filled !== undefined) define(out, name, filled);
    }
  }
  return out;
}

function missingValue(member: MemberSchema, options: CborReadOptions, path: string): unknown {
  if (options.fillDefaults && member.default !== undefined) return defaultValue(member);
  if (!options.errorCorrection || !member.required) return undefined;
  const target = deref(member.target);
  return target.type === 'structure' ? structureFromCbor(target, {}, options, path) : zeroValue(target);
}

function integerOf(item: CborItem): bigint | undefined {
  if (typeof item === 'bigint') return item;
  return typeof item === 'number' && Number.isInteger(item) ? BigInt(item) : undefined;
}

/**
 * Read one (non-null) member value from its CBOR data item.
 * @throws SerializationError naming `path` on a type mismatch
 */
export function valueFromCbor(member: Pick<MemberSchema, 'target'>, wire: CborItem, options: CborReadOptions, path: string): unknown {
  const schema: Schema = deref(member.target);
  const wrong = (expected: string): never => {
    throw new SerializationError(`expected ${expected} for ${schema.id ?? schema.type}, got ${describeItem(wire)}`, path);
  };
  switch (schema.type) {
    case 'string':
    case 'enum':
      return typeof wire === 'string' ? wire : wrong('CBOR text');
    case 'boolean':
      return typeof wire === 'boolean' ? wire : wrong('a CBOR boolean');
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'intEnum': {
      const n = integerOf(wire);
      if (n === undefined) return wrong('a CBOR integer');
      const range = INT_RANGES[schema.type];
      if (options.strict && range && !inRange(n, range)) return wrong(`a ${schema.type} in [${range[0]}, ${range[1]}]`);
      return Number(n);
    }
    case 'float':
    case 'double':
      if (typeof wire === 'number') return wire;
      return typeof wire === 'bigint' ? Number(wire) : wrong('a CBOR number');
    case 'bigInteger':
      return integerOf(wire) ?? wrong('a CBOR integer or bignum');
    case 'bigDecimal': {
      const text = asDecimal(wire);
      if (text !== undefined) return text;
      if ((typeof wire === 'number' && Number.isFinite(wire)) || typeof wire === 'bigint') return String(wire);
      return wrong('a CBOR decimal fraction or number');
    }
    case 'blob':
      return wire instanceof Uint8Array ? new Uint8Array(wire) : wrong('a CBOR byte string');
    case 'timestamp': {
      const tagged = asTagged(wire);
      const seconds = tagged?.tag === 1 ? tagged.value : options.strict ? undefined : wire;
      if (typeof seconds === 'number' && Number.isFinite(seconds)) return new Date(Math.round(seconds * 1000));
      if (typeof seconds === 'bigint') return new Date(Number(seconds) * 1000);
      return wrong('epoch seconds (tag 1)');
    }
    case 'document':
      return documentFromCbor(wire);
    case 'list': {
      if (!Array.isArray(wire)) return wrong('a CBOR array');
      const out: unknown[] = [];
      wire.forEach((item, i) => {
        if (item === null) {
          if (schema.sparse) out.push(null);
          else if (options.strict) throw new SerializationError('null entry in a non-sparse list', `${path}/${i}`);
        } else out.push(valueFromCbor(schema.member, item, options, `${path}/${i}`));
      });
      return out;
    }
    case 'map': {
      if (!isCborMap(wire)) return wrong('a CBOR map');
      const out: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(wire)) {
        if (item === null) {
          if (schema.sparse) define(out, k, null);
          else if (options.strict) throw new SerializationError('null value in a non-sparse map', `${path}/${k}`);
        } else define(out, k, valueFromCbor(schema.value, item, options, `${path}/${k}`));
      }
      return out;
    }
    case 'structure':
      return structureFromCbor(schema, wire, options, path);
    case 'union':
      return unionFromCbor(schema, wire, options, path);
  }
}

function unionFromCbor(schema: UnionSchema, wire: CborItem, options: CborReadOptions, path: string): Record<string, unknown> {
  if (!isCborMap(wire)) throw new SerializationError(`expected a CBOR map for union ${schema.id ?? schema.name}, got ${describeItem(wire)}`, path);
  const entries = Object.entries(wire).filter(([k, v]) => v !== null && k !== '__type');
  if (entries.length !== 1) {
    if (entries.length === 0 && !options.strict) return {};
    throw new SerializationError(`a union must have exactly one member set, got ${entries.length}`, path);
  }
  const [key, value] = entries[0]!;
  const member = Object.hasOwn(schema.members, key) ? schema.members[key] : undefined;
  if (!member) {
    if (options.strict) throw new SerializationError(`unknown member ${JSON.stringify(key)} of union ${schema.id ?? schema.name}`, path);
    return { $unknown: [key, documentFromCbor(value)] };
  }
  const out: Record<string, unknown> = {};
  define(out, key, valueFromCbor(member, value, options, `${path}/${key}`));
  return out;
}

/**
 * A CBOR data item as a plain value (documents, unknown union members): maps as objects, arrays,
 * text, numbers (`bigint` beyond ±2^53), booleans, `null`, bytes; decimal fractions as their text,
 * epoch timestamps (tag 1) as `Date`, other tags as their content.
 */
export function documentFromCbor(item: CborItem): unknown {
  if (Array.isArray(item)) return item.map(documentFromCbor);
  if (item instanceof Uint8Array) return new Uint8Array(item);
  const decimal = asDecimal(item);
  if (decimal !== undefined) return decimal;
  const tagged = asTagged(item);
  if (tagged) return tagged.tag === 1 && typeof tagged.value === 'number' ? new Date(Math.round(tagged.value * 1000)) : documentFromCbor(tagged.value);
  if (isCborMap(item)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(item)) define(out, k, documentFromCbor(v));
    return out;
  }
  return item;
}
