/**
 * Benchmark: a stateful request beside a stateless generated handler's, in one run (issue #17;
 * goal ≤ 1.5×). Both handler sets cover every DRS operation (`createHandlers()` and
 * `createStatefulHandlers()` over a store of 250 seeded source servers), with the measured
 * operation's handler moved first in both, so msw tries the same handlers before it. Cases, each
 * answering the same number of items on both sides:
 *
 * - `RetryDataReplication` of one seeded source server: the stateless handler's default output
 *   (serialised once, then reused) vs the store's item laid over the default output, serialised;
 * - `DescribeSourceServers`, a page of 25: the stateless handler answering a fixed 25-item page
 *   (its override: the same items, merged over the default output and serialised per request; its
 *   default collection holds only 5) vs a page of the store (filters, page size, page token).
 *
 * Method: sequential `fetch`es through `msw/node`; warm-up on both sides, then block pairs of
 * {@link REQUESTS_PER_BLOCK} requests per side, the order alternating (stateless first, then
 * stateful first) so that load drifting during the run hits both alike. Each block's CPU time
 * (`process.cpuUsage`, user + system: what a request costs, little affected by the other
 * processes of a busy machine) and wall time are taken; the reported ratio is the median of the
 * per-pair ratios (stateful ÷ stateless), with the quartiles of the pair ratios as the spread.
 *
 * Uses the built packages (`dist/`): run `pnpm build` first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HttpHandler } from 'msw';
import { median, type BenchContext } from './context.js';

const REQUESTS_PER_BLOCK = 80;
/** Block pairs per case (at least; `--runs` × 2 when larger). */
const MIN_PAIRS = 12;
const WARMUP = 160;
const HOST = 'https://drs.us-east-1.amazonaws.com';

type MswNode = typeof import('msw/node');
type Generated = typeof import('@anvil-gen/drs-msw');

async function importFrom<T>(root: string, ...path: string[]): Promise<T> {
  const file = join(root, ...path);
  if (!existsSync(file)) throw new Error(`Build first: pnpm build (missing ${file})`);
  return (await import(pathToFileURL(file).href)) as T;
}

interface Case {
  readonly name: string;
  readonly path: string;
  readonly body: string;
  /** The stateless handler set (the measured handler first). */
  readonly stateless: HttpHandler[];
  /** The stateful handler set (the measured handler first). */
  readonly stateful: HttpHandler[];
}

async function send(path: string, body: string): Promise<Response> {
  return fetch(`${HOST}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

/** One block: CPU and wall time per request, µs. */
async function timeBlock(n: number, path: string, body: string): Promise<{ cpuUs: number; wallUs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const response = await send(path, body);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`unexpected status ${response.status} for ${path}`);
  }
  const wallUs = ((performance.now() - start) * 1000) / n;
  const used = process.cpuUsage(cpu);
  return { cpuUs: (used.user + used.system) / n, wallUs };
}

/**
 * The handler set with the handler that answers `path` first: found by sending one request and
 * seeing whose `calls` grew.
 */
async function targetFirst(server: ReturnType<MswNode['setupServer']>, handlers: HttpHandler[], path: string, body: string): Promise<HttpHandler[]> {
  server.resetHandlers(...handlers);
  const before = handlers.map((h) => (h as HttpHandler & { calls?: unknown[] }).calls?.length ?? 0);
  await (await send(path, body)).arrayBuffer();
  const index = handlers.findIndex((h, i) => ((h as HttpHandler & { calls?: unknown[] }).calls?.length ?? 0) > before[i]!);
  if (index < 0) throw new Error(`no handler answered ${path}`);
  return [handlers[index]!, ...handlers.filter((_, i) => i !== index)];
}

function quartiles(xs: readonly number[]): [number, number] {
  const s = [...xs].sort((a, b) => a - b);
  return [s[Math.floor((s.length - 1) / 4)]!, s[Math.ceil(((s.length - 1) * 3) / 4)]!];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

async function measure(server: ReturnType<MswNode['setupServer']>, c: Case, pairs: number) {
  const use = (which: 'stateful' | 'stateless') => server.resetHandlers(...c[which]);
  for (const which of ['stateless', 'stateful', 'stateless', 'stateful'] as const) {
    use(which);
    await timeBlock(WARMUP / 2, c.path, c.body);
  }
  const samples = { stateless: [] as { cpuUs: number; wallUs: number }[], stateful: [] as { cpuUs: number; wallUs: number }[] };
  for (let pair = 0; pair < pairs; pair++) {
    const order = pair % 2 === 0 ? (['stateless', 'stateful'] as const) : (['stateful', 'stateless'] as const);
    for (const which of order) {
      use(which);
      samples[which].push(await timeBlock(REQUESTS_PER_BLOCK, c.path, c.body));
    }
  }
  const cpuRatios = samples.stateful.map((s, i) => s.cpuUs / samples.stateless[i]!.cpuUs);
  const wallRatios = samples.stateful.map((s, i) => s.wallUs / samples.stateless[i]!.wallUs);
  const result = {
    operation: c.name,
    ratio: round2(median(cpuRatios)),
    ratioQuartiles: quartiles(cpuRatios).map(round2),
    wallRatio: round2(median(wallRatios)),
    wallRatioQuartiles: quartiles(wallRatios).map(round2),
    statelessCpuUsPerRequest: Math.round(median(samples.stateless.map((s) => s.cpuUs))),
    statefulCpuUsPerRequest: Math.round(median(samples.stateful.map((s) => s.cpuUs))),
    statelessWallUsPerRequest: Math.round(median(samples.stateless.map((s) => s.wallUs))),
    statefulWallUsPerRequest: Math.round(median(samples.stateful.map((s) => s.wallUs))),
    samplesCpuRatio: cpuRatios.map(round2),
  };
  console.log(
    `stateful: ${c.name}: CPU ${result.statefulCpuUsPerRequest} vs ${result.statelessCpuUsPerRequest} µs/request, ` +
      `median pair ratio ${result.ratio}× (quartiles ${result.ratioQuartiles.join('–')}; wall ${result.wallRatio}×), goal ≤ 1.5×`,
  );
  return result;
}

export default async function benchStateful(ctx: BenchContext) {
  const mswDir = join(ctx.root, 'packages', 'msw-runtime', 'node_modules', 'msw', 'lib');
  const { setupServer } = await importFrom<MswNode>(mswDir, 'node', 'index.mjs');
  const generated = await importFrom<Generated>(ctx.root, 'packages', 'generated', 'drs', 'msw', 'dist', 'index.js');
  const store = generated.store;
  store.reset();
  const seeded = store.seed('SourceServer', 250);
  const id = seeded[125]?.sourceServerID ?? '';
  const server = setupServer();
  server.listen({ onUnhandledRequest: 'error' });
  const pairs = Math.max(MIN_PAIRS, ctx.runs * 2);
  try {
    const retry = { path: '/RetryDataReplication', body: JSON.stringify({ sourceServerID: id }) };
    const list = { path: '/DescribeSourceServers', body: JSON.stringify({ maxResults: 25 }) };
    // the page the stateless handler answers: the store's first 25 items and a next token, as the store's first page has
    const page = { items: seeded.slice(0, 25), nextToken: 'next-page' };
    const cases: Case[] = [
      {
        name: 'RetryDataReplication',
        ...retry,
        stateless: await targetFirst(server, generated.createHandlers(), retry.path, retry.body),
        stateful: await targetFirst(server, generated.createStatefulHandlers(), retry.path, retry.body),
      },
      {
        name: 'DescribeSourceServers (a page of 25)',
        ...list,
        stateless: [generated.describeSourceServersHandler(page), ...(await targetFirst(server, generated.createHandlers(), list.path, list.body)).slice(1)],
        stateful: await targetFirst(server, generated.createStatefulHandlers(), list.path, list.body),
      },
    ];
    const results = [];
    for (const c of cases) results.push(await measure(server, c, pairs));
    return {
      what:
        'msw/node, sequential fetch: the measured operation\'s handler first in createStatefulHandlers() (store of 250 source servers) and in createHandlers(); ' +
        'same items answered on both sides; ratio = median over block pairs of stateful ÷ stateless CPU time per request (order alternating per pair)',
      requestsPerBlock: REQUESTS_PER_BLOCK,
      blockPairs: pairs,
      goalRatio: 1.5,
      cases: results,
    };
  } finally {
    server.close();
    store.reset();
  }
}
