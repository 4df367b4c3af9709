/**
 * Lambda `InvokeWithResponseStream` (a hand-written subset model, `fixtures/lambda/lambda-stream.smithy`,
 * generated at test time): the generated mock read by the official `@aws-sdk/client-lambda` 3.1178.0
 * (with `NodeHttpHandler`, as msw/node needs) and by our generated client — `PayloadChunk` events (an
 * `@eventPayload` blob), `InvokeComplete`, the response-code and header members beside the stream, an
 * error message mid-stream (the union models no exception event) and a cut connection.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { InvokeWithResponseStreamCommand, LambdaClient as SdkLambdaClient } from '@aws-sdk/client-lambda';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eventStream, type HandlerOptions, type MockHandler } from '@anvil/msw-runtime';
import { generateFixture } from '../fixtures/msw/generateFixture.js';

const MODEL = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'lambda', 'lambda-stream.smithy');
const out = generateFixture([MODEL], 'lambda');
const load = (kind: string) => import(pathToFileURL(join(out, kind, 'src', 'index.ts')).href);

type Event = { PayloadChunk?: { Payload?: Uint8Array }; InvokeComplete?: { ErrorCode?: string; LogResult?: string } };
interface LambdaMsw {
  invokeWithResponseStreamHandler(override?: unknown, options?: HandlerOptions): MockHandler<{ FunctionName: string; Payload?: Uint8Array }>;
}
interface LambdaClientModule {
  LambdaClient: new (config: Record<string, unknown>) => {
    invokeWithResponseStream(input: { FunctionName: string; Payload?: Uint8Array }): Promise<{ StatusCode?: number; ExecutedVersion?: string; EventStream?: AsyncIterable<Event> }>;
  };
}

const msw = (await load('msw')) as LambdaMsw;
const { LambdaClient } = (await load('client')) as LambdaClientModule;

const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const sdk = new SdkLambdaClient({ region: 'us-east-1', credentials: CREDENTIALS, maxAttempts: 1, requestHandler: new NodeHttpHandler() });
const ours = new LambdaClient({ region: 'us-east-1', credentials: CREDENTIALS });
const bytes = (s: string) => new TextEncoder().encode(s);
const INPUT = { FunctionName: 'summarise', Payload: bytes('{"url":"https://example.com"}') };

const STREAM = [
  { PayloadChunk: { Payload: bytes('{"summary":"') } },
  { PayloadChunk: { Payload: bytes('three lines') } },
  { PayloadChunk: { Payload: bytes('"}') } },
  { InvokeComplete: { LogResult: 'U1RBUlQ=' } },
];

async function read(stream: AsyncIterable<Event> | undefined): Promise<{ text: string; complete?: Event['InvokeComplete'] }> {
  let text = '';
  let complete: Event['InvokeComplete'];
  for await (const e of stream!) {
    if (e.PayloadChunk?.Payload) text += new TextDecoder().decode(e.PayloadChunk.Payload);
    if (e.InvokeComplete) complete = e.InvokeComplete;
  }
  return complete ? { text, complete } : { text };
}

describe('InvokeWithResponseStream: the generated mock → the official SDK and our client', () => {
  it('both read the payload chunks, the completion event and the members beside the stream', async () => {
    const handler = msw.invokeWithResponseStreamHandler({ StatusCode: 200, ExecutedVersion: '$LATEST', EventStream: STREAM });
    server.use(handler);
    const sdkOut = await sdk.send(new InvokeWithResponseStreamCommand(INPUT));
    expect(sdkOut.StatusCode).toBe(200);
    expect(sdkOut.ExecutedVersion).toBe('$LATEST');
    expect(await read(sdkOut.EventStream as AsyncIterable<Event>)).toEqual({ text: '{"summary":"three lines"}', complete: { LogResult: 'U1RBUlQ=' } });

    const ourOut = await ours.invokeWithResponseStream(INPUT);
    expect(ourOut.StatusCode).toBe(200);
    expect(ourOut.ExecutedVersion).toBe('$LATEST');
    expect(await read(ourOut.EventStream)).toEqual({ text: '{"summary":"three lines"}', complete: { LogResult: 'U1RBUlQ=' } });

    expect(handler.calls.map((c) => c.input)).toEqual([INPUT, INPUT]);
  });

  it('a chunk stream from an async generator, paused between events, arrives whole', async () => {
    server.use(
      msw.invokeWithResponseStreamHandler(
        ({ input }: { input: { FunctionName: string } }) => ({
          StatusCode: 200,
          EventStream: (async function* () {
            for (const word of ['streamed ', 'by ', input.FunctionName]) yield { PayloadChunk: { Payload: bytes(word) } };
            yield { InvokeComplete: {} };
          })(),
        }),
        { eventDelay: 2 },
      ),
    );
    expect(await read((await sdk.send(new InvokeWithResponseStreamCommand(INPUT))).EventStream as AsyncIterable<Event>)).toEqual({ text: 'streamed by summarise', complete: {} });
    expect(await read((await ours.invokeWithResponseStream(INPUT)).EventStream)).toEqual({ text: 'streamed by summarise', complete: {} });
  });

  it('an error message mid-stream (the union models no exception event) fails both readers after the chunks before it', async () => {
    const failing = [STREAM[0]!, STREAM[1]!, eventStream.error('ServiceException', 'the function failed mid-stream')];
    server.use(msw.invokeWithResponseStreamHandler({ StatusCode: 200, EventStream: failing }));
    const sdkRead = await collect((await sdk.send(new InvokeWithResponseStreamCommand(INPUT))).EventStream as AsyncIterable<Event>);
    const ourRead = await collect((await ours.invokeWithResponseStream(INPUT)).EventStream);
    expect(ourRead.text).toBe('{"summary":"three lines');
    expect(ourRead.error).toMatchObject({ name: 'ServiceException', message: 'the function failed mid-stream', $fault: 'server', $metadata: { httpStatusCode: 200 } });
    expect(sdkRead.text).toBe('{"summary":"three lines');
    expect(sdkRead.error).toMatchObject({ name: 'ServiceException', message: 'the function failed mid-stream' });
  });

  it('a cut connection fails both readers after the chunks sent before it', async () => {
    server.use(msw.invokeWithResponseStreamHandler({ StatusCode: 200, EventStream: [STREAM[0]!, eventStream.disconnect(), STREAM[1]!] }));
    const sdkRead = await collect((await sdk.send(new InvokeWithResponseStreamCommand(INPUT))).EventStream as AsyncIterable<Event>);
    const ourRead = await collect((await ours.invokeWithResponseStream(INPUT)).EventStream);
    expect(ourRead.text).toBe('{"summary":"');
    expect(ourRead.error).toBeInstanceOf(TypeError);
    expect(sdkRead.text).toBe('{"summary":"');
    expect(sdkRead.error).toMatchObject({ code: 'ECONNRESET' });
  });
});

/** The text read before the stream ended, and the error that ended it. */
async function collect(stream: AsyncIterable<Event> | undefined): Promise<{ text: string; error?: unknown }> {
  let text = '';
  try {
    for await (const e of stream!) if (e.PayloadChunk?.Payload) text += new TextDecoder().decode(e.PayloadChunk.Payload);
  } catch (error) {
    return { text, error };
  }
  return { text };
}
