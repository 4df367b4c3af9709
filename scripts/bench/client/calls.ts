/**
 * In-memory transports for the per-call benchmark: our client and the SDK's get the same canned response
 * without any network — a custom `requestHandler` on each side answering plain status, headers and body
 * bytes. Both sign with SigV4 and parse the whole output.
 */
import type { ClientTarget } from './targets.js';

const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

type Ctor = new (config: Record<string, unknown>) => unknown;

/** One call of our lite client through a custom `requestHandler`. */
export function anvilCaller(mod: Record<string, unknown>, t: ClientTarget): () => Promise<unknown> {
  const bytes = new TextEncoder().encode(t.response.body);
  const requestHandler = async () => ({ status: 200, headers: { ...t.response.headers }, body: bytes });
  const client = new (mod[t.liteClient] as Ctor)({ region: 'us-east-1', credentials: CREDENTIALS, requestHandler, deprecationWarnings: false });
  const op = mod[t.operationFn] as (c: unknown, i: unknown) => Promise<unknown>;
  return () => op(client, t.input);
}

/** One call of the AWS SDK client (`client.send(new Command(input))`) through a custom `requestHandler`. */
export function sdkCaller(mod: Record<string, unknown>, protocolHttp: Record<string, unknown>, t: ClientTarget): () => Promise<unknown> {
  const bytes = new TextEncoder().encode(t.response.body);
  const HttpResponse = protocolHttp.HttpResponse as new (o: Record<string, unknown>) => unknown;
  const requestHandler = {
    handle: async () => ({ response: new HttpResponse({ statusCode: 200, headers: { ...t.response.headers }, body: bytes }) }),
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
  };
  const client = new (mod[t.sdkClient] as Ctor)({ region: 'us-east-1', credentials: CREDENTIALS, requestHandler }) as { send(c: unknown): Promise<unknown> };
  const Command = mod[t.sdkCommand] as new (i: unknown) => unknown;
  return () => client.send(new Command(t.input));
}

/** Calls per timed sample. */
const CALLS = 1000;
/** Untimed calls of each side first (alternating), so both are optimised by the JIT before any sample. */
const WARM_UP = 2000;
/** Sample pairs per requested run: many short pairs follow machine load more closely than a few long ones. */
const PAIRS_PER_RUN = 3;

/** Calls per second of one timed sample. */
async function sample(call: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < CALLS; i++) await call();
  return Math.round((CALLS * 1000) / (performance.now() - start));
}

/** Median of a non-empty sample. */
function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** What {@link callsPerSecond} measures for one side. */
export interface CallRate {
  readonly median: number;
  readonly samples: readonly number[];
}

/**
 * Calls per second of both callers, measured the same way side by side: {@link WARM_UP} calls of each
 * (alternating) first, then `runs` × {@link PAIRS_PER_RUN} pairs of timed samples of {@link CALLS} calls, ours
 * then theirs, with the order swapped every other pair, so that load drifting during the run (the machine may
 * be shared) hits both alike. `speedup` is the median of the pairs' ratios (each pair ran under the same load),
 * which is steadier on a busy machine than the ratio of the two medians (also given).
 */
export async function callsPerSecond(
  anvil: () => Promise<unknown>,
  sdk: () => Promise<unknown>,
  runs: number,
): Promise<{ anvil: CallRate; sdk: CallRate; speedup: number; ratioOfMedians: number; callsPerSample: number }> {
  for (let i = 0; i < WARM_UP; i++) {
    await anvil();
    await sdk();
  }
  const a: number[] = [];
  const s: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < runs * PAIRS_PER_RUN; r++) {
    let ours: number;
    let theirs: number;
    if (r % 2 === 0) {
      ours = await sample(anvil);
      theirs = await sample(sdk);
    } else {
      theirs = await sample(sdk);
      ours = await sample(anvil);
    }
    a.push(ours);
    s.push(theirs);
    ratios.push(ours / theirs);
  }
  const anvilRate = { median: median(a), samples: a };
  const sdkRate = { median: median(s), samples: s };
  return {
    anvil: anvilRate,
    sdk: sdkRate,
    speedup: Number(median(ratios).toFixed(2)),
    ratioOfMedians: Number((anvilRate.median / sdkRate.median).toFixed(2)),
    callsPerSample: CALLS,
  };
}
