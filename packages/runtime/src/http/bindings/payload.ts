/**
 * The body of an HTTP-binding protocol message: the `@httpPayload` member, or one document of the
 * unbound members written by the protocol's {@link BodyCodec} (Smithy "HTTP binding traits"
 * `@httpPayload`). Format-neutral: blob and string payloads are raw bytes; every document is the
 * body codec's business.
 * @packageDocumentation
 */
import { requireFeature } from '../../codecs/features.js';
import type { BodyCodec } from '../../codecs/body-codec.js';
import { assignOwn, isUnit } from '../../schema/index.js';
import type { CodecFeatures, StructureSchema } from '../../schema/index.js';
import type { MessageKind, StructureBindings } from './member-bindings.js';

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

/** The payload part of the codec (`payload-member.ts`), when the operation lists it. */
function payloadOf(features: CodecFeatures | undefined, name: string) {
  return requireFeature(features, 'payloads', '@httpPayload', `/${name}`);
}

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
  features?: CodecFeatures,
): string | undefined {
  if (bindings.payload) return payloadOf(features, bindings.payload[0]).mediaType(bindings.payload[1], codec);
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
    return payloadOf(features, name).write(name, member, value, codec, kind === 'request' && rules.unsetStructurePayloadAsDocument === true, features);
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
    payloadOf(features, name).read(name, member, body, codec, out, features);
    return;
  }
  assignOwn(out, codec.readMembers(schema, body, bindings.body.map(([n]) => n), features));
}
