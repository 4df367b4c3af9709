import { describe, expect, it } from 'vitest';
import { utf8Decode } from '../bytes/utf8.js';
import { encodeMessages } from '../http/event-stream/event-streams.js';
import { decodeMessage, splitMessages } from '../http/event-stream/framing.js';
import * as rest from '../__fixtures__/generated/rest-events/schemas.js';
import * as rpc from '../__fixtures__/generated/rpc-events/schemas.js';
import { awsJson1_1 } from './aws-json.js';
import { openIncoming, openOutgoing } from './event-stream.js';
import { restJson1 } from './rest-json1.js';
import { rpcv2Cbor } from './rpcv2-cbor.js';
import { rpcv2Json } from './rpcv2-json.js';

const EVENTS = [{ stringPayload: { payload: 'one' } }, { headersAndImplicitPayload: { header: 'h', payload: 'two' } }];

async function* bytesOf(messages: Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* messages;
}

async function all<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of source) out.push(x);
  return out;
}

describe('event streams over the RPC protocols (awsJson1_1)', () => {
  it('the client sends the other input members as an initial-request message, the mock reads them back', async () => {
    const request = awsJson1_1.serializeRequest(rpc.RpcEventsService$, rpc.Publish$, { channel: 'news', events: EVENTS });
    expect(utf8Decode(request.body!)).toBe('{"channel":"news"}');
    const { message, messages } = openOutgoing(awsJson1_1.clientEvents!, rpc.Events$, request, EVENTS, 'initial-request');
    expect(message.headers).toEqual({ 'content-type': 'application/vnd.amazon.eventstream', 'x-amz-target': 'RpcEvents.Publish' });
    expect(message.body).toBeUndefined();
    const wire = await all(encodeMessages(messages));
    const first = decodeMessage(wire[0]!);
    expect(first.headers[':event-type']).toEqual({ type: 'string', value: 'initial-request' });
    expect(first.headers[':content-type']).toEqual({ type: 'string', value: 'application/x-amz-json-1.1' });

    const incoming = await openIncoming(awsJson1_1.serverEvents!, rpc.Events$, bytesOf(wire), 'initial-request');
    expect(awsJson1_1.parseRequest(rpc.RpcEventsService$, rpc.Publish$, { ...message, method: 'POST', path: '/', query: [], body: incoming.initial! })).toEqual({ channel: 'news' });
    expect((await all(incoming.events)).map((e) => e.kind === 'event' && e.value)).toEqual(EVENTS);
  });

  it('the mock sends the other output members as an initial-response message', async () => {
    const response = awsJson1_1.serializeResponse(rpc.RpcEventsService$, rpc.Subscribe$, { subscriptionId: 's-1' });
    const { messages } = openOutgoing(awsJson1_1.serverEvents!, rpc.Events$, response, EVENTS, 'initial-response');
    const incoming = await openIncoming(awsJson1_1.clientEvents!, rpc.Events$, encodeMessages(messages), 'initial-response');
    expect(awsJson1_1.parseResponse(rpc.RpcEventsService$, rpc.Subscribe$, { status: 200, headers: {}, body: incoming.initial! })).toEqual({ subscriptionId: 's-1' });
    expect(await all(incoming.events)).toHaveLength(2);
  });

  it('a stream without an initial message starts with its first event', async () => {
    const { messages } = openOutgoing(restJson1.serverEvents!, rpc.Events$, { headers: {} }, EVENTS, 'initial-response');
    const incoming = await openIncoming(awsJson1_1.clientEvents!, rpc.Events$, encodeMessages(messages), 'initial-response');
    expect(incoming.initial).toBeUndefined();
    expect((await all(incoming.events)).map((e) => e.kind === 'event' && e.value)).toEqual(EVENTS);
  });
});

describe('event streams over the RPC v2 protocols (rpcv2Cbor, rpcv2Json)', () => {
  const cases = [
    [rpcv2Cbor, 'application/cbor', 'rpc-v2-cbor'],
    [rpcv2Json, 'application/json', 'rpc-v2-json'],
  ] as const;
  it.each(cases)('%s: initial-request carries the other input members; the mock accepts the event-stream content type', async (codec, mediaType, protocol) => {
    const request = codec.serializeRequest(rpc.RpcEventsService$, rpc.Publish$, { channel: 'news', events: EVENTS });
    const { message, messages } = openOutgoing(codec.clientEvents!, rpc.Events$, request, EVENTS, 'initial-request');
    expect(message.headers['content-type']).toBe('application/vnd.amazon.eventstream');
    expect(message.headers['smithy-protocol']).toBe(protocol);
    const wire = await all(encodeMessages(messages));
    expect(wire).toHaveLength(3);
    expect(decodeMessage(wire[0]!).headers[':content-type']).toEqual({ type: 'string', value: mediaType });
    expect(decodeMessage(wire[2]!).headers[':content-type']).toEqual({ type: 'string', value: mediaType }); // an implicit payload is a document

    const incoming = await openIncoming(codec.serverEvents!, rpc.Events$, bytesOf(wire), 'initial-request');
    const parsed = codec.parseRequest(rpc.RpcEventsService$, rpc.Publish$, { ...message, method: 'POST', path: request.path, query: [], body: incoming.initial! });
    expect(parsed).toEqual({ channel: 'news' });
    expect((await all(incoming.events)).map((e) => e.kind === 'event' && e.value)).toEqual(EVENTS);
  });

  it.each(cases)('%s: initial-response carries the other output members', async (codec) => {
    const response = codec.serializeResponse(rpc.RpcEventsService$, rpc.Subscribe$, { subscriptionId: 's-1' });
    const { messages } = openOutgoing(codec.serverEvents!, rpc.Events$, response, EVENTS, 'initial-response');
    const incoming = await openIncoming(codec.clientEvents!, rpc.Events$, encodeMessages(messages), 'initial-response');
    const parsed = codec.parseResponse(rpc.RpcEventsService$, rpc.Subscribe$, { status: 200, headers: response.headers, body: incoming.initial! });
    expect(parsed).toEqual({ subscriptionId: 's-1' });
    expect((await all(incoming.events)).map((e) => e.kind === 'event' && e.value)).toEqual(EVENTS);
  });
});

describe('event streams over restJson1', () => {
  it('binds the stream to the body: the request keeps its headers, gets the event stream content type, no initial message', async () => {
    const request = restJson1.serializeRequest(rest.RestEventsService$, rest.Publish$, { channel: 'news', events: EVENTS });
    expect(request.headers).toEqual({ 'x-channel': 'news', 'content-type': 'application/vnd.amazon.eventstream' });
    expect(request.body).toBeUndefined();
    const { messages } = openOutgoing(restJson1.clientEvents!, rest.Events$, request, EVENTS, 'initial-request');
    const frames = await all(splitMessages(encodeMessages(messages)));
    expect(frames.map((f) => decodeMessage(f).headers[':event-type']?.value)).toEqual(['stringPayload', 'headersAndImplicitPayload']);
  });

  it('reads nothing before the caller iterates, and closes the body when the caller stops early', async () => {
    let pulled = 0;
    let closed = false;
    const { messages } = openOutgoing(restJson1.serverEvents!, rest.Events$, { headers: {} }, EVENTS, 'initial-response');
    const wire = await all(encodeMessages(messages));
    async function* body(): AsyncGenerator<Uint8Array> {
      try {
        for (const chunk of wire) {
          pulled++;
          yield chunk;
        }
      } finally {
        closed = true;
      }
    }
    const incoming = await openIncoming(restJson1.clientEvents!, rest.Events$, body(), 'initial-response');
    expect(pulled).toBe(0);
    for await (const event of incoming.events) {
      expect(event).toEqual({ kind: 'event', value: EVENTS[0] });
      break;
    }
    expect(pulled).toBe(1);
    expect(closed).toBe(true);
  });

  it('parses the initial response from headers and leaves the stream member to the caller', () => {
    const out = restJson1.parseResponse(rest.RestEventsService$, rest.Subscribe$, { status: 200, headers: { 'x-subscription-id': 's-1', 'content-type': 'application/vnd.amazon.eventstream' } });
    expect(out).toEqual({ subscriptionId: 's-1' });
    const response = restJson1.serializeResponse(rest.RestEventsService$, rest.Subscribe$, { subscriptionId: 's-1' });
    expect(response).toEqual({ status: 200, headers: { 'x-subscription-id': 's-1', 'content-type': 'application/vnd.amazon.eventstream' } });
  });
});
