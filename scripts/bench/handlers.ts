/**
 * Benchmark: generated MSW handler overhead and default-data cost.
 *
 * 1. Per-request time of the generated `retryDataReplicationHandler()` (parse,
 *    validate, default SourceServer, serialise) beside a hand-written static
 *    `http.post` handler returning the same JSON, through msw/node with many
 *    sequential `fetch`es in block pairs in one process (which side runs first
 *    alternates per pair); the ratio is the median over pairs of generated ÷
 *    static CPU time per request (`process.cpuUsage`, user + system: what a
 *    request costs, little affected by other processes on the machine), with
 *    the quartiles of the pair ratios and the wall-time ratio beside it
 *    (goal ≤ 1.1×).
 * 2. Time to build one default DRS `SourceServer` with `fakeStructure` (µs, median).
 *
 * Uses the built packages (`dist/`): run `pnpm build` first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, type BenchContext } from './context.js';

/** Sequential requests per block; each pair runs one block per handler. */
const REQUESTS_PER_BLOCK = 300;
/** Block pairs (at least; `--runs` × 2 when larger). */
const MIN_PAIRS = 12;
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

/** CPU and wall µs per request over `n` sequential requests (each body read to the end). */
async function timeRequests(n: number): Promise<{ cpuUs: number; wallUs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const response = await post();
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`unexpected status ${response.status}`);
  }
  const wallUs = ((performance.now() - start) * 1000) / n;
  const used = process.cpuUsage(cpu);
  return { cpuUs: (used.user + used.system) / n, wallUs };
}

/** The lower and upper quartile. */
function quartiles(xs: readonly number[]): [number, number] {
  const s = [...xs].sort((a, b) => a - b);
  return [s[Math.floor((s.length - 1) / 4)]!, s[Math.ceil(((s.length - 1) * 3) / 4)]!];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

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
    const cpuRatios: number[] = [];
    const wallRatios: number[] = [];
    const pairs = Math.max(MIN_PAIRS, ctx.runs * 2);
    for (let pair = 0; pair < pairs; pair++) {
      const order = pair % 2 === 0 ? (['static', 'generated'] as const) : (['generated', 'static'] as const);
      const times = { static: { cpuUs: 0, wallUs: 0 }, generated: { cpuUs: 0, wallUs: 0 } };
      for (const which of order) {
        use(which);
        times[which] = await timeRequests(REQUESTS_PER_BLOCK);
      }
      generatedUs.push(times.generated.cpuUs);
      staticUs.push(times.static.cpuUs);
      cpuRatios.push(times.generated.cpuUs / times.static.cpuUs);
      wallRatios.push(times.generated.wallUs / times.static.wallUs);
    }

    const builds: number[] = [];
    for (let batch = 0; batch < Math.max(ctx.runs, 5) * 4; batch++) {
      const start = performance.now();
      for (let i = 0; i < BUILDS_PER_BATCH; i++) mswRuntime.fakeStructure(types.SourceServer$, { seed: batch * BUILDS_PER_BATCH + i });
      builds.push(((performance.now() - start) * 1000) / BUILDS_PER_BATCH);
    }

    const result = {
      what: 'msw/node, sequential fetch of POST /RetryDataReplication: generated handler (parse + validate + default SourceServer + serialise) vs static http.post returning the same JSON; fakeStructure(SourceServer$) with a fresh seed each time',
      method: 'ratio = median over block pairs of generated ÷ static CPU time per request (order alternating per pair)',
      requestsPerBlock: REQUESTS_PER_BLOCK,
      blockPairs: pairs,
      generatedMedianCpuUsPerRequest: Math.round(median(generatedUs)),
      staticMedianCpuUsPerRequest: Math.round(median(staticUs)),
      ratio: round2(median(cpuRatios)),
      ratioQuartiles: quartiles(cpuRatios).map(round2),
      wallRatio: round2(median(wallRatios)),
      goalRatio: 1.1,
      sourceServerBuildMedianUs: Math.round(median(builds) * 10) / 10,
      samplesGeneratedCpuUs: generatedUs.map(Math.round),
      samplesStaticCpuUs: staticUs.map(Math.round),
    };
    console.log(
      `handlers: generated ${result.generatedMedianCpuUsPerRequest} vs static ${result.staticMedianCpuUsPerRequest} CPU µs/request, ` +
        `median pair ratio ${result.ratio}× (quartiles ${result.ratioQuartiles.join('–')}; wall ${result.wallRatio}×), goal ≤ ${result.goalRatio}×; ` +
        `default SourceServer ${result.sourceServerBuildMedianUs} µs (median)`,
    );
    return result;
  } finally {
    server.close();
  }
}
