/**
 * The HTTP payload binding is format-neutral: it works with any {@link BodyCodec}. Here a toy
 * `key=value` line format stands in for the next protocol's codec (XML, CBOR).
 */
import { describe, expect, it } from 'vitest';
import type { BodyCodec } from '../../codecs/body-codec.js';
import type { StructureSchema } from '../../schema/index.js';
import { utf8Decode, utf8Encode } from '../../bytes/utf8.js';
import { bindingsOf } from './member-bindings.js';
import { bodyMediaType, readBody, writeBody } from './payload.js';
import { ALL_CODEC_FEATURES as features } from '../../protocols/features.js';

const lines: BodyCodec = {
  mediaType: 'text/x-lines',
  isEmpty: (body) => body === undefined || utf8Decode(body).trim() === '',
  writeMembers: (_schema, value, names) => utf8Encode(names.filter((n) => value[n] !== undefined).map((n) => `${n}=${String(value[n])}`).join('\n')),
  writeValue: (_member, value) => utf8Encode(`value=${JSON.stringify(value)}`),
  readMembers: (_schema, body, names) => {
    const out: Record<string, unknown> = {};
    for (const line of body ? utf8Decode(body).split('\n') : []) {
      const [k, v] = line.split('=');
      if (k !== undefined && names.includes(k)) out[k] = v;
    }
    return out;
  },
  readValue: (_member, body) => JSON.parse(utf8Decode(body).slice('value='.length)) as unknown,
};

const str = { type: 'string' } as const;
const Input: StructureSchema = {
  type: 'structure',
  name: 'Input',
  members: { id: { target: str, httpHeader: 'X-Id' }, a: { target: str }, b: { target: str } },
};
const Nested: StructureSchema = { type: 'structure', name: 'Nested', members: { x: { target: str } } };
const WithPayload: StructureSchema = { type: 'structure', name: 'WithPayload', members: { doc: { target: Nested, httpPayload: true } } };
const WithBlob: StructureSchema = {
  type: 'structure',
  name: 'WithBlob',
  members: { data: { target: { type: 'blob', mediaType: 'image/png' }, httpPayload: true } },
};

describe('HTTP payload binding with any body codec', () => {
  it('writes the unbound members as one document of the codec, leaving bound members out', () => {
    const bindings = bindingsOf(Input, 'request');
    const { body, contentType } = writeBody(Input, bindings, { id: 'h', a: '1', b: '2' }, lines, 'request');
    expect(contentType).toBe('text/x-lines');
    expect(utf8Decode(body!)).toBe('a=1\nb=2');
    const out: Record<string, unknown> = {};
    readBody(Input, bindings, body, lines, out);
    expect(out).toEqual({ a: '1', b: '2' });
  });

  it('hands a structure payload to the codec, and keeps blob payloads raw with their media type', () => {
    const payload = writeBody(WithPayload, bindingsOf(WithPayload, 'response'), { doc: { x: 'y' } }, lines, 'response', {}, features);
    expect(utf8Decode(payload.body!)).toBe('value={"x":"y"}');
    const out: Record<string, unknown> = {};
    readBody(WithPayload, bindingsOf(WithPayload, 'response'), payload.body, lines, out, features);
    expect(out).toEqual({ doc: { x: 'y' } });

    const bytes = new Uint8Array([1, 2, 3]);
    const blob = writeBody(WithBlob, bindingsOf(WithBlob, 'request'), { data: bytes }, lines, 'request', {}, features);
    expect(blob).toEqual({ body: bytes, contentType: 'image/png' });
    expect(bodyMediaType(WithBlob, bindingsOf(WithBlob, 'request'), lines, 'request', {}, features)).toBe('image/png');
    // without the payloads feature (an operation schema that does not list it): a clear error naming the member
    expect(() => bodyMediaType(WithBlob, bindingsOf(WithBlob, 'request'), lines, 'request')).toThrow("a @httpPayload value needs the codec feature 'payloads', which the operation schema's features do not list (at /data)");
  });

  it('follows the protocol rules for messages with nothing to send', () => {
    const empty: StructureSchema = { type: 'structure', name: 'Empty', members: {} };
    const bindings = bindingsOf(empty, 'response');
    expect(writeBody(empty, bindings, {}, lines, 'response')).toEqual({});
    expect(bodyMediaType(empty, bindings, lines, 'response', { responseAlwaysDocument: true })).toBe('text/x-lines');
    expect(writeBody(WithPayload, bindingsOf(WithPayload, 'request'), {}, lines, 'request', {}, features)).toEqual({});
    const asDocument = writeBody(WithPayload, bindingsOf(WithPayload, 'request'), {}, lines, 'request', { unsetStructurePayloadAsDocument: true }, features);
    expect(utf8Decode(asDocument.body!)).toBe('value={}');
  });
});
