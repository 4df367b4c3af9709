/**
 * The body of a restJson1 message: the `@httpPayload` member or the JSON object
 * of the unbound members (Smithy "HTTP binding traits" `@httpPayload`, "restJson1 protocol").
 * @packageDocumentation
 */
import { SerializationError } from '../../codecs/serialization-error.js';
import { deref } from '../../schema/index.js';
import type { Schema, StructureSchema } from '../../schema/index.js';
import { utf8Decode, utf8Encode } from '../../bytes/utf8.js';
import { describe } from '../../codecs/timestamps.js';
import { JsonSyntaxError, parseJsonText, structureFromJson, structureToJson, valueFromJson, valueToJson, writeJsonText } from '../../codecs/json/index.js';
import type { JsonCodecOptions, JsonReadOptions, JsonValue } from '../../codecs/json/index.js';
import type { StructureBindings } from './bindings.js';

/** JSON media type. */
export const APPLICATION_JSON = 'application/json';

/** A serialised body with its content type; both absent when there is no body. */
export interface EncodedBody {
  body?: Uint8Array;
  contentType?: string;
}

/** Is this the `smithy.api#Unit` structure (an operation without input/output)? */
export function isUnit(schema: StructureSchema): boolean {
  return schema.id === 'smithy.api#Unit';
}

/**
 * Encode the body of a message (Smithy restJson1 compliance-test behaviour):
 * - requests: no body when the input has no body members; `{}` when it has some but none is set;
 *   an unset structure payload is sent as `{}`;
 * - responses: always a JSON object (`{}` when nothing is set), except for `smithy.api#Unit`
 *   output and unset payload members, which send no body.
 * @throws SerializationError naming the member path on a wrongly typed value
 */
export function writeBody(
  schema: StructureSchema,
  bindings: StructureBindings,
  value: Record<string, unknown>,
  options: JsonCodecOptions,
  kind: 'request' | 'response',
): EncodedBody {
  if (bindings.payload) {
    const [name, member] = bindings.payload;
    const target = deref(member.target);
    const v = value[name];
    if (v === undefined || v === null) {
      return target.type === 'structure' && kind === 'request' ? { body: utf8Encode('{}'), contentType: APPLICATION_JSON } : {};
    }
    switch (target.type) {
      case 'blob':
        if (v instanceof Uint8Array) return { body: v, contentType: target.mediaType ?? 'application/octet-stream' };
        if (typeof v === 'string') return { body: utf8Encode(v), contentType: target.mediaType ?? 'application/octet-stream' };
        throw new SerializationError(`expected a Uint8Array payload, got ${describe(v)}`, `/${name}`);
      case 'string':
      case 'enum':
        if (typeof v !== 'string') throw new SerializationError(`expected a string payload, got ${describe(v)}`, `/${name}`);
        return { body: utf8Encode(v), contentType: (target.type === 'string' && target.mediaType) || 'text/plain' };
      default:
        return { body: utf8Encode(writeJsonText(valueToJson(member, v, options, `/${name}`))), contentType: APPLICATION_JSON };
    }
  }
  if (kind === 'request' ? bindings.body.length === 0 : isUnit(schema)) return {};
  const names = bindings.body.map(([n]) => n);
  const json = structureToJson(schema, value, options, '', names);
  return { body: utf8Encode(writeJsonText(json)), contentType: APPLICATION_JSON };
}

/**
 * Parse JSON body text.
 * @param exactNumbers keep number literals as {@link JsonNumber} text (needed for `bigInteger` / `bigDecimal` and for
 *   the mock's strict integer range checks); `false` takes the `JSON.parse` fast path, whose doubles equal what
 *   `JsonNumber.toNumber()` gives
 * @throws SerializationError (path `/`) when the text is not JSON, with the character offset of the first error
 */
export function parseJsonBody(body: Uint8Array, exactNumbers = true): JsonValue {
  const text = utf8Decode(body);
  if (!exactNumbers) {
    try {
      return JSON.parse(text) as JsonValue;
    } catch {
      // fall through: the exact reader reports where the text goes wrong
    }
  }
  try {
    return parseJsonText(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw new SerializationError(`invalid JSON body: ${e.message}`, '/');
    throw e;
  }
}

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

/** Is the body empty (absent, zero bytes or only JSON whitespace)? Stops at the first other byte. */
export function isEmptyBody(body: Uint8Array | undefined): boolean {
  if (body === undefined) return true;
  for (const byte of body) {
    // JSON whitespace (RFC 8259): space, tab, LF, CR
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  }
  return true;
}

/**
 * Decode the body of a message into `out` (payload member, or the unbound members).
 * An empty body leaves the members unset, except for `options.fillDefaults` / `options.errorCorrection` fills.
 * @throws SerializationError on invalid JSON or a wrongly typed value (naming the member path)
 */
export function readBody(
  schema: StructureSchema,
  bindings: StructureBindings,
  body: Uint8Array | undefined,
  options: JsonReadOptions,
  out: Record<string, unknown>,
): void {
  if (bindings.payload) {
    const [name, member] = bindings.payload;
    const target = deref(member.target);
    if (body === undefined || body.length === 0) return;
    switch (target.type) {
      case 'blob':
        out[name] = body;
        return;
      case 'string':
      case 'enum':
        out[name] = utf8Decode(body);
        return;
      default: {
        if (isEmptyBody(body)) return;
        const json = parseJsonBody(body, options.strict || hasBigNumbers(target));
        // a client sends `{}` for an unset structure payload: the mock reads that as unset
        const emptyObject = json !== null && typeof json === 'object' && !Array.isArray(json) && Object.keys(json).length === 0;
        if (json !== null && !(options.strict && target.type === 'structure' && emptyObject)) out[name] = valueFromJson(member, json, options, `/${name}`);
        return;
      }
    }
  }
  const names = bindings.body.map(([n]) => n);
  if (isEmptyBody(body)) {
    // No body: members are missing, so defaults (and, on the client, error correction) still apply.
    if (options.fillDefaults || options.errorCorrection) Object.assign(out, structureFromJson(schema, {}, options, '', names));
    return;
  }
  Object.assign(out, structureFromJson(schema, parseJsonBody(body!, options.strict || hasBigNumbers(schema)), options, '', names));
}
