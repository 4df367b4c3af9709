/**
 * Event streams (`application/vnd.amazon.eventstream`): framing with `@smithy/eventstream-codec`,
 * `@eventHeader` / `@eventPayload` bindings, and whole streams in both directions.
 * @packageDocumentation
 */
export * from './messages.js';
export { decodeMessage, encodeMessage, splitMessages, MAX_MESSAGE_BYTES } from './framing.js';
export { fromEventHeader, toEventHeader } from './event-headers.js';
export { errorMessage, initialMessage, readEvent, writeEvent, type ReadEvent } from './event-bindings.js';
export { CHUNK_SIGNATURE, encodeMessages, eventMessages, readEvents, unwrapSigned, type EventSource } from './event-streams.js';
