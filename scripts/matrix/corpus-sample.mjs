// The TypeScript cells' corpus sample: `pnpm breadth --sample` (scripts/breadth/sample.ts, 14 corpus
// services) generated once and type-checked by the given compilers in one run (`--tsc 6.0,7.0`; each
// batch by each compiler in turn; two ~8 MB batches, one per core), reports in `<matrix dir>/corpus-sample-<pid>` (removed when the matrix run ends).
// Each TypeScript cell reads its compiler's totals from that run's summary.json.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { matrixDir } from './tools.mjs';

/** The breadth corpus under the shared data directory (`$ANVIL_SHARED`, else `<root>/../shared`). */
function corpusDir(root) {
  return join(resolve(process.env.ANVIL_SHARED ?? join(root, '..', 'shared')), 'models', 'api-models-aws-2026-04');
}

/**
 * @typedef {{ name: string, version: string, typechecked: number, failed: string[], errors: number, batchMsTotal: number }} CompilerTotals
 * @typedef {{ ok: boolean, skipped?: string, models?: number, compilers?: CompilerTotals[], output: string }} SampleRun
 */

/** @type {Map<string, Promise<SampleRun>>} */
const runs = new Map();

/**
 * Run (once per root and compiler list) the sample through `scripts/breadth.ts`.
 * Without the corpus and without `CI`, the sample is skipped (the cells say so); under `CI=true` a
 * missing corpus fails the cells.
 * @param {string} root repository root
 * @param {string[]} names the compilers' matrix names (`5.9`, `6.0`, `7.0`)
 * @returns {Promise<SampleRun>}
 */
export function corpusSample(root, names) {
  const key = `${root}\0${names.join(',')}`;
  if (!runs.has(key)) runs.set(key, start(root, names));
  return runs.get(key);
}

/** @returns {Promise<SampleRun>} */
function start(root, names) {
  if (!existsSync(corpusDir(root))) {
    const why = `corpus not found at ${corpusDir(root)} (set ANVIL_SHARED)`;
    return Promise.resolve(process.env.CI ? { ok: false, output: why } : { ok: true, skipped: why, output: '' });
  }
  // one directory per run, as the scratch project's (two matrix runs on one machine share only the tools)
  const reports = join(matrixDir(), `corpus-sample-${process.pid}`);
  rmSync(reports, { recursive: true, force: true });
  const args = [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), '--conditions=@anvil/source', 'scripts/breadth.ts', '--sample', '--tsc', names.join(','), '--batch-mb', '8', '--reports', reports];
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    child.on('error', (error) => done({ ok: false, output: `${output}${error}` }));
    child.on('close', (code) => {
      try {
        const summary = JSON.parse(readFileSync(join(reports, 'summary.json'), 'utf8'));
        done({ ok: code === 0, models: summary.models, compilers: summary.compilers, output });
      } catch (error) {
        done({ ok: false, output: `${output}\nno summary.json: ${error}` });
      }
    });
  });
}

/**
 * One compiler's part of the sample run, for its cell.
 * @param {SampleRun} run
 * @param {string} version the compiler's installed version (`7.0.2`)
 * @returns {{ ok: boolean, detail: string }}
 */
export function sampleResult(run, version) {
  if (run.skipped) return { ok: true, detail: `corpus sample skipped: ${run.skipped}` };
  const t = run.compilers?.find((c) => c.version === version);
  if (!t) return { ok: false, detail: `corpus sample: no result for TypeScript ${version}` };
  const ok = t.typechecked === run.models && !t.failed.length;
  const failed = t.failed.length ? `, errors in ${t.failed.join(', ')}` : '';
  return { ok, detail: `${t.typechecked}/${run.models} corpus sample models (${(t.batchMsTotal / 1000).toFixed(1)} s)${failed}` };
}
