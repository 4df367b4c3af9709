/**
 * Benchmark: generated MSW handler overhead and default-data cost.
 *
 * 1. Per-request time of the generated `retryDataReplicationHandler()` (parse,
 *    validate, default SourceServer, serialise) beside a hand-written static
 *    `http.post` handler returning the same JSON, through msw/node with many
 *    sequential `fetch`es, alternating blocks in one process; reports the ratio
 *    (goal ≤ 1.1×).
 * 2. Time to build one default DRS `SourceServer` with `fakeStructure` (µs, median).
 *
 * Uses the built packages (`dist/`): run `pnpm build` first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, type BenchContext } from './context.js';

/** Sequential requests per block; blocks alternate between the two handlers. */
const REQUESTS_PER_BLOCK = 400;
/** Warm-up requests per handler before measuring. */
const WARMUP = 200;
/** SourceServer builds per timed batch. */
const BUILDS_PER_BATCH = 200;

const URL_ = 'https://drs.us-east-1.amazonaws.com/RetryDataReplication';
const BODY = JSON.stringify({ sourceServerID: 's-1234567890abcdef0' });

type Msw = typeof import('msw');
type MswNode = typeof import('msw/node');

async function importFrom<T>(root: string, ...path: string[]): Promise<T> {
  const file = join(root, ...path);
  if (!existsSync(file)) throw new Error(`Build first: pnpm build (missing ${file})`);
  return (await import(pathToFileURL(file).href)) as T;
}

function post(): Promise<Response> {
  return fetch(URL_, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY });
}

/** Mean µs per request over `n` sequential requests (each body read to the end). */
async function timeRequests(n: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const response = await post();
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`unexpected status ${response.status}`);
  }
  return ((performance.now() - start) * 1000) / n;
}

export default async function benchHandlers(ctx: BenchContext) {
  const mswDir = join(ctx.root, 'packages', 'msw-runtime', 'node_modules', 'msw', 'lib');
  const msw = await importFrom<Msw>(mswDir, 'core', 'index.mjs');
  const { setupServer } = await importFrom<MswNode>(mswDir, 'node', 'index.mjs');
  const generated = await importFrom<typeof import('@anvil-gen/drs-msw')>(ctx.root, 'packages', 'generated', 'drs', 'msw', 'dist', 'index.js');
  const mswRuntime = await importFrom<typeof import('@anvil/msw-runtime')>(ctx.root, 'packages', 'msw-runtime', 'dist', 'index.js');
  const types = await importFrom<typeof import('@anvil-gen/drs-types')>(ctx.root, 'packages', 'generated', 'drs', 'types', 'dist', 'index.js');

  const server = setupServer();
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const generatedHandler = () => generated.retryDataReplicationHandler(undefined, { validate: true });
    server.resetHandlers(generatedHandler());
    const sameJson: unknown = await (await post()).json();
    const staticHandler = () => msw.http.post(URL_, () => msw.HttpResponse.json(sameJson as Record<string, unknown>));

    const use = (which: 'generated' | 'static') => server.resetHandlers(which === 'generated' ? generatedHandler() : staticHandler());
    use('generated');
    await timeRequests(WARMUP);
    use('static');
    await timeRequests(WARMUP);

    const generatedUs: number[] = [];
    const staticUs: number[] = [];
    for (let run = 0; run < ctx.runs; run++) {
      use('static');
      staticUs.push(await timeRequests(REQUESTS_PER_BLOCK));
      use('generated');
      generatedUs.push(await timeRequests(REQUESTS_PER_BLOCK));
    }

    const builds: number[] = [];
    for (let batch = 0; batch < Math.max(ctx.runs, 5) * 4; batch++) {
      const start = performance.now();
      for (let i = 0; i < BUILDS_PER_BATCH; i++) mswRuntime.fakeStructure(types.SourceServer$, { seed: batch * BUILDS_PER_BATCH + i });
      builds.push(((performance.now() - start) * 1000) / BUILDS_PER_BATCH);
    }

    const result = {
      what: 'msw/node, sequential fetch of POST /RetryDataReplication: generated handler (parse + validate + default SourceServer + serialise) vs static http.post returning the same JSON; fakeStructure(SourceServer$) with a fresh seed each time',
      requestsPerBlock: REQUESTS_PER_BLOCK,
      generatedMedianUsPerRequest: Math.round(median(generatedUs)),
      staticMedianUsPerRequest: Math.round(median(staticUs)),
      ratio: Math.round((median(generatedUs) / median(staticUs)) * 100) / 100,
      goalRatio: 1.1,
      sourceServerBuildMedianUs: Math.round(median(builds) * 10) / 10,
      samplesGeneratedUs: generatedUs.map(Math.round),
      samplesStaticUs: staticUs.map(Math.round),
    };
    console.log(
      `handlers: generated ${result.generatedMedianUsPerRequest} µs/request vs static ${result.staticMedianUsPerRequest} µs/request ` +
        `(${result.ratio}×, goal ≤ ${result.goalRatio}×); default SourceServer ${result.sourceServerBuildMedianUs} µs (median)`,
    );
    return result;
  } finally {
    server.close();
  }
}
