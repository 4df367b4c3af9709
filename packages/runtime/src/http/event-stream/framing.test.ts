import { EventStreamCodec } from '@smithy/eventstream-codec';
import { describe, expect, it } from 'vitest';
import { fromBase64 } from '../../bytes/base64.js';
import { utf8Decode, utf8Encode } from '../../bytes/utf8.js';
import { SerializationError } from '../../codecs/serialization-error.js';
import { decodeMessage, encodeMessage, splitMessages } from './framing.js';
import type { EventMessage } from './messages.js';

/** `BooleanHeaderInput` of the Smithy restJson1 event-stream protocol tests. */
const BOOLEAN_HEADER_FRAME = 'AAAASwAAADv7Cl8VDTptZXNzYWdlLXR5cGUHAAVldmVudAs6ZXZlbnQtdHlwZQcAB2hlYWRlcnMNYm9vbGVhbkhlYWRlcgC4J9Ws';

const EVERY_HEADER_TYPE: EventMessage = {
  headers: {
    bool: { type: 'boolean', value: false },
    byte: { type: 'byte', value: -7 },
    short: { type: 'short', value: 300 },
    int: { type: 'integer', value: -70000 },
    long: { type: 'long', value: 4294967294 },
    bin: { type: 'binary', value: utf8Encode('bytes') },
    str: { type: 'string', value: 'héllo' },
    time: { type: 'timestamp', value: new Date(1730384114000) },
    id: { type: 'uuid', value: '0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9' },
  },
  body: utf8Encode('{"a":1}'),
};

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function collect(source: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const m of source) out.push(m);
  return out;
}

describe('event message framing', () => {
  it('encodes the protocol tests frame byte for byte and decodes it back', () => {
    const message: EventMessage = {
      headers: {
        ':message-type': { type: 'string', value: 'event' },
        ':event-type': { type: 'string', value: 'headers' },
        booleanHeader: { type: 'boolean', value: true },
      },
      body: new Uint8Array(0),
    };
    expect(encodeMessage(message)).toEqual(fromBase64(BOOLEAN_HEADER_FRAME));
    expect(decodeMessage(fromBase64(BOOLEAN_HEADER_FRAME))).toEqual(message);
  });

  it('round-trips every header type, long values as numbers', () => {
    const decoded = decodeMessage(encodeMessage(EVERY_HEADER_TYPE));
    expect(decoded).toEqual(EVERY_HEADER_TYPE);
    expect(decoded.headers['long']).toEqual({ type: 'long', value: 4294967294 });
  });

  it('agrees with the SDK codec in both directions', () => {
    const sdk = new EventStreamCodec(utf8Decode, utf8Encode);
    const ours = encodeMessage(EVERY_HEADER_TYPE);
    const theirs = sdk.decode(ours);
    expect(utf8Decode(theirs.body)).toBe('{"a":1}');
    expect(theirs.headers['str']).toEqual({ type: 'string', value: 'héllo' });
    expect(theirs.headers['long']!.value.valueOf()).toBe(4294967294);
    expect(decodeMessage(sdk.encode(theirs))).toEqual(EVERY_HEADER_TYPE);
  });

  it('rejects a message whose CRC does not match', () => {
    const bytes = encodeMessage(EVERY_HEADER_TYPE);
    bytes[bytes.length - 6] = bytes[bytes.length - 6]! ^ 0xff; // a body byte
    expect(() => decodeMessage(bytes)).toThrow(SerializationError);
    expect(() => decodeMessage(bytes)).toThrow(/malformed event message: The message checksum/);
  });
});

describe('splitMessages', () => {
  const a = encodeMessage({ headers: { n: { type: 'integer', value: 1 } }, body: utf8Encode('first') });
  const b = encodeMessage({ headers: {}, body: new Uint8Array(0) });
  const c = encodeMessage(EVERY_HEADER_TYPE);
  const stream = new Uint8Array([...a, ...b, ...c]);

  it('cuts messages out of chunks of any size', async () => {
    for (const size of [1, 2, 3, 5, 16, 17, 64, stream.length]) {
      expect(await collect(splitMessages(chunksOf(stream, size))), `chunks of ${size} bytes`).toEqual([a, b, c]);
    }
  });

  it('passes a message that lies in one chunk on as a view of it', async () => {
    const [first] = await collect(splitMessages(chunksOf(stream, stream.length)));
    expect(first!.buffer).toBe(stream.buffer);
  });

  it('fails on a stream that ends inside a message', async () => {
    await expect(collect(splitMessages(chunksOf(stream.subarray(0, stream.length - 3), 7)))).rejects.toThrow(
      `truncated event stream: it ended ${c.length - 3} bytes into a message`,
    );
  });

  it('fails on a prelude announcing an impossible length', async () => {
    await expect(collect(splitMessages(chunksOf(new Uint8Array([0, 0, 0, 8, 1, 2, 3, 4]), 8)))).rejects.toThrow(
      'malformed event stream: a message announces 8 bytes',
    );
  });
});
