/**
 * Mocked event streams through msw/node and fetch: default events, overrides with exceptions, pauses,
 * error messages and cut connections, input streams read by overrides, the RPC initial messages, and
 * streamed blobs. Frames are decoded with `@anvil/runtime`, as a client would.
 */
import {
  byteChunks,
  encodeMessages,
  openOutgoing,
  readableFromChunks,
  readEvents,
  restJson1,
  awsJson1_1,
  collectBytes,
  type ReadEvent,
} from '@anvil/runtime';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as rest from '../__fixtures__/generated/rest-events/schemas.js';
import * as rpc from '../__fixtures__/generated/rpc-events/schemas.js';
import { createHandler } from '../create-handler.js';
import { modeledError } from '../error-answer.js';
import { defaultEvents, eventStream, EventStreamError } from './index.js';
import mswManifest from 'msw/package.json' with { type: 'json' };

/** The msw major the test runs with (the support matrix runs this file under msw 2 and msw 3). */
const MSW_MAJOR = Number(mswManifest.version.split('.')[0]);

const ENDPOINT = 'https://events.example.com';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const EVENTS = [{ stringPayload: { payload: 'one' } }, { headersAndImplicitPayload: { header: 'h', payload: 'two', count: 2 } }];

async function read(response: Response, side = restJson1.clientEvents!): Promise<ReadEvent[]> {
  const out: ReadEvent[] = [];
  for await (const e of readEvents(rest.Events$, byteChunks(response.body!), side.body, ['initial-response'])) out.push(e);
  return out;
}

const values = (events: ReadEvent[]) => events.map((e) => (e.kind === 'event' ? e.value : e.kind));
const subscribe = () => fetch(`${ENDPOINT}/subscribe/news`, { method: 'POST' });

describe('output event streams', () => {
  it('answers by default with one fake event of each event type, streamed without content-length', async () => {
    server.use(createHandler(rest.RestEventsService$, rest.Subscribe$));
    const response = await subscribe();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.amazon.eventstream');
    expect(response.headers.get('content-length')).toBeNull();
    const events = values(await read(response));
    expect(events.map((e) => Object.keys(e as object)[0])).toEqual([
      'headers', 'blobPayload', 'stringPayload', 'structurePayload', 'unionPayload', 'headersAndExplicitPayload', 'headersAndImplicitPayload', 'empty',
    ]);
    expect(events).toEqual(defaultEvents(rest.Events$, rest.Subscribe$.id));
  });

  it('sends the override events in order and ends the stream after a modeled exception event', async () => {
    server.use(createHandler(rest.RestEventsService$, rest.Subscribe$, { subscriptionId: 'sub-1', events: [EVENTS[0]!, { error: { message: 'nope' } }, EVENTS[1]!] }));
    const response = await subscribe();
    expect(response.headers.get('x-subscription-id')).toBe('sub-1');
    const events = await read(response);
    expect(events).toHaveLength(2);
    expect(events[0]).toEqual({ kind: 'event', value: EVENTS[0] });
    expect(events[1]).toMatchObject({ kind: 'exception', name: 'error', members: { message: 'nope' } });
  });

  it('takes an ErrorAnswer as the exception event of its error, and unmodeled error messages', async () => {
    server.use(createHandler(rest.RestEventsService$, rest.Subscribe$, { events: [modeledError(rest.ErrorEvent$, { message: 'typed' })] }));
    expect(await read(await subscribe())).toMatchObject([{ kind: 'exception', name: 'error', members: { message: 'typed' } }]);
    server.use(createHandler(rest.RestEventsService$, rest.Subscribe$, { events: [EVENTS[0]!, eventStream.error('InternalFailure', 'down'), EVENTS[1]!] }));
    expect(values(await read(await subscribe()))).toEqual([EVENTS[0], 'error']);
  });

  it('pauses where asked and between events, and cuts the connection', async () => {
    server.use(createHandler(rest.RestEventsService$, rest.Subscribe$, { events: [EVENTS[0]!, eventStream.delay(5), EVENTS[1]!] }, { eventDelay: 1 }));
    expect(values(await read(await subscribe()))).toEqual(EVENTS);
    server.use(createHandler(rest.RestEventsService$, rest.Subscribe$, { events: [EVENTS[0]!, eventStream.disconnect(), EVENTS[1]!] }));
    const seen: unknown[] = [];
    const reading = (async () => {
      for await (const e of readEvents(rest.Events$, byteChunks((await subscribe()).body!), restJson1.clientEvents!.body)) seen.push(e);
    })();
    // msw 2 hands the body stream's error to the reader; msw 3 ends the body there (docs/msw.md): either way
    // nothing after the cut arrives
    if (MSW_MAJOR >= 3) await reading;
    else await expect(reading).rejects.toThrow();
    expect(seen).toEqual([{ kind: 'event', value: EVENTS[0] }]);
    expect(() => eventStream.delay(-1)).toThrow('eventStream.delay: expected milliseconds >= 0, got -1');
  });

  it('takes an async generator (one request) or a function (called per request)', async () => {
    let calls = 0;
    server.use(
      createHandler(rest.RestEventsService$, rest.Subscribe$, {
        events: () => {
          calls++;
          return (async function* () {
            yield { stringPayload: { payload: `call ${calls}` } };
          })();
        },
      }),
    );
    expect(values(await read(await subscribe()))).toEqual([{ stringPayload: { payload: 'call 1' } }]);
    expect(values(await read(await subscribe()))).toEqual([{ stringPayload: { payload: 'call 2' } }]);
  });

  it('awsJson1_1: sends the other output members as the initial-response message first', async () => {
    server.use(createHandler(rpc.RpcEventsService$, rpc.Subscribe$, { subscriptionId: 's-2', events: EVENTS }));
    const response = await fetch(`${ENDPOINT}/`, { method: 'POST', headers: { 'x-amz-target': 'RpcEvents.Subscribe', 'content-type': 'application/x-amz-json-1.1' }, body: '{"topic":"t"}' });
    const events = await read(response, awsJson1_1.clientEvents!);
    expect(events[0]).toMatchObject({ kind: 'initial', eventType: 'initial-response' });
    expect(new TextDecoder().decode((events[0] as { message: { body: Uint8Array } }).message.body)).toBe('{"subscriptionId":"s-2"}');
    expect(values(events.slice(1))).toEqual(EVENTS);
  });
});

/** A request body framing `events` (as a client sends it), produced as fetch reads it. */
function framed(events: readonly Record<string, unknown>[], side = restJson1.clientEvents!, initial?: Uint8Array): ReadableStream<Uint8Array> {
  const { messages } = openOutgoing(side, rest.Events$, initial ? { headers: {}, body: initial } : { headers: {} }, events, 'initial-request');
  return readableFromChunks(encodeMessages(messages));
}

describe('input event streams', () => {
  it('hands the override the parsed input with the events as an async iterable', async () => {
    const handler = createHandler(rest.RestEventsService$, rest.Publish$, async ({ input }) => {
      const got: unknown[] = [];
      for await (const e of input.events!) got.push(e);
      return { received: got.length + (input.channel === 'news' ? 100 : 0) };
    });
    server.use(handler);
    const response = await fetch(`${ENDPOINT}/publish`, {
      method: 'POST',
      headers: { 'content-type': 'application/vnd.amazon.eventstream', 'x-channel': 'news' },
      body: framed(EVENTS),
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-received')).toBe('102');
    expect(handler.calls[0]!.input.channel).toBe('news');
    expect(handler.calls[0]!.issues).toEqual([]);
  });

  it('throws an exception event the client sent as EventStreamError while the override reads', async () => {
    let failure: unknown;
    server.use(
      createHandler(rest.RestEventsService$, rest.Publish$, async ({ input }) => {
        try {
          for await (const _ of input.events!) void _;
        } catch (error) {
          failure = error;
        }
        return { received: 0 };
      }),
    );
    await fetch(`${ENDPOINT}/publish`, { method: 'POST', headers: { 'content-type': 'application/vnd.amazon.eventstream' }, body: framed([EVENTS[0]!, { error: { message: 'client gave up' } }]), duplex: 'half' } as RequestInit);
    expect(failure).toBeInstanceOf(EventStreamError);
    expect(failure).toMatchObject({ code: 'ErrorEvent', message: 'client gave up', members: { message: 'client gave up' } });
  });

  it('awsJson1_1: reads the other input members from the initial-request message', async () => {
    const handler = createHandler(rpc.RpcEventsService$, rpc.Publish$, async ({ input }) => {
      let n = 0;
      for await (const _ of input.events!) n++;
      return { received: n };
    });
    server.use(handler);
    const response = await fetch(`${ENDPOINT}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/vnd.amazon.eventstream', 'x-amz-target': 'RpcEvents.Publish' },
      body: framed(EVENTS, awsJson1_1.clientEvents!, new TextEncoder().encode('{"channel":"rpc"}')),
      duplex: 'half',
    } as RequestInit);
    expect(await response.json()).toEqual({ received: 2 });
    expect(handler.calls[0]!.input.channel).toBe('rpc');
  });
});

describe('@streaming blobs', () => {
  it('streams a ReadableStream or Blob override as the body', async () => {
    server.use(createHandler(rest.RestEventsService$, rest.Download$, { size: 3, body: new Blob([new Uint8Array([1, 2, 3])]) as never }));
    const response = await fetch(`${ENDPOINT}/download/k`);
    expect(response.headers.get('x-size')).toBe('3');
    expect(response.headers.get('content-length')).toBeNull();
    expect(await collectBytes(response.body!)).toEqual(new Uint8Array([1, 2, 3]));
  });
});
