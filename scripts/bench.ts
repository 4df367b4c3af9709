/**
 * `pnpm bench`: Anvil's benchmarks, written to `bench/results.json`.
 *
 * Measures (median of several runs, each in a fresh process so nothing is warm):
 * - generate: full generation (types + client + msw) of `<ANVIL_SHARED>/models/aws/drs.json` (70 operations),
 *   falling back to the embedded `models/drs/drs.json` when the shared data is absent.
 *
 * Usage: pnpm bench [--runs N]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.ANVIL_SHARED ?? join(root, '..', 'shared'));
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Time one cold generation in a child process; returns wall ms measured around the child. */
function coldGenerate(model: string): { wallMs: number; reportedMs: number } {
  const out = mkdtempSync(join(tmpdir(), 'anvil-bench-'));
  const cli = join(root, 'packages', 'generator', 'dist', 'cli.js');
  const start = performance.now();
  const r = spawnSync(process.execPath, [cli, 'generate', model, '--out', out], { encoding: 'utf8' });
  const wallMs = performance.now() - start;
  rmSync(out, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`generate failed: ${r.stderr}`);
  const reported = /, (\d+) ms$/m.exec(r.stdout);
  return { wallMs, reportedMs: reported ? Number(reported[1]) : NaN };
}

const drsFull = join(shared, 'models', 'aws', 'drs.json');
const model = existsSync(drsFull) ? drsFull : join(root, 'models', 'drs', 'drs.json');
if (!existsSync(join(root, 'packages', 'generator', 'dist', 'cli.js'))) {
  throw new Error('Build first: pnpm build (the benchmark runs the built CLI)');
}
const samples = Array.from({ length: runs }, () => coldGenerate(model));
const results = {
  date: new Date().toISOString(),
  conditions: {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    runs,
  },
  generate: {
    model: model.startsWith(shared) ? `shared/${model.slice(shared.length + 1)}` : model.slice(root.length + 1),
    what: 'cold process: load model, build IR, emit types + client + msw, write files',
    medianWallMs: Math.round(median(samples.map((s) => s.wallMs))),
    medianGenerateMs: Math.round(median(samples.map((s) => s.reportedMs))),
    samplesWallMs: samples.map((s) => Math.round(s.wallMs)),
  },
};
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`generate ${results.generate.model}: median ${results.generate.medianWallMs} ms wall (process), ${results.generate.medianGenerateMs} ms inside generate, ${runs} runs`);
console.log('wrote bench/results.json');
