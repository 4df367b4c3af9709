/**
 * Streaming request and response bodies: the {@link StreamingSupport} hook, `@streaming` blobs and event streams.
 * @packageDocumentation
 */
export type { StreamingRequest, StreamingResponse, StreamingSupport, StreamSigning } from './streaming-support.js';
export { blobStreaming, UNSIGNED_PAYLOAD } from './blob-streams.js';
export { eventStreaming } from './event-streams.js';
export { signedFrames, STREAMING_EVENTS_PAYLOAD } from './event-signing.js';
