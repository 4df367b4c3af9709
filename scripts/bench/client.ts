/**
 * Benchmark: the generated DRS client against `@aws-sdk/client-drs@3.523.0`, side by side in one run.
 *
 * - bundle: one-operation browser bundle (esbuild --bundle --platform=browser --format=esm --minify), gzip -9 bytes,
 *   `DrsLiteClient` + `retryDataReplication` vs `DrsClient` + `RetryDataReplicationCommand`.
 * - calls/s: sequential calls through an in-memory transport returning the same canned response (a custom
 *   `requestHandler` on both sides, answering plain status, headers and body bytes); both sign with SigV4 and parse
 *   the output.
 *
 * Needs the built packages (`pnpm build`): both clients are loaded from their published entry points.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, type BenchContext } from './context.js';
import { ANVIL_ENTRY, SDK_ENTRY, bundleBrowser } from './client/bundle.js';
import { CANNED_BODY, anvilCaller, sdkCaller } from './client/calls.js';

/** Calls per timed sample. */
const CALLS = 2000;

/** Calls per second of one timed sample. */
async function sample(call: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < CALLS; i++) await call();
  return Math.round((CALLS * 1000) / (performance.now() - start));
}

/**
 * Calls per second of both callers, samples interleaved (ours, theirs, ours, …) so
 * that machine load drifting during the run affects both alike.
 */
async function callsPerSecond(
  callers: { anvil: () => Promise<unknown>; sdk: () => Promise<unknown> },
  runs: number,
): Promise<{ anvil: { median: number; samples: number[] }; sdk: { median: number; samples: number[] } }> {
  for (let i = 0; i < 300; i++) {
    await callers.anvil();
    await callers.sdk();
  }
  const a: number[] = [];
  const s: number[] = [];
  for (let r = 0; r < runs; r++) {
    a.push(await sample(callers.anvil));
    s.push(await sample(callers.sdk));
  }
  return { anvil: { median: median(a), samples: a }, sdk: { median: median(s), samples: s } };
}

export default async function benchClient(ctx: BenchContext) {
  const dir = join(ctx.root, 'packages', 'integration-tests');
  const require = createRequire(join(dir, 'package.json'));
  const load = async (name: string) => (await import(pathToFileURL(require.resolve(name)).href)) as Record<string, unknown>;

  const ours = await bundleBrowser(ANVIL_ENTRY, dir);
  const sdk = await bundleBrowser(SDK_ENTRY, dir);

  const anvil = anvilCaller(await load('@anvil-gen/drs-client'));
  const aws = sdkCaller(await load('@aws-sdk/client-drs'), await load('@smithy/protocol-http'));
  const { anvil: a, sdk: s } = await callsPerSecond({ anvil, sdk: aws }, ctx.runs);

  const result = {
    what: 'generated DRS client vs @aws-sdk/client-drs@3.523.0: one-operation browser bundle, per-call overhead with an in-memory transport',
    bundle: {
      anvilGzipBytes: ours.gzipBytes,
      anvilMinBytes: ours.bytes,
      sdkGzipBytes: sdk.gzipBytes,
      sdkMinBytes: sdk.bytes,
      ratio: Number((ours.gzipBytes / sdk.gzipBytes).toFixed(3)),
      goalRatio: 0.15,
    },
    callsPerSecond: {
      anvil: a.median,
      sdk: s.median,
      speedup: Number((a.median / s.median).toFixed(2)),
      goalSpeedup: 5,
      callsPerSample: CALLS,
      samplesAnvil: a.samples,
      samplesSdk: s.samples,
      responseBytes: CANNED_BODY.length,
    },
  };
  console.log(
    `client bundle: ours ${ours.gzipBytes} B gz vs SDK ${sdk.gzipBytes} B gz (${(result.bundle.ratio * 100).toFixed(1)}%, ` +
      `goal ≤ 15%: ${result.bundle.ratio <= 0.15 ? 'met' : 'MISSED'}); ` +
      `calls/s: ours ${a.median} vs SDK ${s.median} (${result.callsPerSecond.speedup}x, goal ≥ 5x: ${result.callsPerSecond.speedup >= 5 ? 'met' : 'MISSED'})`,
  );
  return result;
}
