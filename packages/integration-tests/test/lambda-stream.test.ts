/**
 * Lambda `InvokeWithResponseStream` (a hand-written subset model, `fixtures/lambda/lambda-stream.smithy`,
 * generated at test time): the generated mock read by the official `@aws-sdk/client-lambda` 3.1178.0
 * (with `NodeHttpHandler`, as msw/node needs) and by our generated client — `PayloadChunk` events (an
 * `@eventPayload` blob), `InvokeComplete`, the response-code and header members beside the stream.
 */
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { InvokeWithResponseStreamCommand, LambdaClient as SdkLambdaClient } from '@aws-sdk/client-lambda';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerOptions, MockHandler } from '@anvil/msw-runtime';
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
});
