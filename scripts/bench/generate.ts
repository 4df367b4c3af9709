/**
 * Benchmark: cold generation of the full DRS model (70 operations) — each run
 * in a fresh process so nothing is warm.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, type BenchContext } from './context.js';

/** Time one cold generation in a child process; returns wall ms measured around the child. */
function coldGenerate(ctx: BenchContext, model: string): { wallMs: number; reportedMs: number } {
  const out = mkdtempSync(join(tmpdir(), 'anvil-bench-'));
  const cli = join(ctx.root, 'packages', 'generator', 'dist', 'cli.js');
  const start = performance.now();
  const r = spawnSync(process.execPath, [cli, 'generate', model, '--out', out], { encoding: 'utf8' });
  const wallMs = performance.now() - start;
  rmSync(out, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`generate failed: ${r.stderr}`);
  const reported = /, (\d+) ms$/m.exec(r.stdout);
  return { wallMs, reportedMs: reported ? Number(reported[1]) : NaN };
}

export default async function benchGenerate(ctx: BenchContext) {
  const drsFull = join(ctx.shared, 'models', 'aws', 'drs.json');
  const model = existsSync(drsFull) ? drsFull : join(ctx.root, 'models', 'drs', 'drs.json');
  if (!existsSync(join(ctx.root, 'packages', 'generator', 'dist', 'cli.js'))) {
    throw new Error('Build first: pnpm build (the benchmark runs the built CLI)');
  }
  const samples = Array.from({ length: ctx.runs }, () => coldGenerate(ctx, model));
  const result = {
    model: model.startsWith(ctx.shared) ? `shared/${model.slice(ctx.shared.length + 1)}` : model.slice(ctx.root.length + 1),
    what: 'cold process: load model, build IR, emit types + client + msw, write files',
    medianWallMs: Math.round(median(samples.map((s) => s.wallMs))),
    medianGenerateMs: Math.round(median(samples.map((s) => s.reportedMs))),
    samplesWallMs: samples.map((s) => Math.round(s.wallMs)),
  };
  console.log(`generate ${result.model}: median ${result.medianWallMs} ms wall (process), ${result.medianGenerateMs} ms inside generate, ${ctx.runs} runs`);
  return result;
}
