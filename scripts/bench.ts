/**
 * `pnpm bench`: Anvil's benchmarks, written to `bench/results.json` with the run's conditions.
 *
 * Each module in `scripts/bench/` (listed in MEASURES) exports a default async function
 * `(ctx) => result`; results are stored under the module's key.
 *
 * Usage: pnpm bench [--runs N] [--only name,name]  (--only keeps the other measures of the previous results)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchContext } from './bench/context.js';

/** Measure name → module (relative to this file). */
const MEASURES: Record<string, string> = {
  generate: './bench/generate.js',
  handlers: './bench/handlers.js',
  client: './bench/client.js',
  stateful: './bench/stateful.js',
  idl: './bench/idl.js',
  'event-streams': './bench/event-streams.js',
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const ctx: BenchContext = {
  root,
  shared: resolve(process.env.ANVIL_SHARED ?? join(root, '..', 'shared')),
  runs: Number(arg('--runs') ?? 7),
};
const only = arg('--only')?.split(',');

const resultsFile = join(root, 'bench', 'results.json');
// With --only, keep the other measures of the previous run (each carries its own numbers).
const previous: Record<string, unknown> = only && existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>) : {};
const results: Record<string, unknown> = {
  ...previous,
  date: new Date().toISOString(),
  conditions: {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    runs: ctx.runs,
  },
};
for (const [name, module] of Object.entries(MEASURES)) {
  if (only && !only.includes(name)) continue;
  const run = (await import(module)) as { default: (c: BenchContext) => Promise<unknown> };
  const started = new Date().toISOString();
  const result = await run.default(ctx);
  // each measure carries when and with how many runs it was taken: with --only, the others keep their own
  results[name] = result && typeof result === 'object' ? { measuredAt: started, runs: ctx.runs, ...result } : result;
}
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log('wrote bench/results.json');
