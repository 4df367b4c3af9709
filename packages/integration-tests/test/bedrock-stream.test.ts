/**
 * Bedrock Runtime event streams: the generated mock (`@anvil-gen/bedrock-runtime-msw`) read by the
 * official `@aws-sdk/client-bedrock-runtime` 3.1178.0 and by our generated client — text deltas, the
 * metadata event, a modeled `throttlingException` mid-stream (the SDK's own exception class), a cut
 * connection — and the SDK's signed input event stream (`InvokeModelWithBidirectionalStream`) read by
 * the mock. msw/node does not intercept HTTP/2, the SDK's Node default for Bedrock: the SDK gets
 * `NodeHttpHandler` (HTTP/1.1), as docs/msw.md tells users.
 */
import {
  BedrockRuntimeClient as SdkBedrockClient,
  ConverseStreamCommand,
  InvokeModelWithBidirectionalStreamCommand,
  InvokeModelWithResponseStreamCommand,
  ThrottlingException as SdkThrottlingException,
  type ConverseStreamOutput as SdkConverseStreamOutput,
} from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eventStream } from '@anvil/msw-runtime';
import { BedrockRuntimeClient, ThrottlingException } from '@anvil-gen/bedrock-runtime-client';
import type { ConverseStreamOutput } from '@anvil-gen/bedrock-runtime-types';
import { converseStreamHandler, converseStreamErrors, handlers, invokeModelWithBidirectionalStreamHandler, invokeModelWithResponseStreamHandler } from '@anvil-gen/bedrock-runtime-msw';

const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const MODEL = 'anthropic.claude-3-haiku-20240307-v1:0';
const REQUEST = { modelId: MODEL, messages: [{ role: 'user' as const, content: [{ text: 'Say hello' }] }] };

const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const sdk = new SdkBedrockClient({ region: REGION, credentials: CREDENTIALS, maxAttempts: 1, requestHandler: new NodeHttpHandler() });
const ours = new BedrockRuntimeClient({ region: REGION, credentials: CREDENTIALS });

/** A chat answer: start, three text deltas, stop, metadata. */
const ANSWER: ConverseStreamOutput[] = [
  { messageStart: { role: 'assistant' } },
  { contentBlockDelta: { contentBlockIndex: 0, delta: { text: 'Hello' } } },
  { contentBlockDelta: { contentBlockIndex: 0, delta: { text: ', ' } } },
  { contentBlockDelta: { contentBlockIndex: 0, delta: { text: 'world!' } } },
  { contentBlockStop: { contentBlockIndex: 0 } },
  { messageStop: { stopReason: 'end_turn' } },
  { metadata: { usage: { inputTokens: 9, outputTokens: 4, totalTokens: 13 }, metrics: { latencyMs: 120 } } },
];

function text(events: readonly (ConverseStreamOutput | SdkConverseStreamOutput)[]): string {
  return events.map((e) => e.contentBlockDelta?.delta?.text ?? '').join('');
}

async function collect<T>(stream: AsyncIterable<T> | undefined): Promise<{ events: T[]; error?: unknown }> {
  const events: T[] = [];
  try {
    for await (const e of stream!) events.push(e);
  } catch (error) {
    return { events, error };
  }
  return { events };
}

describe('ConverseStream: the generated mock → the official SDK and our client', () => {
  it('the SDK reads the text deltas and the metadata event', async () => {
    server.use(converseStreamHandler({ stream: ANSWER }));
    const out = await sdk.send(new ConverseStreamCommand(REQUEST));
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(out.$metadata.requestId).toMatch(/\S+/);
    const { events, error } = await collect(out.stream);
    expect(error).toBeUndefined();
    expect(text(events)).toBe('Hello, world!');
    expect(events[0]).toEqual({ messageStart: { role: 'assistant' } });
    expect(events.at(-2)).toEqual({ messageStop: { stopReason: 'end_turn' } });
    expect(events.at(-1)).toEqual({ metadata: { usage: { inputTokens: 9, outputTokens: 4, totalTokens: 13 }, metrics: { latencyMs: 120 } } });
  });

  it('our client reads exactly the same events', async () => {
    server.use(converseStreamHandler({ stream: ANSWER }));
    const out = await ours.converseStream(REQUEST);
    expect(out.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 1 });
    const { events, error } = await collect(out.stream);
    expect(error).toBeUndefined();
    expect(events).toEqual(ANSWER);
  });

  it('a throttlingException event mid-stream is the SDK\'s ThrottlingException, and ours', async () => {
    const answer = [...ANSWER.slice(0, 2), { throttlingException: { message: 'Too many tokens, slow down' } }, ...ANSWER.slice(2)];
    server.use(converseStreamHandler({ stream: answer }));
    const sdkRead = await collect((await sdk.send(new ConverseStreamCommand(REQUEST))).stream);
    expect(text(sdkRead.events)).toBe('Hello');
    expect(sdkRead.error).toBeInstanceOf(SdkThrottlingException);
    expect(sdkRead.error).toMatchObject({ name: 'ThrottlingException', message: 'Too many tokens, slow down', $fault: 'client' });

    const ourRead = await collect((await ours.converseStream(REQUEST)).stream);
    expect(ourRead.events).toEqual(ANSWER.slice(0, 2));
    expect(ourRead.error).toBeInstanceOf(ThrottlingException);
    expect(ourRead.error).toMatchObject({ name: 'ThrottlingException', message: 'Too many tokens, slow down', $fault: 'client' });
  });

  it('the generated error builder works as an exception step too', async () => {
    server.use(converseStreamHandler({ stream: [ANSWER[0]!, converseStreamErrors.ThrottlingException({ message: 'builder' })] }));
    const sdkRead = await collect((await sdk.send(new ConverseStreamCommand(REQUEST))).stream);
    expect(sdkRead.events).toEqual([ANSWER[0]]);
    expect(sdkRead.error).toBeInstanceOf(SdkThrottlingException);
    expect((sdkRead.error as Error).message).toBe('builder');
  });

  it('a cut connection fails both readers after the events sent before it', async () => {
    server.use(converseStreamHandler({ stream: [...ANSWER.slice(0, 2), eventStream.disconnect(), ...ANSWER.slice(2)] }));
    const sdkRead = await collect((await sdk.send(new ConverseStreamCommand(REQUEST))).stream);
    expect(text(sdkRead.events)).toBe('Hello');
    expect(sdkRead.error).toBeInstanceOf(Error);
    const ourRead = await collect((await ours.converseStream(REQUEST)).stream);
    expect(ourRead.events).toEqual(ANSWER.slice(0, 2));
    expect(ourRead.error).toBeInstanceOf(Error);
  });

  it('the default handler answers a model-true fake sequence both read alike', async () => {
    const sdkRead = await collect((await sdk.send(new ConverseStreamCommand(REQUEST))).stream);
    const ourRead = await collect((await ours.converseStream(REQUEST)).stream);
    expect(ourRead.events.map((e) => Object.keys(e)[0])).toEqual(['messageStart', 'contentBlockStart', 'contentBlockDelta', 'contentBlockStop', 'messageStop', 'metadata']);
    expect(sdkRead.events.map((e) => Object.keys(e).find((k) => k !== '$unknown'))).toEqual(ourRead.events.map((e) => Object.keys(e)[0]));
    expect(sdkRead.events[5]).toEqual(ourRead.events[5]);
  });

  it('the mock parsed the SDK\'s request like ours', async () => {
    const handler = converseStreamHandler({ stream: ANSWER.slice(0, 1) });
    server.use(handler);
    await collect((await sdk.send(new ConverseStreamCommand(REQUEST))).stream);
    await collect((await ours.converseStream(REQUEST)).stream);
    expect(handler.calls.map((c) => c.input)).toEqual([REQUEST, REQUEST]);
    expect(handler.calls.map((c) => c.issues)).toEqual([[], []]);
  });
});

describe('InvokeModelWithResponseStream: chunk events with base64 bytes', () => {
  it('both read the chunks', async () => {
    const chunk = (s: string) => ({ chunk: { bytes: new TextEncoder().encode(s) } });
    server.use(invokeModelWithResponseStreamHandler({ contentType: 'application/json', body: [chunk('{"a":'), chunk('1}')] }));
    const input = { modelId: MODEL, body: new TextEncoder().encode('{}'), contentType: 'application/json' };
    const sdkOut = await sdk.send(new InvokeModelWithResponseStreamCommand(input));
    expect(sdkOut.contentType).toBe('application/json');
    const sdkRead = await collect(sdkOut.body);
    expect(sdkRead.events.map((e) => new TextDecoder().decode(e.chunk!.bytes)).join('')).toBe('{"a":1}');
    const ourRead = await collect((await ours.invokeModelWithResponseStream(input)).body);
    expect(ourRead.events.map((e) => new TextDecoder().decode(e.chunk!.bytes)).join('')).toBe('{"a":1}');
  });
});

describe('InvokeModelWithBidirectionalStream: the SDK\'s signed input events → the mock', () => {
  it('the mock reads the chunks the SDK signed and sent, and answers one chunk per chunk', async () => {
    const received: string[] = [];
    server.use(
      invokeModelWithBidirectionalStreamHandler(async ({ input }) => {
        for await (const event of input.body) if (event.chunk?.bytes) received.push(new TextDecoder().decode(event.chunk.bytes));
        return { body: received.map((r) => ({ chunk: { bytes: new TextEncoder().encode(r.toUpperCase()) } })) };
      }),
    );
    async function* chunks() {
      yield { chunk: { bytes: new TextEncoder().encode('one') } };
      yield { chunk: { bytes: new TextEncoder().encode('two') } };
    }
    const out = await sdk.send(new InvokeModelWithBidirectionalStreamCommand({ modelId: MODEL, body: chunks() }));
    const read = await collect(out.body);
    expect(received).toEqual(['one', 'two']);
    expect(read.events.map((e) => new TextDecoder().decode(e.chunk!.bytes))).toEqual(['ONE', 'TWO']);
  });
});
