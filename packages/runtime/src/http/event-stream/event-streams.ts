/**
 * Whole event streams: events → framed message bytes, and body chunks → read events, one message at
 * a time (nothing is buffered beyond the message being cut), for either side of an exchange.
 * @packageDocumentation
 */
import type { BodyCodec } from '../../codecs/body-codec.js';
import type { UnionSchema } from '../../schema/index.js';
import { readEvent, writeEvent, type ReadEvent } from './event-bindings.js';
import { decodeMessage, encodeMessage, splitMessages } from './framing.js';
import type { EventMessage } from './messages.js';

/** Events as a caller gives them: an async iterable (a generator, a stream of events) or a plain iterable (an array). */
export type EventSource<E> = AsyncIterable<E> | Iterable<E>;

/**
 * The messages of an outgoing event stream: `first` (an RPC protocol's initial message), then one per event.
 * @throws SerializationError (while iterating) on an event that cannot be written
 */
export async function* eventMessages(
  union: UnionSchema,
  events: EventSource<Record<string, unknown>>,
  codec: BodyCodec,
  first?: EventMessage,
): AsyncGenerator<EventMessage, void, undefined> {
  if (first) yield first;
  for await (const event of events) yield writeEvent(union, event, codec);
}

/** Frame each message (prelude, headers, body, CRCs). */
export async function* encodeMessages(messages: AsyncIterable<EventMessage>): AsyncGenerator<Uint8Array, void, undefined> {
  for await (const message of messages) yield encodeMessage(message);
}

/** `:chunk-signature` header of a SigV4-signed event stream frame (its body is the signed message). */
export const CHUNK_SIGNATURE = ':chunk-signature';

/**
 * The event message a frame carries: a SigV4-signed frame (`:date`, `:chunk-signature`) wraps the
 * encoded message in its body, and the signed frame with an empty body ends the stream (`undefined`).
 * Signatures are not verified (a mock has no secret to check them with).
 */
export function unwrapSigned(message: EventMessage): EventMessage | undefined {
  if (!Object.hasOwn(message.headers, CHUNK_SIGNATURE)) return message;
  return message.body.byteLength === 0 ? undefined : decodeMessage(message.body);
}

/**
 * Read an incoming event stream message by message (SigV4-signed frames unwrapped).
 * @param chunks the body bytes as they arrive
 * @param initialTypes `:event-type` values read as the protocol's initial message
 * @throws SerializationError (while iterating) on a truncated stream, a CRC mismatch or a malformed message
 */
export async function* readEvents(
  union: UnionSchema,
  chunks: AsyncIterable<Uint8Array>,
  codec: BodyCodec,
  initialTypes: readonly string[] = [],
): AsyncGenerator<ReadEvent, void, undefined> {
  for await (const bytes of splitMessages(chunks)) {
    const message = unwrapSigned(decodeMessage(bytes));
    if (message) yield readEvent(union, message, codec, initialTypes);
  }
}
