import { describe, expect, it } from 'vitest';
import { fromBase64 } from '../../bytes/base64.js';
import { utf8Decode, utf8Encode } from '../../bytes/utf8.js';
import { restJson1Client, restJson1Server } from '../../protocols/rest-json1.js';
import { withFeatures } from '../../codecs/body-codec.js';
import { ALL_CODEC_FEATURES } from '../../protocols/features.js';
import { Events$, ErrorEvent$ } from '../../__fixtures__/generated/rest-events/schemas.js';
import { errorMessage, readEvent, writeEvent } from './event-bindings.js';
import { decodeMessage, encodeMessage } from './framing.js';
import type { EventMessage } from './messages.js';

// the generated client's event body with the features an operation would list (the rest-events fixture's operations list these)
const client = withFeatures(restJson1Client.events!.body, ALL_CODEC_FEATURES);
const server = restJson1Server.events!.body;

/** Frames of the Smithy restJson1 event-stream protocol tests (`StructurePayloadInput`, `ServerErrorInput`). */
const STRUCTURE_PAYLOAD_FRAME =
  'AAAAfwAAAFacqFy2DTptZXNzYWdlLXR5cGUHAAVldmVudAs6ZXZlbnQtdHlwZQcAEHN0cnVjdHVyZVBheWxvYWQNOmNvbnRlbnQtdHlwZQcAEGFwcGxpY2F0aW9uL2pzb257InN0cnVjdHVyZU1lbWJlciI6ImZvbyJ9rcIRVA==';
const ERROR_FRAME =
  'AAAAdAAAAFObEpkoDTptZXNzYWdlLXR5cGUHAAlleGNlcHRpb24POmV4Y2VwdGlvbi10eXBlBwAFZXJyb3INOmNvbnRlbnQtdHlwZQcAEGFwcGxpY2F0aW9uL2pzb257Im1lc3NhZ2UiOiJmb28ifTua1S8=';

function roundTrip(event: Record<string, unknown>): unknown {
  const message = decodeMessage(encodeMessage(writeEvent(Events$, event, client)));
  const read = readEvent(Events$, message, server);
  return read.kind === 'event' ? read.value : read;
}

describe('writeEvent / readEvent', () => {
  it('writes @eventHeader members as typed headers, with no body', () => {
    const headers = {
      booleanHeader: true,
      byteHeader: -1,
      shortHeader: 2,
      intHeader: 3,
      longHeader: 4294967294,
      blobHeader: utf8Encode('foo'),
      stringHeader: 'bar',
      timestampHeader: new Date('2024-10-31T14:15:14Z'),
    };
    const message = writeEvent(Events$, { headers }, client);
    expect(message.headers).toEqual({
      ':message-type': { type: 'string', value: 'event' },
      ':event-type': { type: 'string', value: 'headers' },
      booleanHeader: { type: 'boolean', value: true },
      byteHeader: { type: 'byte', value: -1 },
      shortHeader: { type: 'short', value: 2 },
      intHeader: { type: 'integer', value: 3 },
      longHeader: { type: 'long', value: 4294967294 },
      blobHeader: { type: 'binary', value: utf8Encode('foo') },
      stringHeader: { type: 'string', value: 'bar' },
      timestampHeader: { type: 'timestamp', value: new Date('2024-10-31T14:15:14Z') },
    });
    expect(message.body).toEqual(new Uint8Array(0));
    expect(roundTrip({ headers })).toEqual({ headers });
  });

  it('writes a structure @eventPayload as the protocol tests do, byte for byte', () => {
    const event = { structurePayload: { payload: { structureMember: 'foo' } } };
    expect(encodeMessage(writeEvent(Events$, event, client))).toEqual(fromBase64(STRUCTURE_PAYLOAD_FRAME));
    expect(readEvent(Events$, decodeMessage(fromBase64(STRUCTURE_PAYLOAD_FRAME)), server)).toEqual({ kind: 'event', value: event });
  });

  it('sends blob and string payloads raw, with their media types', () => {
    const blob = writeEvent(Events$, { blobPayload: { payload: utf8Encode('bar') } }, client);
    expect(blob.headers[':content-type']).toEqual({ type: 'string', value: 'application/octet-stream' });
    expect(utf8Decode(blob.body)).toBe('bar');
    const text = writeEvent(Events$, { stringPayload: { payload: 'foo' } }, client);
    expect(text.headers[':content-type']).toEqual({ type: 'string', value: 'text/plain' });
    expect(roundTrip({ stringPayload: { payload: 'foo' } })).toEqual({ stringPayload: { payload: 'foo' } });
    expect(roundTrip({ unionPayload: { payload: { unionMember: 'bar' } } })).toEqual({ unionPayload: { payload: { unionMember: 'bar' } } });
  });

  it('writes the members bound to neither headers nor payload as one JSON document', () => {
    const message = writeEvent(Events$, { headersAndImplicitPayload: { header: 'h', payload: 'p', count: 3 } }, client);
    expect(message.headers['header']).toEqual({ type: 'string', value: 'h' });
    expect(message.headers[':content-type']).toEqual({ type: 'string', value: 'application/json' });
    expect(utf8Decode(message.body)).toBe('{"payload":"p","count":3}');
    expect(roundTrip({ headersAndImplicitPayload: { header: 'h', payload: 'p', count: 3 } })).toEqual({
      headersAndImplicitPayload: { header: 'h', payload: 'p', count: 3 },
    });
  });

  it('writes an event without members as an empty body without :content-type', () => {
    const message = writeEvent(Events$, { empty: {} }, client);
    expect(message).toEqual({ headers: { ':message-type': { type: 'string', value: 'event' }, ':event-type': { type: 'string', value: 'empty' } }, body: new Uint8Array(0) });
    expect(roundTrip({ empty: {} })).toEqual({ empty: {} });
  });

  it('writes a member targeting an @error structure as an exception message, and reads it back with its schema', () => {
    expect(encodeMessage(writeEvent(Events$, { error: { message: 'foo' } }, client))).toEqual(fromBase64(ERROR_FRAME));
    const read = readEvent(Events$, decodeMessage(fromBase64(ERROR_FRAME)), server);
    expect(read).toMatchObject({ kind: 'exception', name: 'error', members: { message: 'foo' } });
    expect(read.kind === 'exception' && read.schema).toBe(ErrorEvent$);
  });

  it('reads an unmodeled error message, and an unknown event type as $unknown', () => {
    expect(readEvent(Events$, errorMessage('internal-error', 'An unknown error occurred.'), client)).toEqual({
      kind: 'error',
      code: 'internal-error',
      errorMessage: 'An unknown error occurred.',
    });
    const unknown: EventMessage = { headers: { ':message-type': { type: 'string', value: 'event' }, ':event-type': { type: 'string', value: 'newKind' } }, body: utf8Encode('{}') };
    expect(readEvent(Events$, unknown, client)).toEqual({ kind: 'event', value: { $unknown: ['newKind', unknown] } });
  });

  it('reads an RPC initial message only where the caller expects one', () => {
    const initial: EventMessage = { headers: { ':message-type': { type: 'string', value: 'event' }, ':event-type': { type: 'string', value: 'initial-response' } }, body: utf8Encode('{}') };
    expect(readEvent(Events$, initial, client, ['initial-response'])).toEqual({ kind: 'initial', eventType: 'initial-response', message: initial });
    expect(readEvent(Events$, initial, client)).toEqual({ kind: 'event', value: { $unknown: ['initial-response', initial] } });
  });

  it('rejects messages without a string :message-type or :event-type', () => {
    const body = new Uint8Array(0);
    expect(() => readEvent(Events$, { headers: {}, body }, client)).toThrow('event message without a string :message-type header');
    expect(() => readEvent(Events$, { headers: { ':message-type': { type: 'binary', value: utf8Encode('event') } }, body }, client)).toThrow(':message-type');
    expect(() => readEvent(Events$, { headers: { ':message-type': { type: 'string', value: 'event' } }, body }, client)).toThrow('event message without a string :event-type header');
    expect(() => readEvent(Events$, { headers: { ':message-type': { type: 'string', value: 'ping' } }, body }, client)).toThrow('unknown event stream :message-type "ping"');
  });

  it('rejects a header whose type does not fit its member, naming the member path', () => {
    const message: EventMessage = {
      headers: { ':message-type': { type: 'string', value: 'event' }, ':event-type': { type: 'string', value: 'headers' }, intHeader: { type: 'string', value: '3' } },
      body: new Uint8Array(0),
    };
    expect(() => readEvent(Events$, message, client)).toThrow('a string event header cannot be read as an integer member (at /headers/intHeader)');
  });

  it('rejects events that set no member, several, or one the union does not have', () => {
    expect(() => writeEvent(Events$, {}, client)).toThrow('an event sets exactly one member of Events, got none');
    expect(() => writeEvent(Events$, { empty: {}, headers: {} }, client)).toThrow('got empty, headers');
    expect(() => writeEvent(Events$, { other: {} }, client)).toThrow('other is not an event of Events');
    expect(() => writeEvent(Events$, { headers: { intHeader: 2 ** 31 } }, client)).toThrow('expected an integer header value, got number 2147483648 (at /headers/intHeader)');
  });
});
