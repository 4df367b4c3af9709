/**
 * The body of a restJson1 message: the `@httpPayload` member or the JSON object
 * of the unbound members (Smithy "HTTP binding traits" `@httpPayload`, "restJson1 protocol").
 * @packageDocumentation
 */
import { SerializationError } from '../../protocol.js';
import { deref } from '../../schema.js';
import type { StructureSchema } from '../../schema.js';
import { utf8Decode, utf8Encode } from '../../http.js';
import { describe } from '../timestamps.js';
import { JsonSyntaxError, parseJsonText, structureFromJson, structureToJson, valueFromJson, valueToJson, writeJsonText } from '../json/index.js';
import type { JsonCodecOptions, JsonReadOptions, JsonValue } from '../json/index.js';
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
 * @throws SerializationError (path `/`) when the text is not JSON
 */
export function parseJsonBody(body: Uint8Array): JsonValue {
  try {
    return parseJsonText(utf8Decode(body));
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw new SerializationError(`invalid JSON body: ${e.message}`, '/');
    throw e;
  }
}

/** Is the body empty (absent, zero bytes or only whitespace)? */
export function isEmptyBody(body: Uint8Array | undefined): boolean {
  return body === undefined || body.length === 0 || utf8Decode(body).trim() === '';
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
        const json = parseJsonBody(body);
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
  Object.assign(out, structureFromJson(schema, parseJsonBody(body!), options, '', names));
}
