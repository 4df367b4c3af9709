/**
 * Scalar values as text, the way the XML and query codecs write them (Smithy "XML bindings" and
 * "AWS query protocol": booleans `true`/`false`, numbers in decimal, `NaN` / `Infinity` / `-Infinity`
 * for float specials, blobs base64, timestamps `date-time` unless `@timestampFormat` says otherwise,
 * `bigInteger` / `bigDecimal` as their exact decimal text).
 * @packageDocumentation
 */
import { SerializationError } from './serialization-error.js';
import { deref } from '../schema/index.js';
import type { MemberSchema } from '../schema/index.js';
import { fromBase64, toBase64 } from '../bytes/base64.js';
import { utf8Encode } from '../bytes/utf8.js';
import { INT_RANGES, inRange } from './integers.js';
import { describe, formatTimestamp, parseTimestamp, timestampFormatOf, toDate } from './timestamps.js';

/** The member fields scalar text needs: the target and a member-level `@timestampFormat`. */
export type ScalarMember = Pick<MemberSchema, 'target' | 'timestampFormat'>;

/**
 * Write one scalar value as text.
 * @param path member path for errors
 * @throws SerializationError naming `path` when the value does not fit the target, or the target is not a scalar
 */
export function formatScalarText(member: ScalarMember, value: unknown, path: string): string {
  const schema = deref(member.target);
  const wrong = (expected: string): never => {
    throw new SerializationError(`expected ${expected} for ${schema.id ?? schema.type}, got ${describe(value)}`, path);
  };
  switch (schema.type) {
    case 'string':
    case 'enum':
      return typeof value === 'string' ? value : wrong('a string');
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : wrong('a boolean');
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'intEnum':
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : wrong('a finite number');
    case 'float':
    case 'double':
      return typeof value === 'number' ? String(value) : wrong('a number');
    case 'bigInteger':
      if (typeof value === 'bigint' || (typeof value === 'number' && Number.isInteger(value))) return String(value);
      return typeof value === 'string' && /^-?\d+$/.test(value) ? value : wrong('a bigint');
    case 'bigDecimal':
      if (typeof value === 'bigint' || (typeof value === 'number' && Number.isFinite(value))) return String(value);
      return typeof value === 'string' && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value) ? value : wrong('a decimal string');
    case 'blob':
      if (value instanceof Uint8Array) return toBase64(value);
      return typeof value === 'string' ? toBase64(utf8Encode(value)) : wrong('a Uint8Array');
    case 'timestamp':
      return formatTimestamp(toDate(value, path), timestampFormatOf(member, schema, 'date-time'));
    default:
      throw new SerializationError(`a ${schema.type} is not a scalar`, path);
  }
}

/**
 * Read one scalar value from text.
 * @param strict mock side: numbers must be canonical decimal text in the type's range, timestamps in their
 *   declared format, base64 padded; otherwise (client) surrounding whitespace is ignored and any timestamp
 *   format is accepted
 * @throws SerializationError naming `path` when the text does not fit the target
 */
export function parseScalarText(member: ScalarMember, text: string, path: string, strict: boolean): unknown {
  const schema = deref(member.target);
  const wrong = (expected: string): never => {
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    throw new SerializationError(`expected ${expected} for ${schema.id ?? schema.type}, got ${JSON.stringify(shown)}`, path);
  };
  const t = strict ? text : text.trim();
  switch (schema.type) {
    case 'string':
    case 'enum':
      return text;
    case 'boolean':
      return t === 'true' || t === 'false' ? t === 'true' : wrong('true or false');
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'intEnum': {
      if (!/^-?\d+$/.test(t)) return wrong('an integer');
      const range = INT_RANGES[schema.type];
      if (strict && range && !inRange(BigInt(t), range)) return wrong(`a ${schema.type} in [${range[0]}, ${range[1]}]`);
      return Number(t);
    }
    case 'float':
    case 'double':
      if (t === 'NaN') return NaN;
      if (t === 'Infinity') return Infinity;
      if (t === '-Infinity') return -Infinity;
      return /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : wrong('a number');
    case 'bigInteger':
      return /^-?\d+$/.test(t) ? BigInt(t) : wrong('an integer');
    case 'bigDecimal':
      return /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(t) ? t : wrong('a decimal number');
    case 'blob':
      try {
        return fromBase64(t, strict);
      } catch {
        return wrong('base64 text');
      }
    case 'timestamp':
      return parseTimestamp(t, timestampFormatOf(member, schema, 'date-time'), path, !strict);
    default:
      throw new SerializationError(`a ${schema.type} is not a scalar`, path);
  }
}
