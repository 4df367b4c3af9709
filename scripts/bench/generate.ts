/**
 * Benchmark: cold generation of the full DRS model (70 operations; types + client + msw), each run a fresh
 * process, side by side with orval 8.38.0 generating a fetch client, MSW handlers and faker mocks (`--client
 * fetch --mode split --mock`) from the OpenAPI equivalent of the same model (`bench/assets/drs.openapi.json`,
 * written by `smithy-to-openapi.ts`). Runs alternate (ours, orval, ours, …); whole-process wall time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, type BenchContext } from './context.js';

/** Time one child process (wall ms around it); throws with its stderr when it fails. */
function timed(args: readonly string[], cwd: string): { wallMs: number; stdout: string } {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', cwd });
  const wallMs = performance.now() - start;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return { wallMs, stdout: r.stdout };
}

export default async function benchGenerate(ctx: BenchContext) {
  const drsFull = join(ctx.shared, 'models', 'aws', 'drs.json');
  // orval reads the OpenAPI form of the full model (70 operations): ours must generate the same API
  if (!existsSync(drsFull)) throw new Error(`bench generate: ${drsFull} not found; the comparison with orval needs the full DRS model (set ANVIL_SHARED)`);
  const model = drsFull;
  const cli = join(ctx.root, 'packages', 'generator', 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error('Build first: pnpm build (the benchmark runs the built CLI)');
  const orval = join(ctx.root, 'packages', 'bench', 'node_modules', 'orval', 'dist', 'bin', 'orval.mjs');
  const openApi = join(ctx.root, 'bench', 'assets', 'drs.openapi.json');
  const ours: number[] = [];
  const inside: number[] = [];
  const theirs: number[] = [];
  for (let run = 0; run < ctx.runs; run++) {
    const out = mkdtempSync(join(tmpdir(), 'anvil-bench-'));
    try {
      const a = timed([cli, 'generate', model, '--out', join(out, 'anvil')], ctx.root);
      ours.push(a.wallMs);
      const reported = /, (\d+) ms$/m.exec(a.stdout);
      inside.push(reported ? Number(reported[1]) : NaN);
      theirs.push(timed([orval, '--input', openApi, '--output', join(out, 'orval', 'drs.ts'), '--client', 'fetch', '--mode', 'split', '--mock'], ctx.root).wallMs);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  const result = {
    model: model.startsWith(ctx.shared) ? `shared/${model.slice(ctx.shared.length + 1)}` : model.slice(ctx.root.length + 1),
    what: 'cold process, whole: Anvil loads the model and writes types + client + msw packages; orval 8.38.0 reads bench/assets/drs.openapi.json (the same API) and writes a fetch client, MSW handlers and faker mocks (split mode)',
    medianWallMs: Math.round(median(ours)),
    medianGenerateMs: Math.round(median(inside)),
    orvalMedianWallMs: Math.round(median(theirs)),
    ratio: Number((median(ours) / median(theirs)).toFixed(3)),
    goalRatio: 0.5,
    samplesWallMs: ours.map(Math.round),
    orvalSamplesWallMs: theirs.map(Math.round),
  };
  console.log(
    `generate ${result.model}: ours ${result.medianWallMs} ms wall (${result.medianGenerateMs} ms inside generate) vs orval ${result.orvalMedianWallMs} ms ` +
      `(×${result.ratio}, goal ≤ ×0.5), ${ctx.runs} runs`,
  );
  return result;
}
