import { describe, expect, it } from 'vitest';
import { byteChunks, collectBytes, readableFromChunks } from './byte-streams.js';

const bytes = (...values: number[]) => new Uint8Array(values);

function trackedStream(chunks: Uint8Array[]): { stream: ReadableStream<Uint8Array>; state: { pulls: number; cancelled: unknown } } {
  const state = { pulls: 0, cancelled: undefined as unknown };
  let i = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        state.pulls++;
        if (i < chunks.length) controller.enqueue(chunks[i++]!);
        else controller.close();
      },
      cancel(reason) {
        state.cancelled = reason ?? 'cancelled';
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

describe('byte streams', () => {
  it('collects a ReadableStream, an async iterable and a buffer', async () => {
    expect(await collectBytes(trackedStream([bytes(1, 2), bytes(3)]).stream)).toEqual(bytes(1, 2, 3));
    expect(await collectBytes((async function* () { yield bytes(4); yield bytes(5, 6); })())).toEqual(bytes(4, 5, 6));
    expect(await collectBytes(bytes())).toBeUndefined();
  });

  it('cancels the source when the consumer stops early', async () => {
    const { stream, state } = trackedStream([bytes(1), bytes(2), bytes(3)]);
    for await (const chunk of byteChunks(stream)) {
      expect(chunk).toEqual(bytes(1));
      break;
    }
    expect(state.cancelled).toBe('cancelled');
  });

  it('stopping early on one branch of a tee\'d body (a cloned Request) returns without waiting for the other branch', async () => {
    const [branch, other] = trackedStream([bytes(1), bytes(2)]).stream.tee();
    const read: Uint8Array[] = [];
    for await (const chunk of byteChunks(branch)) {
      read.push(chunk);
      break;
    }
    expect(read).toEqual([bytes(1)]);
    expect(branch.locked).toBe(false);
    await other.cancel();
  });

  it('cancels the source and throws the reason when the signal aborts', async () => {
    const { stream, state } = trackedStream([bytes(1), bytes(2), bytes(3)]);
    const controller = new AbortController();
    const seen: Uint8Array[] = [];
    const reading = (async () => {
      for await (const chunk of byteChunks(stream, controller.signal)) {
        seen.push(chunk);
        controller.abort(new Error('stop'));
      }
    })();
    await expect(reading).rejects.toThrow('stop');
    expect(seen).toEqual([bytes(1)]);
    expect(state.cancelled).not.toBeUndefined();
  });

  it('readableFromChunks pulls one chunk per read and returns the iterator on cancel', async () => {
    let produced = 0;
    let finished = false;
    async function* source(): AsyncGenerator<Uint8Array> {
      try {
        for (;;) {
          produced++;
          yield bytes(produced);
        }
      } finally {
        finished = true;
      }
    }
    const reader = readableFromChunks(source()).getReader();
    expect((await reader.read()).value).toEqual(bytes(1));
    expect(produced).toBeLessThanOrEqual(2);
    await reader.cancel('enough');
    expect(finished).toBe(true);
  });

  it('readableFromChunks errors the stream with the iterable error', async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield bytes(1);
      throw new TypeError('cut');
    }
    await expect(collectBytes(readableFromChunks(failing()))).rejects.toThrow('cut');
  });
});
