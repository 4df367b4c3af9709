/**
 * Event stream framing (AWS "Event stream encoding": a 12-byte prelude of total length, headers
 * length and prelude CRC32, then the typed headers, the body, and a CRC32 of the whole message) with
 * `@smithy/eventstream-codec`, and the splitting of a byte stream into whole messages.
 * @packageDocumentation
 */
import { EventStreamCodec, Int64 } from '@smithy/eventstream-codec';
import { utf8Decode, utf8Encode } from '../../bytes/utf8.js';
import { SerializationError } from '../../codecs/serialization-error.js';
import type { EventHeaders, EventMessage } from './messages.js';

/** Smallest message: prelude (12 bytes) and message CRC (4 bytes). */
const MIN_MESSAGE_BYTES = 16;
/** Largest message AWS services send or accept (16 MiB); a bigger length means a corrupt stream. */
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

let codec: EventStreamCodec | undefined;
const eventStreamCodec = (): EventStreamCodec => (codec ??= new EventStreamCodec(utf8Decode, utf8Encode));

type CodecHeaders = Parameters<EventStreamCodec['encode']>[0]['headers'];

/**
 * Encode one message (prelude, headers, body, both CRC32s).
 * @throws SerializationError when a header value does not fit its type (e.g. a `long` beyond 64 bits)
 */
export function encodeMessage(message: EventMessage): Uint8Array {
  const headers: CodecHeaders = {};
  for (const [name, h] of Object.entries(message.headers)) {
    headers[name] = h.type === 'long' ? { type: 'long', value: Int64.fromNumber(h.value) } : h;
  }
  try {
    return eventStreamCodec().encode({ headers, body: message.body });
  } catch (e) {
    throw new SerializationError(`cannot encode event message: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Decode one whole message (as cut by {@link splitMessages}); the body is a view of `bytes`.
 * @throws SerializationError on a length or CRC32 mismatch or an unreadable header
 */
export function decodeMessage(bytes: Uint8Array): EventMessage {
  let decoded;
  try {
    decoded = eventStreamCodec().decode(bytes);
  } catch (e) {
    throw new SerializationError(`malformed event message: ${e instanceof Error ? e.message : String(e)}`);
  }
  const headers: EventHeaders = {};
  for (const [name, h] of Object.entries(decoded.headers)) {
    Object.defineProperty(headers, name, {
      value: h.type === 'long' ? { type: 'long', value: h.value.valueOf() } : h,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { headers, body: decoded.body };
}

/**
 * Cut a byte stream into whole messages by the total length in each prelude. Chunks may end anywhere;
 * a message that lies within one chunk is passed on as a view (no copy), one spread over several
 * chunks is copied once when it is complete.
 * @param chunks the body bytes as they arrive (fetch `ReadableStream` chunks, or one buffer)
 * @returns each message's bytes, in order, as soon as it is complete
 * @throws SerializationError when the stream ends inside a message, or a prelude announces a length
 *   below 16 or above {@link MAX_MESSAGE_BYTES} bytes
 */
export async function* splitMessages(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array, void, undefined> {
  const pending = new ByteQueue();
  for await (const chunk of chunks) {
    if (chunk.byteLength === 0) continue;
    pending.push(chunk);
    for (;;) {
      const total = pending.peekUint32();
      if (total === undefined) break;
      if (total < MIN_MESSAGE_BYTES || total > MAX_MESSAGE_BYTES) {
        throw new SerializationError(`malformed event stream: a message announces ${total} bytes`);
      }
      if (pending.length < total) break;
      yield pending.take(total);
    }
  }
  if (pending.length > 0) throw new SerializationError(`truncated event stream: it ended ${pending.length} bytes into a message`);
}

/** Bytes received but not yet cut into messages, kept as the chunks they arrived in. */
class ByteQueue {
  private parts: Uint8Array[] = [];
  length = 0;

  push(chunk: Uint8Array): void {
    this.parts.push(chunk);
    this.length += chunk.byteLength;
  }

  /** The big-endian uint32 at the front (a prelude's total length), when 4 bytes are there. */
  peekUint32(): number | undefined {
    if (this.length < 4) return undefined;
    const first = this.parts[0]!;
    const head = first.byteLength >= 4 ? first : this.copy(4);
    return new DataView(head.buffer, head.byteOffset, 4).getUint32(0, false);
  }

  /** Remove and return the first `n` bytes (a view when they lie in one chunk). */
  take(n: number): Uint8Array {
    const first = this.parts[0]!;
    const out = first.byteLength >= n ? first.subarray(0, n) : this.copy(n);
    this.drop(n);
    return out;
  }

  private copy(n: number): Uint8Array {
    const out = new Uint8Array(n);
    let at = 0;
    for (const p of this.parts) {
      if (at === n) break;
      const part = p.subarray(0, n - at);
      out.set(part, at);
      at += part.byteLength;
    }
    return out;
  }

  private drop(n: number): void {
    this.length -= n;
    while (n > 0) {
      const first = this.parts[0]!;
      if (first.byteLength <= n) {
        this.parts.shift();
        n -= first.byteLength;
      } else {
        this.parts[0] = first.subarray(n);
        n = 0;
      }
    }
  }
}
