/**
 * Benchmark: 10,000 Bedrock `ConverseStream` events through the generated mock (msw/node), read by our
 * generated client and by `@aws-sdk/client-bedrock-runtime@3.1178.0` (with `NodeHttpHandler`, which
 * msw/node intercepts) side by side in one run: events/s (median of the runs, readers interleaved) and
 * the heap while streaming — before (after a full GC), the peak (sampled every 500 events), after (GC
 * once the stream is read), and the heap retained at 1,000 vs 10,000 events (GC at both points: flat
 * memory means the difference stays small, whatever the stream length).
 *
 * The mock's events come from an async generator (nothing is built ahead), the same ~60-byte text delta
 * each. Needs the built packages (`pnpm build`).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { median, type BenchContext } from './context.js';

const EVENTS = 10_000;
const SAMPLE_EVERY = 500;
const DELTA = { contentBlockDelta: { contentBlockIndex: 0, delta: { text: 'streamed token text of about sixty bytes, 0123456789' } } };
const REQUEST = { modelId: 'anthropic.claude-3-haiku-20240307-v1:0', messages: [{ role: 'user' as const, content: [{ text: 'Stream' }] }] };
const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The mock's stream: message start, EVENTS − 2 text deltas, message stop, from a generator. */
async function* answer(): AsyncGenerator<Record<string, unknown>> {
  yield { messageStart: { role: 'assistant' } };
  for (let i = 0; i < EVENTS - 2; i++) yield DELTA;
  yield { messageStop: { stopReason: 'end_turn' } };
}

interface ReadResult {
  eventsPerSecond: number;
  events: number;
  heap: { beforeBytes: number; peakBytes: number; afterBytes: number; retainedAt1000Bytes: number; retainedAt10000Bytes: number };
}

/** Read one whole stream, timing it; with `memory`, sample the heap while reading (slower: not timed). */
async function read(open: () => Promise<AsyncIterable<unknown>>, memory: boolean): Promise<ReadResult> {
  await settle();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  let at1000 = 0;
  let count = 0;
  const start = performance.now();
  for await (const _event of await open()) {
    count++;
    if (!memory) continue;
    if (count % SAMPLE_EVERY === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (count === 1000) {
      await settle();
      at1000 = process.memoryUsage().heapUsed;
    }
  }
  const ms = performance.now() - start;
  let at10000 = 0;
  if (memory) {
    await settle();
    at10000 = process.memoryUsage().heapUsed;
  }
  if (count !== EVENTS) throw new Error(`expected ${EVENTS} events, read ${count}`);
  await settle();
  const after = process.memoryUsage().heapUsed;
  return {
    eventsPerSecond: Math.round((count * 1000) / ms),
    events: count,
    heap: { beforeBytes: before, peakBytes: peak, afterBytes: after, retainedAt1000Bytes: at1000, retainedAt10000Bytes: at10000 },
  };
}

type Ctor<T> = new (config: Record<string, unknown>) => T;
interface MswNode {
  setupServer(...handlers: unknown[]): { listen(options: { onUnhandledRequest: 'error' }): void; close(): void };
}
interface BedrockMsw {
  converseStreamHandler(override: { stream: () => AsyncIterable<Record<string, unknown>> }): unknown;
}
interface OurBedrock {
  converseStream(input: typeof REQUEST): Promise<{ stream?: AsyncIterable<unknown> }>;
}
interface SdkBedrock {
  BedrockRuntimeClient: Ctor<{ send(command: unknown): Promise<{ stream?: AsyncIterable<unknown> }> }>;
  ConverseStreamCommand: new (input: typeof REQUEST) => unknown;
}

/** Let in-flight work (the mock's side of the stream, msw's bookkeeping) settle, then collect twice. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  gc();
  gc();
}

export default async function benchEventStreams(ctx: BenchContext) {
  const dir = join(ctx.root, 'packages', 'integration-tests');
  const require = createRequire(join(dir, 'package.json'));
  const load = async <T>(name: string) => (await import(pathToFileURL(require.resolve(name)).href)) as T;

  const { setupServer } = await load<MswNode>('msw/node');
  const mock = await load<BedrockMsw>('@anvil-gen/bedrock-runtime-msw');
  const { BedrockRuntimeClient } = await load<{ BedrockRuntimeClient: Ctor<OurBedrock> }>('@anvil-gen/bedrock-runtime-client');
  const sdkModule = await load<SdkBedrock>('@aws-sdk/client-bedrock-runtime');
  const { NodeHttpHandler } = await load<{ NodeHttpHandler: new () => unknown }>('@smithy/node-http-handler');

  const server = setupServer(mock.converseStreamHandler({ stream: () => answer() }));
  server.listen({ onUnhandledRequest: 'error' });
  const ours = new BedrockRuntimeClient({ region: 'us-east-1', credentials: CREDENTIALS });
  const sdk = new sdkModule.BedrockRuntimeClient({ region: 'us-east-1', credentials: CREDENTIALS, maxAttempts: 1, requestHandler: new NodeHttpHandler() });
  const readers = {
    anvil: async () => (await ours.converseStream(REQUEST)).stream!,
    sdk: async () => (await sdk.send(new sdkModule.ConverseStreamCommand(REQUEST))).stream!,
  };
  try {
    // warm-up (both modes: the first sampled read of a process retains ~2.5 MiB of one-time code and
    // caches), then one memory-sampled read each, then interleaved timed reads
    for (const mode of [false, true]) {
      await read(readers.anvil, mode);
      await read(readers.sdk, mode);
    }
    const memory = { anvil: (await read(readers.anvil, true)).heap, sdk: (await read(readers.sdk, true)).heap };
    const samples: { anvil: number[]; sdk: number[] } = { anvil: [], sdk: [] };
    for (let r = 0; r < ctx.runs; r++) {
      samples.anvil.push((await read(readers.anvil, false)).eventsPerSecond);
      samples.sdk.push((await read(readers.sdk, false)).eventsPerSecond);
    }
    const mib = (b: number) => Number((b / 1048576).toFixed(2));
    const heap = (h: ReadResult['heap']) => ({
      beforeMiB: mib(h.beforeBytes),
      peakMiB: mib(h.peakBytes),
      afterMiB: mib(h.afterBytes),
      retainedAt1000MiB: mib(h.retainedAt1000Bytes),
      retainedAt10000MiB: mib(h.retainedAt10000Bytes),
      growth1000To10000MiB: mib(h.retainedAt10000Bytes - h.retainedAt1000Bytes),
    });
    const result = {
      what: `${EVENTS} ConverseStream events (generated mock, msw/node) read by our generated client vs @aws-sdk/client-bedrock-runtime@3.1178.0 (NodeHttpHandler), one process`,
      events: EVENTS,
      eventsPerSecond: {
        anvil: median(samples.anvil),
        sdk: median(samples.sdk),
        ratio: Number((median(samples.anvil) / median(samples.sdk)).toFixed(2)),
        samplesAnvil: samples.anvil,
        samplesSdk: samples.sdk,
      },
      heap: { anvil: heap(memory.anvil), sdk: heap(memory.sdk), note: 'heapUsed of the whole process (mock and reader); retained = after a full GC' },
    };
    console.log(
      `event streams: ${EVENTS} events/stream — ours ${result.eventsPerSecond.anvil} events/s vs SDK ${result.eventsPerSecond.sdk} (${result.eventsPerSecond.ratio}x); ` +
        `heap (ours) before ${result.heap.anvil.beforeMiB} MiB, peak ${result.heap.anvil.peakMiB}, after ${result.heap.anvil.afterMiB}, ` +
        `retained 1k→10k events ${result.heap.anvil.growth1000To10000MiB} MiB`,
    );
    return result;
  } finally {
    server.close();
  }
}
