/**
 * Event stream frames across implementations: frames our runtime writes (Bedrock `ConverseStreamOutput`
 * events, with the generated schemas and the restJson1 codec) are read by the SDK's own event-stream
 * marshaller (`@smithy/core/event-streams`, over `@smithy/eventstream-codec`) from chunks cut anywhere,
 * and frames the SDK's marshaller writes are read by ours. (The SDK clients themselves read our mock and
 * send to it in bedrock-stream.test.ts and lambda-stream.test.ts.)
 */
import { UniversalEventStreamMarshaller } from '@smithy/core/event-streams';
import { describe, expect, it } from 'vitest';
import { encodeMessages, eventMessages, eventSideFor, readEvents, restJson1Client, restJson1Server, utf8Decode, utf8Encode, type ReadEvent } from '@anvil/runtime';
import { ConverseStream$, ConverseStreamOutput$ } from '@anvil-gen/bedrock-runtime-types';

const sdk = new UniversalEventStreamMarshaller({ utf8Encoder: utf8Decode, utf8Decoder: utf8Encode });
/** The SDK's event message type (`@smithy/types` `Message`). */
type Message = ReturnType<Parameters<UniversalEventStreamMarshaller['serialize']>[1]>;

const EVENTS = [
  { messageStart: { role: 'assistant' } },
  { contentBlockDelta: { contentBlockIndex: 0, delta: { text: 'Hi ' } } },
  { contentBlockDelta: { contentBlockIndex: 0, delta: { text: 'there — ✓' } } },
  { messageStop: { stopReason: 'end_turn' } },
  { metadata: { usage: { inputTokens: 1, outputTokens: 2, totalTokens: 3 }, metrics: { latencyMs: 45 } } },
];

async function* rechunk(source: AsyncIterable<Uint8Array>, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  const all: number[] = [];
  for await (const c of source) all.push(...c);
  const bytes = new Uint8Array(all);
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length]!;
    yield bytes.slice(at, at + size);
    at += size;
  }
}

async function all<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of source) out.push(x);
  return out;
}

describe('our frames → the SDK marshaller', () => {
  it('reads every event, headers and JSON payload, from chunks of any size', async () => {
    for (const sizes of [[1], [7, 3, 50], [4096]]) {
      const ours = encodeMessages(eventMessages(ConverseStreamOutput$, EVENTS, restJson1Server.events!.body));
      const read = await all(
        sdk.deserialize(rechunk(ours, sizes), async (event: Record<string, Message>) => {
          const [type, message] = Object.entries(event)[0]!;
          return { type, contentType: message.headers[':content-type']?.value, value: JSON.parse(utf8Decode(message.body)) as unknown };
        }),
      );
      expect(read.map((r) => r.type), `chunks of ${sizes.join('/')} bytes`).toEqual(EVENTS.map((e) => Object.keys(e)[0]));
      expect(read.map((r) => r.value)).toEqual(EVENTS.map((e) => Object.values(e)[0]));
      expect(new Set(read.map((r) => r.contentType))).toEqual(new Set(['application/json']));
    }
  });

  it('throws on our modeled exception event as the SDK does for a service\'s', async () => {
    const ours = encodeMessages(eventMessages(ConverseStreamOutput$, [EVENTS[0]!, { throttlingException: { message: 'slow down' } }], restJson1Server.events!.body));
    const seen: string[] = [];
    const reading = all(
      sdk.deserialize(ours, async (event: Record<string, Message>) => {
        const [type, message] = Object.entries(event)[0]!;
        seen.push(type);
        if (message.headers[':message-type']?.value === 'exception') return { [type]: Object.assign(new Error(JSON.parse(utf8Decode(message.body)).message), { name: type }) };
        return { [type]: message };
      }),
    );
    await expect(reading).rejects.toMatchObject({ name: 'throttlingException', message: 'slow down' });
    expect(seen).toEqual(['messageStart', 'throttlingException']);
  });
});

describe('the SDK marshaller\'s frames → ours', () => {
  it('reads the events the SDK framed, end frame included', async () => {
    async function* source() {
      yield* EVENTS;
    }
    const framed = sdk.serialize(source(), (event): Message => {
      const [type, value] = Object.entries(event)[0]!;
      return {
        headers: {
          ':event-type': { type: 'string', value: type },
          ':message-type': { type: 'string', value: 'event' },
          ':content-type': { type: 'string', value: 'application/json' },
        },
        body: utf8Encode(JSON.stringify(value)),
      };
    });
    const read: ReadEvent[] = await all(readEvents(ConverseStreamOutput$, rechunk(framed, [5, 11]), eventSideFor(restJson1Client.events!, ConverseStream$).body));
    expect(read).toEqual(EVENTS.map((value) => ({ kind: 'event', value })));
  });
});
