/**
 * Benchmark: parse and load every `.smithy` file of `shared/protocol-tests/smithy-idl/main`
 * (the AWS and Smithy protocol tests, ~170 files) into one model — read, IDL parse, cross-file
 * resolution, JSON AST load (merge, references, mixins) — in a fresh process each run, so nothing is warm.
 * Goal: ≤ 500 ms. The `smithy.api` prelude copy is left out (Anvil has its own prelude).
 *
 * Standalone: `tsx scripts/bench/idl.ts [--runs N]` prints `{ files, bytes, ms, ... }` as JSON.
 * Needs `packages/smithy-model/dist` (pnpm build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, type BenchContext } from './context.js';

/** The goal for `ms` (median wall time inside the process, from reading the files to the loaded model). */
const GOAL_MS = 500;

/** One run in a child process: it reports files, bytes and ms (read + parse + resolve + load). */
function coldLoad(dist: string, dir: string): { files: number; bytes: number; ms: number; shapes: number } {
  const script = `
    import { readFileSync } from 'node:fs';
    const { modelFilePaths, documentsFromSources, loadModel } = await import(${JSON.stringify(pathToFileURL(dist).href)});
    const start = performance.now();
    const files = modelFilePaths([${JSON.stringify(dir)}]).filter((f) => f.endsWith('.smithy') && !f.endsWith('prelude.smithy'));
    const sources = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    const model = loadModel(documentsFromSources(sources));
    const ms = performance.now() - start;
    const bytes = sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
    console.log(JSON.stringify({ files: files.length, bytes, ms, shapes: model.shapes.size }));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`IDL load failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { files: number; bytes: number; ms: number; shapes: number };
}

export default async function benchIdl(ctx: BenchContext) {
  const dir = join(ctx.shared, 'protocol-tests', 'smithy-idl', 'main');
  const dist = join(ctx.root, 'packages', 'smithy-model', 'dist', 'index.js');
  if (!existsSync(dir)) return { skipped: `${dir} is missing` };
  if (!existsSync(dist)) throw new Error('Build first: pnpm build (the benchmark loads packages/smithy-model/dist)');
  const samples = Array.from({ length: ctx.runs }, () => coldLoad(dist, dir));
  const first = samples[0] as (typeof samples)[number];
  const ms = Math.round(median(samples.map((s) => s.ms)));
  const result = {
    what: 'cold process: read + parse + resolve + load all smithy-idl/main .smithy files into one model',
    files: first.files,
    bytes: first.bytes,
    shapes: first.shapes,
    ms,
    goalMs: GOAL_MS,
    met: ms <= GOAL_MS,
    samplesMs: samples.map((s) => Math.round(s.ms)),
  };
  console.log(`idl ${result.files} files, ${result.bytes} bytes: median ${ms} ms (goal ≤ ${GOAL_MS} ms), ${ctx.runs} runs`);
  return result;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const runsArg = process.argv.indexOf('--runs');
  const result = await benchIdl({
    root,
    shared: resolve(process.env.ANVIL_SHARED ?? join(root, '..', 'shared')),
    runs: runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5,
  });
  console.log(JSON.stringify(result));
}
