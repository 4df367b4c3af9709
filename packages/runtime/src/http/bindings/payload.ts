/**
 * The body of an HTTP-binding protocol message: the `@httpPayload` member, or one document of the
 * unbound members written by the protocol's {@link BodyCodec} (Smithy "HTTP binding traits"
 * `@httpPayload`). Format-neutral: blob and string payloads are raw bytes; every document is the
 * body codec's business.
 * @packageDocumentation
 */
import { SerializationError } from '../../codecs/serialization-error.js';
import type { BodyCodec } from '../../codecs/body-codec.js';
import { assignOwn, deref, getOwn, isUnit, setOwn } from '../../schema/index.js';
import type { CodecFeatures, StructureSchema } from '../../schema/index.js';
import { utf8Decode, utf8Encode } from '../../bytes/utf8.js';
import { describe } from '../../codecs/timestamps.js';
import type { MessageKind, StructureBindings } from './member-bindings.js';
import { EVENT_STREAM_MEDIA_TYPE } from '../event-stream/messages.js';

/** A serialised body with its content type; both absent when there is no body. */
export interface EncodedBody {
  body?: Uint8Array;
  contentType?: string;
}

/** Protocol rules for bodies that have nothing to say. */
export interface EmptyBodyRules {
  /** Requests: an unset structure `@httpPayload` member is still sent as an empty document (restJson1: `{}`). */
  readonly unsetStructurePayloadAsDocument?: boolean;
  /**
   * Responses: send a document even when no body member is set (restJson1: `{}`); `smithy.api#Unit`
   * output never has a body.
   */
  readonly responseAlwaysDocument?: boolean;
}

const OCTET_STREAM = 'application/octet-stream';
const TEXT_PLAIN = 'text/plain';

/**
 * The media type a body of this structure is sent with, or `undefined` when it has no body:
 * blob payloads their `@mediaType` (else `application/octet-stream`), string payloads theirs (else
 * `text/plain`), enum payloads `text/plain`, documents the codec's media type.
 */
export function bodyMediaType(
  schema: StructureSchema,
  bindings: StructureBindings,
  codec: BodyCodec,
  kind: MessageKind,
  rules: EmptyBodyRules = {},
): string | undefined {
  if (bindings.payload) {
    const target = deref(bindings.payload[1].target);
    if (target.type === 'union' && target.streaming) return EVENT_STREAM_MEDIA_TYPE;
    if (target.type === 'blob') return target.mediaType ?? OCTET_STREAM;
    if (target.type === 'string') return target.mediaType ?? TEXT_PLAIN;
    if (target.type === 'enum') return TEXT_PLAIN;
    return codec.mediaType;
  }
  if (kind === 'request') return bindings.body.length > 0 ? codec.mediaType : undefined;
  if (isUnit(schema)) return undefined;
  return rules.responseAlwaysDocument || bindings.body.length > 0 ? codec.mediaType : undefined;
}

/**
 * Encode the body of a message:
 * - a blob or string `@httpPayload` as raw bytes with its media type, any other payload as one document;
 * - otherwise the unbound members as one document. Requests without body members have no body; with some but
 *   none set, an empty document. Responses: see {@link EmptyBodyRules}.
 * - an event stream payload (a `@streaming` union), or a `@streaming` blob given as something other than bytes
 *   (a `Blob`, a `ReadableStream`): only the content type; the caller sends the stream as the body.
 * @param features the operation's codec features, passed to the body codec
 * @throws SerializationError naming the member path on a wrongly typed value
 */
export function writeBody(
  schema: StructureSchema,
  bindings: StructureBindings,
  value: Record<string, unknown>,
  codec: BodyCodec,
  kind: MessageKind,
  rules: EmptyBodyRules = {},
  features?: CodecFeatures,
): EncodedBody {
  if (bindings.payload) {
    const [name, member] = bindings.payload;
    const target = deref(member.target);
    if (target.type === 'union' && target.streaming) return { contentType: EVENT_STREAM_MEDIA_TYPE };
    const v = getOwn(value, name);
    if (target.type === 'blob' && target.streaming && typeof v === 'object' && v !== null && !(v instanceof Uint8Array)) {
      return { contentType: target.mediaType ?? OCTET_STREAM };
    }
    if (v === undefined || v === null) {
      return target.type === 'structure' && kind === 'request' && rules.unsetStructurePayloadAsDocument
        ? { body: codec.writeValue(member, {}, `/${name}`, features), contentType: codec.mediaType }
        : {};
    }
    switch (target.type) {
      case 'blob':
        if (v instanceof Uint8Array) return { body: v, contentType: target.mediaType ?? OCTET_STREAM };
        if (typeof v === 'string') return { body: utf8Encode(v), contentType: target.mediaType ?? OCTET_STREAM };
        throw new SerializationError(`expected a Uint8Array payload, got ${describe(v)}`, `/${name}`);
      case 'string':
      case 'enum':
        if (typeof v !== 'string') throw new SerializationError(`expected a string payload, got ${describe(v)}`, `/${name}`);
        return { body: utf8Encode(v), contentType: (target.type === 'string' && target.mediaType) || TEXT_PLAIN };
      default:
        return { body: codec.writeValue(member, v, `/${name}`, features), contentType: codec.mediaType };
    }
  }
  if (bodyMediaType(schema, bindings, codec, kind, rules) === undefined) return {};
  const names = bindings.body.map(([n]) => n);
  return { body: codec.writeMembers(schema, value, names, features), contentType: codec.mediaType };
}

/**
 * Decode the body of a message into `out` (payload member, or the unbound members).
 * An empty body leaves the members unset, except for what the codec fills (defaults, error correction).
 * An event stream payload is left to the caller, which reads the body as a stream of events.
 * @param features the operation's codec features, passed to the body codec
 * @throws SerializationError on an unreadable document or a wrongly typed value (naming the member path)
 */
export function readBody(
  schema: StructureSchema,
  bindings: StructureBindings,
  body: Uint8Array | undefined,
  codec: BodyCodec,
  out: Record<string, unknown>,
  features?: CodecFeatures,
): void {
  if (bindings.payload) {
    const [name, member] = bindings.payload;
    const target = deref(member.target);
    if (body === undefined || body.length === 0 || (target.type === 'union' && target.streaming)) return;
    switch (target.type) {
      case 'blob':
        setOwn(out, name, body);
        return;
      case 'string':
      case 'enum':
        setOwn(out, name, utf8Decode(body));
        return;
      default: {
        const v = codec.isEmpty(body) ? undefined : codec.readValue(member, body, `/${name}`, features);
        if (v !== undefined) setOwn(out, name, v);
        return;
      }
    }
  }
  assignOwn(out, codec.readMembers(schema, body, bindings.body.map(([n]) => n), features));
}
