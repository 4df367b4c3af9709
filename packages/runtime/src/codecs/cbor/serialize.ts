/**
 * Typed value → CBOR data item, driven by runtime schemas (Smithy "RPC v2 CBOR protocol", "Shape
 * serialization"): strings as text, blobs as byte strings, integers as major types 0/1, floats and
 * doubles as floats (NaN and ±Infinity included), `bigInteger` as tag 2/3 bignums, `bigDecimal` as a
 * tag 4 decimal fraction, timestamps as tag 1 epoch seconds, lists as arrays, maps, structures and
 * unions as maps with text keys. The protocol defines no wire form for documents; they are written
 * as plain CBOR (maps, arrays, text, numbers, booleans, null), as the AWS SDK does.
 * @packageDocumentation
 */
import { SerializationError } from '../serialization-error.js';
import { deref } from '../../schema/index.js';
import type { MemberSchema, Schema, StructureSchema, UnionSchema } from '../../schema/index.js';
import { utf8Encode } from '../../bytes/utf8.js';
import { describe, toDate } from '../timestamps.js';
import { defaultValue, writesDefault, type DefaultsMode } from '../json/defaults.js';
import { cborTag } from './wire.js';
import type { CborItem, CborMap } from './wire.js';

/** Options of the CBOR value writer. */
export interface CborWriteOptions {
  /** Which unset members are sent with their `@default` value (default `'none'`; see {@link DefaultsMode}). */
  readonly defaults?: DefaultsMode;
}

/** Set an own entry; a `__proto__` key stays data (plain assignment would change the prototype). */
function define(target: CborMap, key: string, value: CborItem): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * Write the members of a structure (or a subset of them) as a CBOR map. `null`/`undefined` members
 * are omitted, or written with their `@default` per `options.defaults` (the top level is `path === ''`).
 * @param only member names to include (default: all)
 * @throws SerializationError naming the member path on a wrongly typed value
 */
export function structureToCbor(
  schema: StructureSchema | UnionSchema,
  value: Record<string, unknown>,
  options: CborWriteOptions,
  path = '',
  only?: readonly string[],
): CborMap {
  const out: CborMap = {};
  for (const name of only ?? Object.keys(schema.members)) {
    const member = schema.members[name];
    if (!member) continue;
    let v = value[name];
    if ((v === undefined || v === null) && writesDefault(member, options.defaults, path === '')) v = defaultValue(member);
    if (v === undefined || v === null) continue;
    define(out, name, valueToCbor(member, v, options, `${path}/${name}`));
  }
  return out;
}

/** A bignum (RFC 8949 §3.4.3): tag 2 with the magnitude's big-endian bytes, or tag 3 with those of `-1 - n`. */
export function bignum(n: bigint): CborItem {
  let magnitude = n < 0n ? -1n - n : n;
  const bytes: number[] = [];
  while (magnitude > 0n) {
    bytes.unshift(Number(magnitude & 0xffn));
    magnitude >>= 8n;
  }
  return cborTag(n < 0n ? 3 : 2, new Uint8Array(bytes));
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/**
 * A decimal fraction (RFC 8949 §3.4.4): tag 4 over `[exponent, mantissa]`, value = mantissa × 10^exponent.
 * `"-273.15"` → `4([-2, -27315])`. The mantissa is an integer, or a bignum beyond 64 bits.
 * @returns `undefined` when `text` is not decimal number text
 */
export function decimalFraction(text: string): CborItem | undefined {
  const m = DECIMAL.exec(text);
  if (!m) return undefined;
  const [, sign = '', whole = '', fraction = '', exp = '0'] = m;
  const mantissa = BigInt(`${sign}${whole}${fraction}`);
  const exponent = Number(exp) - fraction.length;
  if (!Number.isSafeInteger(exponent)) return undefined;
  // A mantissa beyond ±2^53 stays a bigint: the encoder writes it as a 64-bit integer, or a bignum beyond.
  const m2: CborItem = Number.isSafeInteger(Number(mantissa)) ? Number(mantissa) : mantissa;
  return cborTag(4, [exponent, m2]);
}

/**
 * Write one member value (non-null) as a CBOR data item.
 * @throws SerializationError naming `path` when the value does not fit the schema
 */
export function valueToCbor(member: Pick<MemberSchema, 'target'>, value: unknown, options: CborWriteOptions, path: string): CborItem {
  const schema: Schema = deref(member.target);
  const wrong = (expected: string): never => {
    throw new SerializationError(`expected ${expected} for ${schema.id ?? schema.type}, got ${describe(value)}`, path);
  };
  switch (schema.type) {
    case 'string':
    case 'enum':
      return typeof value === 'string' ? value : wrong('a string');
    case 'boolean':
      return typeof value === 'boolean' ? value : wrong('a boolean');
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'intEnum':
      return typeof value === 'number' && Number.isInteger(value) ? value : wrong('an integer');
    case 'float':
    case 'double':
      return typeof value === 'number' ? value : wrong('a number');
    case 'bigInteger':
      if (typeof value === 'bigint') return bignum(value);
      if (typeof value === 'number' && Number.isInteger(value)) return bignum(BigInt(value));
      if (typeof value === 'string' && /^-?\d+$/.test(value)) return bignum(BigInt(value));
      return wrong('a bigint');
    case 'bigDecimal': {
      const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'bigint' ? value.toString() : value;
      return (typeof text === 'string' ? decimalFraction(text) : undefined) ?? wrong('a decimal string');
    }
    case 'blob':
      if (value instanceof Uint8Array) return value;
      if (typeof value === 'string') return utf8Encode(value);
      return wrong('a Uint8Array');
    case 'timestamp':
      return cborTag(1, toDate(value, path).getTime() / 1000);
    case 'document':
      return documentToCbor(value, path);
    case 'list': {
      if (!Array.isArray(value)) return wrong('an array');
      const out: CborItem[] = [];
      value.forEach((item, i) => {
        if (item === null || item === undefined) {
          if (schema.sparse) out.push(null);
        } else out.push(valueToCbor(schema.member, item, options, `${path}/${i}`));
      });
      return out;
    }
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value) || value instanceof Uint8Array) return wrong('an object');
      const out: CborMap = {};
      for (const [k, item] of Object.entries(value as Record<string, unknown>)) {
        if (item === null || item === undefined) {
          if (schema.sparse) define(out, k, null);
        } else define(out, k, valueToCbor(schema.value, item, options, `${path}/${k}`));
      }
      return out;
    }
    case 'structure':
      if (typeof value !== 'object' || Array.isArray(value)) return wrong('an object');
      return structureToCbor(schema, value as Record<string, unknown>, options, path);
    case 'union': {
      if (typeof value !== 'object' || Array.isArray(value)) return wrong('an object');
      const record = value as Record<string, unknown>;
      const unknown = record.$unknown;
      if (Array.isArray(unknown) && typeof unknown[0] === 'string') {
        const out: CborMap = {};
        define(out, unknown[0], documentToCbor(unknown[1], `${path}/${unknown[0]}`));
        return out;
      }
      const out = structureToCbor(schema, record, options, path);
      const keys = Object.keys(out);
      if (keys.length !== 1) {
        throw new SerializationError(`a union must have exactly one member set, got ${keys.length} (${keys.join(', ') || 'none'})`, path);
      }
      return out;
    }
  }
}

/**
 * A document (or an unknown union member's value) as plain CBOR: objects as maps (entries whose
 * value is `undefined` left out), arrays, text, numbers, `bigint`s, booleans, `null`, bytes.
 * @throws SerializationError naming `path` on values CBOR cannot carry (functions, symbols, `undefined`)
 */
export function documentToCbor(value: unknown, path: string): CborItem {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return value;
  if (value instanceof Uint8Array) return value;
  if (value instanceof Date) return cborTag(1, value.getTime() / 1000);
  if (Array.isArray(value)) return value.map((item, i) => documentToCbor(item === undefined ? null : item, `${path}/${i}`));
  if (typeof value === 'object') {
    const out: CborMap = {};
    for (const [k, item] of Object.entries(value)) if (item !== undefined) define(out, k, documentToCbor(item, `${path}/${k}`));
    return out;
  }
  throw new SerializationError(`a document cannot hold ${describe(value)}`, path);
}
