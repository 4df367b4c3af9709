/**
 * Event streams on top of a protocol codec (Smithy "Event streams"), for both sides: the codec
 * serialises the initial request or response without the stream member, and these functions turn it
 * into an event stream message — REST protocols send the events as the HTTP body, RPC protocols
 * first send the codec's document as an `initial-request` / `initial-response` message.
 * @packageDocumentation
 */
import type { HeaderMap } from '../http/messages.js';
import { streamingMember, type StructureSchema, type UnionSchema } from '../schema/index.js';
import { initialMessage, type ReadEvent } from '../http/event-stream/event-bindings.js';
import { eventMessages, readEvents, type EventSource } from '../http/event-stream/event-streams.js';
import { EVENT_STREAM_MEDIA_TYPE, type EventMessage } from '../http/event-stream/messages.js';
import type { EventStreamSide } from './codec.js';

/**
 * The members an RPC protocol writes as its JSON or CBOR document: all but an event stream member, whose
 * events travel as the body's messages (Smithy "Event streams", initial messages).
 */
export function documentMembers(schema: StructureSchema): string[] {
  const names = Object.keys(schema.members);
  const stream = streamingMember(schema);
  return stream?.kind === 'events' ? names.filter((n) => n !== stream.name) : names;
}

/** Is this request an input event stream of the operation (`content-type: application/vnd.amazon.eventstream`)? */
export function isEventStreamRequest(mediaType: string | undefined, input: StructureSchema): boolean {
  return mediaType === EVENT_STREAM_MEDIA_TYPE && streamingMember(input)?.kind === 'events';
}

/** An HTTP message as a codec wrote it (a request or a response). */
interface WireMessage {
  headers: HeaderMap;
  body?: Uint8Array;
}

/**
 * Start an outgoing event stream: the client's input stream or the mock's output stream.
 * @param message the codec's request or response, serialised without the stream member
 * @param initialType `initial-request` (client) or `initial-response` (mock)
 * @returns the message to send (`content-type: application/vnd.amazon.eventstream`, no body) and the
 *   event messages that make up its body, the RPC protocols' initial message first
 */
export function openOutgoing<M extends WireMessage>(
  side: EventStreamSide,
  union: UnionSchema,
  message: M,
  events: EventSource<Record<string, unknown>>,
  initialType: string,
): { message: M; messages: AsyncGenerator<EventMessage, void, undefined> } {
  const { body, ...rest } = message;
  const headers: HeaderMap = {};
  for (const [name, value] of Object.entries(message.headers)) if (name.toLowerCase() !== 'content-type') headers[name] = value;
  headers['content-type'] = EVENT_STREAM_MEDIA_TYPE;
  const first = side.initialMessages ? initialMessage(initialType, body, side.body.mediaType) : undefined;
  return { message: { ...rest, headers } as M, messages: eventMessages(union, events, side.body, first) };
}

/** An incoming event stream after its initial message. */
export interface IncomingEventStream {
  /** RPC protocols: the body of the `initial-request` / `initial-response` message, when the stream began with one. */
  readonly initial?: Uint8Array;
  /** The remaining messages, read one at a time. */
  readonly events: AsyncIterable<ReadEvent>;
}

/**
 * Start reading an incoming event stream: the client's output stream or the mock's input stream.
 * For RPC protocols the first message is read now (it may be the initial message); REST protocols
 * read nothing before the caller iterates.
 * @param chunks the body bytes as they arrive
 * @param initialType `initial-response` (client) or `initial-request` (mock)
 * @throws SerializationError when the first message of an RPC stream is malformed
 */
export async function openIncoming(
  side: EventStreamSide,
  union: UnionSchema,
  chunks: AsyncIterable<Uint8Array>,
  initialType: string,
): Promise<IncomingEventStream> {
  const all = readEvents(union, chunks, side.body, side.initialMessages ? [initialType] : []);
  if (!side.initialMessages) return { events: all };
  const first = await all.next();
  if (first.done) return { events: all };
  if (first.value.kind === 'initial' && first.value.eventType === initialType) return { initial: first.value.message.body, events: all };
  return { events: prepend(first.value, all) };
}

/** `head`, then the rest; ending early (`break`, `return()`) closes `rest`, so the body is cancelled. */
async function* prepend<T>(head: T, rest: AsyncGenerator<T, void, undefined>): AsyncGenerator<T, void, undefined> {
  try {
    yield head;
    yield* rest;
  } finally {
    await rest.return();
  }
}
