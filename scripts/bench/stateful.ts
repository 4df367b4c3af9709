/**
 * Benchmark: a stateful request beside a stateless generated handler's, in one run (issue #17;
 * goal ≤ 1.5×). Both handler sets cover every DRS operation, so msw walks the same number of
 * handlers: the stateless `createHandlers()` (parse, validate, cached default SourceServer) and
 * `createStatefulHandlers()` with the server seeded in a store of 250 (parse, validate, store
 * lookup, item laid over the default output, serialise). Requests: `POST /RetryDataReplication`
 * for one seeded source server, and one page of 25 source servers (`DescribeSourceServers`:
 * the stateless default page vs the store), sequential `fetch`es in alternating blocks.
 *
 * Uses the built packages (`dist/`): run `pnpm build` first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, type BenchContext } from './context.js';

const REQUESTS_PER_BLOCK = 300;
const WARMUP = 150;
const HOST = 'https://drs.us-east-1.amazonaws.com';

type MswNode = typeof import('msw/node');

async function importFrom<T>(root: string, ...path: string[]): Promise<T> {
  const file = join(root, ...path);
  if (!existsSync(file)) throw new Error(`Build first: pnpm build (missing ${file})`);
  return (await import(pathToFileURL(file).href)) as T;
}

async function timeRequests(n: number, path: string, body: string): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const response = await fetch(`${HOST}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`unexpected status ${response.status} for ${path}`);
  }
  return ((performance.now() - start) * 1000) / n;
}

export default async function benchStateful(ctx: BenchContext) {
  const mswDir = join(ctx.root, 'packages', 'msw-runtime', 'node_modules', 'msw', 'lib');
  const { setupServer } = await importFrom<MswNode>(mswDir, 'node', 'index.mjs');
  const generated = await importFrom<typeof import('@anvil-gen/drs-msw')>(ctx.root, 'packages', 'generated', 'drs', 'msw', 'dist', 'index.js');
  const store = generated.store;
  store.reset();
  const seeded = store.seed('SourceServer', 250);
  const id = seeded[125]?.sourceServerID ?? '';
  const cases = [
    { name: 'RetryDataReplication', path: '/RetryDataReplication', body: JSON.stringify({ sourceServerID: id }), },
    { name: 'DescribeSourceServers (25 per page)', path: '/DescribeSourceServers', body: JSON.stringify({ maxResults: 25 }), },
  ];
  const server = setupServer();
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const results = [];
    for (const c of cases) {
      const stateful = generated.createStatefulHandlers();
      const stateless = generated.createHandlers();
      const use = (which: 'stateful' | 'stateless') => server.resetHandlers(...(which === 'stateful' ? stateful : stateless));
      use('stateless');
      await timeRequests(WARMUP, c.path, c.body);
      use('stateful');
      await timeRequests(WARMUP, c.path, c.body);
      const statelessUs: number[] = [];
      const statefulUs: number[] = [];
      for (let run = 0; run < ctx.runs; run++) {
        use('stateless');
        statelessUs.push(await timeRequests(REQUESTS_PER_BLOCK, c.path, c.body));
        use('stateful');
        statefulUs.push(await timeRequests(REQUESTS_PER_BLOCK, c.path, c.body));
      }
      const ratio = Math.round((median(statefulUs) / median(statelessUs)) * 100) / 100;
      results.push({
        operation: c.name,
        statelessMedianUsPerRequest: Math.round(median(statelessUs)),
        statefulMedianUsPerRequest: Math.round(median(statefulUs)),
        ratio,
        samplesStatelessUs: statelessUs.map(Math.round),
        samplesStatefulUs: statefulUs.map(Math.round),
      });
      console.log(`stateful: ${c.name}: stateful ${Math.round(median(statefulUs))} µs/request vs stateless ${Math.round(median(statelessUs))} µs/request (${ratio}×, goal ≤ 1.5×)`);
    }
    return {
      what: 'msw/node, sequential fetch: handlers from createStatefulHandlers() over a store of 250 source servers vs the stateless generated handler of the same operation, alternating blocks in one process',
      requestsPerBlock: REQUESTS_PER_BLOCK,
      goalRatio: 1.5,
      cases: results,
    };
  } finally {
    server.close();
    store.reset();
  }
}
