/**
 * `@eventHeader` members as typed event message headers (Smithy "Event streams", "eventHeader trait"):
 * the member's target type picks the header value type — boolean → `boolean`, byte → `byte`, short →
 * `short`, integer and intEnum → `integer`, long → `long`, blob → `binary`, string and enum → `string`,
 * timestamp → `timestamp` (milliseconds since the epoch).
 * @packageDocumentation
 */
import { SerializationError } from '../../codecs/serialization-error.js';
import { describe, toDate } from '../../codecs/timestamps.js';
import { utf8Encode } from '../../bytes/utf8.js';
import { deref, type MemberSchema } from '../../schema/index.js';
import type { EventHeaderValue } from './messages.js';

/** `a boolean`, `an integer`. */
const withArticle = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

const INTEGER_LIMITS = { byte: 2 ** 7, short: 2 ** 15, integer: 2 ** 31, long: 2 ** 63 } as const;

function integerHeader(type: keyof typeof INTEGER_LIMITS, value: unknown, path: string): EventHeaderValue {
  const limit = INTEGER_LIMITS[type];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < -limit || value >= limit) {
    throw new SerializationError(`expected ${withArticle(type)} header value, got ${describe(value)}`, path);
  }
  return { type, value } as EventHeaderValue;
}

/**
 * The header value of an `@eventHeader` member.
 * @param path member path for errors (`/headers/intHeader`)
 * @throws SerializationError on a wrongly typed value, or a target type that cannot be a header
 */
export function toEventHeader(member: MemberSchema, value: unknown, path: string): EventHeaderValue {
  const target = deref(member.target);
  switch (target.type) {
    case 'boolean':
      if (typeof value !== 'boolean') break;
      return { type: 'boolean', value };
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
      return integerHeader(target.type, value, path);
    case 'intEnum':
      return integerHeader('integer', value, path);
    case 'blob':
      if (value instanceof Uint8Array) return { type: 'binary', value };
      if (typeof value === 'string') return { type: 'binary', value: utf8Encode(value) };
      break;
    case 'string':
    case 'enum':
      if (typeof value !== 'string') break;
      return { type: 'string', value };
    case 'timestamp':
      return { type: 'timestamp', value: toDate(value, path) };
    default:
      throw new SerializationError(`${withArticle(target.type)} member cannot be an event header`, path);
  }
  throw new SerializationError(`expected ${withArticle(target.type)} header value, got ${describe(value)}`, path);
}

const NUMERIC_HEADERS = new Set(['byte', 'short', 'integer', 'long']);

/**
 * The member value of a received header.
 * @throws SerializationError when the header's type does not fit the member's target (any integer
 *   header type fits any integer target)
 */
export function fromEventHeader(member: MemberSchema, header: EventHeaderValue, path: string): unknown {
  const target = deref(member.target);
  const fits =
    (target.type === 'boolean' && header.type === 'boolean') ||
    ((target.type === 'byte' || target.type === 'short' || target.type === 'integer' || target.type === 'long' || target.type === 'intEnum') &&
      NUMERIC_HEADERS.has(header.type)) ||
    (target.type === 'blob' && header.type === 'binary') ||
    ((target.type === 'string' || target.type === 'enum') && (header.type === 'string' || header.type === 'uuid')) ||
    (target.type === 'timestamp' && header.type === 'timestamp');
  if (!fits) throw new SerializationError(`${withArticle(header.type)} event header cannot be read as ${withArticle(target.type)} member`, path);
  return header.value;
}
