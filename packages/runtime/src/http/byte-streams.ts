/**
 * Byte streams between the web-standard `ReadableStream` (fetch bodies) and async iterables (how the
 * event-stream layer reads and writes), pull-based so nothing is read before it is needed, and
 * cancellation flowing both ways (a consumer that stops early cancels the source).
 * @packageDocumentation
 */

import { concatBytes } from '../bytes/concat.js';

/** A body that arrives in chunks: a fetch `ReadableStream`, any async iterable of bytes, or one buffer. */
export type ByteSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | Uint8Array;

function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  return typeof value === 'object' && value !== null && typeof (value as ReadableStream).getReader === 'function';
}

/**
 * Iterate the chunks of a body. Ending the iteration early (`break`, `return()`, an exception) cancels a
 * `ReadableStream` source (for fetch: closes the connection).
 * @param signal when it aborts, the source is cancelled and the iteration throws the signal's reason
 */
export async function* byteChunks(source: ByteSource, signal?: AbortSignal): AsyncGenerator<Uint8Array, void, undefined> {
  if (source instanceof Uint8Array) {
    if (source.byteLength > 0) yield source;
    return;
  }
  if (!isReadableStream(source)) {
    for await (const chunk of source) {
      signal?.throwIfAborted();
      yield chunk;
    }
    return;
  }
  const reader = source.getReader();
  const onAbort = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });
  let finished = false;
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    // Not awaited: cancelling one branch of a tee'd body (a cloned fetch Request, as msw clones it)
    // settles only once the other branch is cancelled too, which would hang the consumer here.
    if (!finished) void reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/**
 * Read a whole body into one buffer.
 * @returns the bytes, or `undefined` for an empty body
 */
export async function collectBytes(source: ByteSource): Promise<Uint8Array | undefined> {
  if (source instanceof Uint8Array) return source.byteLength === 0 ? undefined : source;
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of byteChunks(source)) {
    parts.push(chunk);
    length += chunk.byteLength;
  }
  if (length === 0) return undefined;
  return parts.length === 1 ? parts[0] : concatBytes(parts, length);
}

/**
 * A `ReadableStream` that pulls from an async iterable of bytes (one chunk per read, none ahead of the
 * reader: a high-water mark of 0, so a slow reader slows the producer); cancelling the stream returns the iterator (a generator's `finally` runs).
 */
export function readableFromChunks(chunks: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    },
  }, { highWaterMark: 0 });
}
