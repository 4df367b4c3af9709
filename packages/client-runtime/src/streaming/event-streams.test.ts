import {
  collectBytes,
  decodeMessage,
  encodeMessages,
  errorMessage,
  encodeMessage,
  openOutgoing,
  readableFromChunks,
  restJson1,
  restJson1Client,
  awsJson1_1,
  awsJson1_1Client,
  splitMessages,
  byteChunks,
  utf8Decode,
  type EventMessage,
  type ServiceSchema,
} from '@anvil/runtime';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import * as rest from '../__fixtures__/generated/rest-events/schemas.js';
import * as rpc from '../__fixtures__/generated/rpc-events/schemas.js';
import { Client, ServiceException, eventStreaming, type RequestHandler, type TransportResponse, type WireRequest } from '../index.js';
import { Sha256 } from '../sha256.js';

class EventsServiceException extends ServiceException {}
class ErrorEvent extends EventsServiceException {
  override readonly name = 'ErrorEvent';
  declare readonly message: string;
}
class Unavailable extends EventsServiceException {
  override readonly name = 'Unavailable';
  override readonly $fault = 'server';
}
const errors = { ErrorEvent, Unavailable };
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const EVENTS = [{ stringPayload: { payload: 'one' } }, { headersAndImplicitPayload: { header: 'h', payload: 'two', count: 2 } }];

function client(requestHandler: RequestHandler, service: ServiceSchema = rest.RestEventsService$, codec = restJson1Client): Client {
  return new Client(
    { service, errors, baseException: EventsServiceException, codec, streaming: eventStreaming },
    { region: 'us-east-1', endpoint: 'https://events.example.com', credentials, requestHandler, maxAttempts: 3 },
  );
}

/** A mock answer: the codec's response for `output`, then `steps` framed one chunk per message, produced as they are read. */
function streamed(steps: readonly (Record<string, unknown> | EventMessage | 'cut')[], produced: { count: number } = { count: 0 }, output: Record<string, unknown> = {}): RequestHandler {
  return async () => {
    const response = restJson1.serializeResponse(rest.RestEventsService$, rest.Subscribe$, output);
    const { message } = openOutgoing(restJson1.serverEvents!, rest.Events$, response, [], 'initial-response');
    async function* body(): AsyncGenerator<Uint8Array> {
      for (const step of steps) {
        produced.count++;
        if (step === 'cut') throw new TypeError('terminated');
        if ('headers' in step && 'body' in step) yield encodeMessage(step as EventMessage);
        else yield* encodeMessages(openOutgoing(restJson1.serverEvents!, rest.Events$, { headers: {} }, [step], 'x').messages);
      }
    }
    return { status: 200, headers: message.headers, body: readableFromChunks(body()) } satisfies TransportResponse;
  };
}

async function* from<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

async function drain(stream: AsyncIterable<unknown> | undefined): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const e of stream!) out.push(e);
  return out;
}

describe('output event streams', () => {
  it('returns the output with the other members at once and reads events as they arrive', async () => {
    const produced = { count: 0 };
    const c = client(streamed(EVENTS, produced, { subscriptionId: 's-1' }));
    const out = (await c.send(rest.Subscribe$, { topic: 't' })) as { subscriptionId?: string; events?: AsyncIterable<unknown>; $metadata: unknown };
    expect(out.subscriptionId).toBe('s-1');
    expect(out.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 1 });
    expect(produced.count).toBe(0); // nothing read before the caller iterates
    expect(await drain(out.events)).toEqual(EVENTS);
  });

  it('throws a modeled exception event as its generated class, after the events before it', async () => {
    const out = await client(streamed([EVENTS[0]!, { error: { message: 'bad input' } }, EVENTS[1]!])).send(rest.Subscribe$, { topic: 't' });
    const seen: unknown[] = [];
    const failure = await (async () => {
      try {
        for await (const e of out.events!) seen.push(e);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(seen).toEqual([EVENTS[0]]);
    expect(failure).toBeInstanceOf(ErrorEvent);
    expect(failure).toMatchObject({ name: 'ErrorEvent', message: 'bad input', $fault: 'client', $metadata: { httpStatusCode: 200 } });
  });

  it('throws an unmodeled error message as the base exception named after its code', async () => {
    const out = await client(streamed([errorMessage('InternalFailure', 'it broke')])).send(rest.Subscribe$, { topic: 't' });
    await expect(drain(out.events)).rejects.toMatchObject({ name: 'InternalFailure', message: 'it broke', $fault: 'server' });
  });

  it('reports a cut connection as the transport error and a corrupt message as MalformedResponseError', async () => {
    const cut = await client(streamed([EVENTS[0]!, 'cut'])).send(rest.Subscribe$, { topic: 't' });
    await expect(drain(cut.events)).rejects.toThrow('terminated');
    const bad = { headers: { ':message-type': { type: 'string', value: 'event' } }, body: new Uint8Array(0) } as EventMessage;
    const malformed = await client(streamed([bad])).send(rest.Subscribe$, { topic: 't' });
    const error = await drain(malformed.events).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventsServiceException);
    expect(error).toMatchObject({ name: 'MalformedResponseError', message: expect.stringContaining('event message without a string :event-type header') });
  });

  it('ends on the abort signal, and a break closes the body', async () => {
    const produced = { count: 0 };
    const controller = new AbortController();
    const out = await client(streamed([...EVENTS, ...EVENTS], produced)).send(rest.Subscribe$, { topic: 't' }, { abortSignal: controller.signal });
    const seen: unknown[] = [];
    await expect(
      (async () => {
        for await (const e of out.events!) {
          seen.push(e);
          controller.abort(new Error('user left'));
        }
      })(),
    ).rejects.toThrow('user left');
    expect(seen).toHaveLength(1);
    expect(produced.count).toBeLessThan(4);

    const produced2 = { count: 0 };
    const again = await client(streamed([...EVENTS, ...EVENTS], produced2)).send(rest.Subscribe$, { topic: 't' });
    for await (const e of again.events!) {
      expect(e).toEqual(EVENTS[0]);
      break;
    }
    expect(produced2.count).toBeLessThan(4);
  });

  it('reads an error status as the modeled error (the body buffered)', async () => {
    const handler: RequestHandler = async () => restJson1.serializeError(rest.RestEventsService$, rest.Subscribe$, rest.Unavailable$, { message: 'later' });
    await expect(client(handler).send(rest.Subscribe$, { topic: 't' })).rejects.toMatchObject({ name: 'Unavailable', message: 'later', $metadata: { attempts: 3 } });
  });

  it('awsJson1_1: reads the other output members from the initial-response message', async () => {
    const handler: RequestHandler = async () => {
      const response = awsJson1_1.serializeResponse(rpc.RpcEventsService$, rpc.Subscribe$, { subscriptionId: 's-9' });
      const { message, messages } = openOutgoing(awsJson1_1.serverEvents!, rpc.Events$, response, EVENTS, 'initial-response');
      return { status: 200, headers: message.headers, body: readableFromChunks(encodeMessages(messages)) };
    };
    const out = await client(handler, rpc.RpcEventsService$, awsJson1_1Client).send(rpc.Subscribe$, { topic: 't' });
    expect(out.subscriptionId).toBe('s-9');
    expect(await drain(out.events)).toEqual(EVENTS);
  });
});

describe('input event streams', () => {
  const signed: ServiceSchema = { ...rest.RestEventsService$, sigv4: { name: 'events' } };

  function capture(status = 200): { handler: RequestHandler; sent: WireRequest[]; frames: Promise<Uint8Array[]> } {
    const sent: WireRequest[] = [];
    let resolve!: (frames: Uint8Array[]) => void;
    const frames = new Promise<Uint8Array[]>((r) => (resolve = r));
    const handler: RequestHandler = async (request) => {
      sent.push(request);
      const all: Uint8Array[] = [];
      for await (const f of splitMessages(byteChunks(request.bodyStream as ReadableStream<Uint8Array>))) all.push(f);
      resolve(all);
      return status === 200 ? { status, headers: { 'x-received': String(all.length) } } : restJson1.serializeError(signed, rest.Publish$, rest.Unavailable$, {});
    };
    return { handler, sent, frames };
  }

  it('signs each event with a chained SigV4 chunk signature and ends with a signed empty frame', async () => {
    const { handler, sent, frames } = capture();
    async function* events() {
      yield EVENTS[0]!;
      yield EVENTS[1]!;
    }
    const out = await client(handler, signed).send(rest.Publish$, { channel: 'news', events: events() });
    expect(out.received).toBe(3);
    const request = sent[0]!;
    expect(request.headers['content-type']).toBe('application/vnd.amazon.eventstream');
    expect(request.headers['x-amz-content-sha256']).toBe('STREAMING-AWS4-HMAC-SHA256-EVENTS');
    expect(request.body).toBeUndefined();
    const outer = (await frames).map(decodeMessage);
    expect(outer.map((m) => Object.keys(m.headers).sort())).toEqual([[':chunk-signature', ':date'], [':chunk-signature', ':date'], [':chunk-signature', ':date']]);
    expect(outer[2]!.body.byteLength).toBe(0);
    const inner = outer.slice(0, 2).map((m) => decodeMessage(m.body));
    expect(inner.map((m) => m.headers[':event-type']?.value)).toEqual(['stringPayload', 'headersAndImplicitPayload']);
    expect(utf8Decode(inner[1]!.body)).toBe('{"payload":"two","count":2}');

    // the chain: each signature is signMessage over (:date, body) with the previous one, starting from the request's
    const signer = new SignatureV4({ service: 'events', region: 'us-east-1', credentials, sha256: Sha256 });
    let prior = /Signature=([0-9a-f]{64})/.exec(request.headers['authorization']!)![1]!;
    for (const message of outer) {
      const date = message.headers[':date']!.value as Date;
      const { signature } = await signer.signMessage({ message: { headers: { ':date': { type: 'timestamp', value: date } }, body: message.body }, priorSignature: prior }, { signingDate: date });
      expect(Buffer.from(message.headers[':chunk-signature']!.value as Uint8Array).toString('hex')).toBe(signature);
      prior = signature;
    }
  });

  it('sends unsigned frames (no end frame) without SigV4, and never retries a streamed input', async () => {
    const ok = capture();
    await client(ok.handler).send(rest.Publish$, { events: from(EVENTS) });
    expect((await ok.frames).map((f) => decodeMessage(f).headers[':event-type']?.value)).toEqual(['stringPayload', 'headersAndImplicitPayload']);

    const failing = capture(503);
    await expect(client(failing.handler, signed).send(rest.Publish$, { events: from(EVENTS) })).rejects.toMatchObject({ name: 'Unavailable', $metadata: { attempts: 1 } });
    expect(failing.sent).toHaveLength(1);
  });

  it('rejects an input stream that is not iterable', async () => {
    await expect(client(capture().handler).send(rest.Publish$, { events: 42 as never })).rejects.toThrow('test.events#Publish: events must be an AsyncIterable (or array) of events');
  });
});

describe('@streaming blobs', () => {
  it('hands the output body back as the ReadableStream it arrived as', async () => {
    const body = readableFromChunks((async function* () { yield new Uint8Array([1, 2]); yield new Uint8Array([3]); })());
    const out = await client(async () => ({ status: 200, headers: { 'x-size': '3' }, body })).send(rest.Download$, { key: 'k' });
    expect(out.size).toBe(3);
    expect(out.body).toBe(body);
    expect(await collectBytes(out.body as unknown as ReadableStream<Uint8Array>)).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('streams a ReadableStream or Blob input unsigned, and sends bytes as they are', async () => {
    const sent: WireRequest[] = [];
    const c = client(async (request) => {
      sent.push(request);
      return { status: 200, headers: { 'x-size': '1' } };
    }, { ...rest.RestEventsService$, sigv4: { name: 'events' } });
    const stream = new Blob(['abc']).stream();
    await c.send(rest.Upload$, { key: 'k', body: stream as never });
    expect(sent[0]!.bodyStream).toBe(stream);
    expect(sent[0]!.headers['x-amz-content-sha256']).toBe('UNSIGNED-PAYLOAD');
    await c.send(rest.Upload$, { key: 'k', body: new Uint8Array([7]) });
    expect(sent[1]!.body).toEqual(new Uint8Array([7]));
    expect(sent[1]!.bodyStream).toBeUndefined();
  });

  it('a client without streaming support does not look for streaming members: the output blob is buffered', async () => {
    const sent: WireRequest[] = [];
    const plain = new Client(
      { service: rest.RestEventsService$, errors, baseException: EventsServiceException, codec: restJson1Client },
      {
        region: 'us-east-1', endpoint: 'https://events.example.com', credentials,
        requestHandler: async (request) => {
          sent.push(request);
          return { status: 200, headers: { 'x-size': '3' }, body: new Uint8Array([1, 2, 3]) };
        },
      },
    );
    const out = await plain.send(rest.Download$, { key: 'k' });
    expect(sent[0]!.streamResponse).toBeUndefined();
    expect([out.size, out.body]).toEqual([3, new Uint8Array([1, 2, 3])]);
  });
});
