/**
 * `@default` values and client error correction for the JSON codecs (Smithy 2.0 "default trait",
 * "Default value serialization" and "Client error correction").
 *
 * - Serialisers send the default of an unset member, except at the top level of a client request
 *   and for `@clientOptional` members on the client (Smithy compliance tests
 *   `*ClientSkipsTopLevelDefaultValuesInInput`, `*ClientIgnoresNonTopLevelDefaultsOnMembersWithClientOptional`).
 * - Deserialisers fill the default of a member missing on the wire (both sides).
 * - Clients fill required members without a default that a response left out with a zero value.
 * @packageDocumentation
 */
import { deref } from '../../schema/index.js';
import type { CodecFeatures, MemberSchema, Schema } from '../../schema/index.js';
import { base64Feature } from '../../bytes/base64.js';
import { requireFeature } from '../features.js';

/** Which unset members a serialiser fills with their `@default`. */
export type DefaultsMode =
  /** none (the pre-2.0 behaviour) */
  | 'none'
  /** client requests: not the top-level input members, not `@clientOptional` members */
  | 'client'
  /** every member with a default (mock responses and errors) */
  | 'all';

/**
 * Should a serialiser write the default of this unset member?
 * @param topLevel whether the member belongs to the message's top-level structure
 */
export function writesDefault(member: MemberSchema, mode: DefaultsMode | undefined, topLevel: boolean): boolean {
  if (member.default === undefined || mode === undefined || mode === 'none') return false;
  if (mode === 'all') return true;
  return !topLevel && !member.clientOptional;
}

/**
 * The runtime value of a member's `@default` (a JSON AST node value), per the runtime type mapping:
 * timestamps from epoch seconds or date-time text to `Date`, blobs from base64 to `Uint8Array`,
 * bigInteger to `bigint`, bigDecimal to decimal text, float specials from their string forms.
 * Lists, maps and documents are copied so callers may mutate them.
 * @returns the value, or `undefined` when the member has no default or it does not fit the target
 */
export function defaultValue(member: MemberSchema): unknown {
  return defaultValueWith(member, BASE64_ONLY);
}

const BASE64_ONLY: CodecFeatures = { base64: base64Feature };

/**
 * {@link defaultValue} with the codec features of the caller: a blob default needs `base64`.
 * @throws SerializationError when the member's default is a blob and `features` has no `base64`
 */
export function defaultValueWith(member: MemberSchema, features: CodecFeatures | undefined): unknown {
  const node = member.default;
  if (node === undefined || node === null) return undefined;
  const schema: Schema = deref(member.target);
  switch (schema.type) {
    case 'timestamp':
      if (typeof node === 'number') return new Date(node * 1000);
      return typeof node === 'string' ? new Date(node) : undefined;
    case 'blob': {
      if (typeof node !== 'string') return undefined;
      const base64 = requireFeature(features, 'base64', 'blob', '');
      try {
        return base64.decode(node);
      } catch {
        return undefined;
      }
    }
    case 'bigInteger':
      return typeof node === 'number' || (typeof node === 'string' && /^-?\d+$/.test(node)) ? BigInt(node) : undefined;
    case 'bigDecimal':
      return typeof node === 'number' || typeof node === 'string' ? String(node) : undefined;
    case 'float':
    case 'double':
      if (node === 'NaN') return NaN;
      if (node === 'Infinity') return Infinity;
      if (node === '-Infinity') return -Infinity;
      return typeof node === 'number' ? node : undefined;
    case 'list':
    case 'map':
    case 'document':
      return structuredClone(node);
    default:
      return node;
  }
}

/**
 * The zero value a client fills a missing required member with (Smithy "Client error correction"):
 * `false`, `0`, `""`, empty bytes, the epoch, `[]`, `{}`; `undefined` for unions and documents,
 * which stay unset. A structure becomes `{}` (the caller fills its own members recursively).
 */
export function zeroValue(schema: Schema): unknown {
  switch (schema.type) {
    case 'boolean':
      return false;
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
    case 'intEnum':
      return 0;
    case 'bigInteger':
      return 0n;
    case 'bigDecimal':
      return '0';
    case 'string':
    case 'enum':
      return '';
    case 'blob':
      return new Uint8Array(0);
    case 'timestamp':
      return new Date(0);
    case 'list':
      return [];
    case 'map':
      return {};
    case 'structure':
      return {};
    case 'union':
    case 'document':
      return undefined;
  }
}
