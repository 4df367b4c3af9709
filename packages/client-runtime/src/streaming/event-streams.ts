/**
 * Event streams (`application/vnd.amazon.eventstream`, Smithy "Event streams") for `Client.send`:
 * input streams framed (and signed with SigV4) from any iterable of events, output streams read
 * message by message as typed events; `@streaming` blobs as in `blobStreaming`.
 * @packageDocumentation
 */
import {
  streamingMember,
  byteChunks,
  encodeMessages,
  eventSideFor,
  INITIAL_REQUEST,
  INITIAL_RESPONSE,
  openIncoming,
  openOutgoing,
  readableFromChunks,
  type EventSource,
  type EventStreamSide,
  type OperationSchema,
} from '@anvil/runtime';
import type { ClientBinding } from '../config.js';
import { blobOutput, blobStreaming } from './blob-streams.js';
import { clientEvents } from './client-events.js';
import { signedFrames, STREAMING_EVENTS_PAYLOAD } from './event-signing.js';
import type { StreamingSupport } from './streaming-support.js';

function sideOf(binding: ClientBinding, operation: OperationSchema): EventStreamSide {
  const side = binding.codec.events;
  if (!side) throw new Error(`${operation.id}: the ${binding.codec.name} codec has no event streams`);
  // events are written and read with the operation's codec features (timestamps, base64, big numbers)
  return eventSideFor(side, operation);
}

function isEventSource(value: unknown): value is EventSource<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null) return false;
  return typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function' || typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function';
}

/** Streaming of event streams and `@streaming` blobs (clients of services with event streams). */
export const eventStreaming: StreamingSupport = {
  member: streamingMember,
  request(binding, operation, stream, wire, value) {
    if (stream.kind === 'blob') return blobStreaming.request(binding, operation, stream, wire, value);
    if (value !== undefined && !isEventSource(value)) throw new TypeError(`${operation.id}: ${stream.name} must be an AsyncIterable (or array) of events`);
    const side = sideOf(binding, operation);
    const opened = openOutgoing(side, stream.union!, wire, value ?? [], INITIAL_REQUEST);
    return {
      wire: opened.message,
      payloadHash: STREAMING_EVENTS_PAYLOAD,
      body: (signing) => readableFromChunks(signing ? signedFrames(opened.messages, signing) : encodeMessages(opened.messages)),
    };
  },

  async response(context) {
    const { binding, operation, stream, response } = context;
    if (stream.kind === 'blob') return blobOutput(context);
    const side = sideOf(binding, operation);
    const incoming = await openIncoming(side, stream.union!, byteChunks(context.body, context.signal), INITIAL_RESPONSE);
    const output = binding.codec.parseResponse(binding.service, operation, incoming.initial ? { ...response, body: incoming.initial } : response);
    output[stream.name] = clientEvents(incoming.events, binding, operation, context.metadata, context.errors);
    return output;
  },
};
