/**
 * A message body that is one `@httpPayload` member (Smithy "httpPayload trait"): blob and string payloads are raw
 * bytes with their `@mediaType`, an event stream (a `@streaming` union) or a `@streaming` blob given as a stream
 * is sent by the caller, any other shape is one document of the protocol's body codec. The `payloads` codec
 * feature, so bundles of operations without payload members leave it out.
 * @packageDocumentation
 */
import { SerializationError } from '../../codecs/serialization-error.js';
import { deref, getOwn, setOwn } from '../../schema/index.js';
import type { PayloadFeature } from '../../schema/index.js';
import { utf8Decode, utf8Encode } from '../../bytes/utf8.js';
import { describe } from '../../codecs/timestamps.js';
import { EVENT_STREAM_MEDIA_TYPE } from '../event-stream/messages.js';

const OCTET_STREAM = 'application/octet-stream';
const TEXT_PLAIN = 'text/plain';

/** Payload members as a codec feature (`OperationSchema.features.payloads`). */
export const payloadFeature: PayloadFeature = {
  mediaType(member, codec) {
    const target = deref(member.target);
    if (target.type === 'union' && target.streaming) return EVENT_STREAM_MEDIA_TYPE;
    if (target.type === 'blob') return target.mediaType ?? OCTET_STREAM;
    if (target.type === 'string') return target.mediaType ?? TEXT_PLAIN;
    if (target.type === 'enum') return TEXT_PLAIN;
    return codec.mediaType;
  },

  write(name, member, value, codec, unsetAsDocument, features) {
    const target = deref(member.target);
    if (target.type === 'union' && target.streaming) return { contentType: EVENT_STREAM_MEDIA_TYPE };
    const v = getOwn(value, name);
    if (target.type === 'blob' && target.streaming && typeof v === 'object' && v !== null && !(v instanceof Uint8Array)) {
      return { contentType: target.mediaType ?? OCTET_STREAM };
    }
    if (v === undefined || v === null) {
      return target.type === 'structure' && unsetAsDocument ? { body: codec.writeValue(member, {}, `/${name}`, features), contentType: codec.mediaType } : {};
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
  },

  read(name, member, body, codec, out, features) {
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
  },
};
