/**
 * `@streaming` blob members (Smithy "streaming trait"): input bodies from a `Blob`, a `ReadableStream`
 * or an async iterable of bytes (sent unsigned: `x-amz-content-sha256: UNSIGNED-PAYLOAD`), and output
 * bodies handed back as the response's `ReadableStream`, never buffered.
 * @packageDocumentation
 */
import { readableFromChunks, streamingMember, type ByteSource } from '@anvil/runtime';
import type { StreamingResponse, StreamingSupport } from './streaming-support.js';

/** SigV4 payload hash of a body that is not hashed (Amazon S3 and others accept it for streamed uploads). */
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return typeof value === 'object' && value !== null && typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
}

/** A body source as a `ReadableStream` (a fetch body as it is). */
export function toReadableStream(source: ByteSource): ReadableStream<Uint8Array> {
  if (source instanceof Uint8Array) {
    return new ReadableStream({
      start(controller) {
        if (source.byteLength > 0) controller.enqueue(source);
        controller.close();
      },
    });
  }
  if (typeof (source as ReadableStream).getReader === 'function') return source as ReadableStream<Uint8Array>;
  return readableFromChunks(source as AsyncIterable<Uint8Array>);
}

/** The output of a streaming-blob response: the codec's members, and the body as a `ReadableStream`. */
export function blobOutput(context: StreamingResponse): Record<string, unknown> {
  const { binding, operation, stream, response } = context;
  const output = binding.codec.parseResponse(binding.service, operation, response);
  output[stream.name] = toReadableStream(context.body);
  return output;
}

/** Streaming of `@streaming` blobs only (clients of services without event streams). */
export const blobStreaming: StreamingSupport = {
  member: streamingMember,
  request(_binding, operation, stream, wire, value) {
    let body: Blob | ReadableStream<Uint8Array>;
    if (isBlob(value)) body = value;
    else if (typeof (value as ReadableStream | undefined)?.getReader === 'function') body = value as ReadableStream<Uint8Array>;
    else if (isAsyncIterable(value)) body = readableFromChunks(value);
    else throw new TypeError(`${operation.id}: ${stream.name} must be a Uint8Array, string, Blob, ReadableStream or AsyncIterable<Uint8Array>`);
    return { wire, payloadHash: UNSIGNED_PAYLOAD, body: () => body };
  },
  async response(context) {
    return blobOutput(context);
  },
};
