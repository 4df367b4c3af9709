/**
 * `pnpm breadth`: generate types + client + msw for every model of the AWS
 * corpus (`<shared>/models/api-models-aws-2026-04`, 423 services) in-process,
 * then type-check all outputs under strict in batched `tsc` runs (started while
 * generation goes on), and write `reports/breadth/<model>.json` plus
 * `reports/breadth/summary.json`.
 *
 * Usage: pnpm breadth [--only a,b | --sample] [--limit N] [--no-typecheck] [--tsc 5.9,7.0] [--jobs N]
 *                     [--batch-mb N] [--reports DIR] [--keep]
 *   --sample    the support matrix's corpus sample (scripts/breadth/sample.ts)
 *   --tsc       compilers by matrix name (5.9, 6.0, 7.0): each batch is checked by each in turn,
 *               and `compilers.md` / `summary.json` compare them (default: 7.0 when installed, else 5.9)
 *   --jobs      parallel tsc processes (default 2)
 *   --batch-mb  generated source per tsc batch, MB (default 16)
 *   --reports   report directory (default reports/breadth)
 *   --keep      keep the generated output (its directory is printed)
 * Exit status 1 when any model fails (under any compiler).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '../packages/generator/src/generate.js';
import { compareMarkdown, compilerTotals, modelResult } from './breadth/compare.js';
import { findTsc, parseTscList } from './breadth/compilers.js';
import { CORPUS, listModels, sharedDir } from './breadth/corpus.js';
import { writeReports, type ModelReport, type Summary } from './breadth/report.js';
import { MATRIX_SAMPLE } from './breadth/sample.js';
import { checkBatch, Limiter, linkMsw, type BatchResult, type CheckItem } from './breadth/typecheck.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const only = argv.includes('--sample') ? Object.keys(MATRIX_SAMPLE) : (arg('--only')?.split(',').map((s) => s.trim()).filter(Boolean) ?? []);
const limit = Number(arg('--limit') ?? Infinity);
const typecheck = !argv.includes('--no-typecheck');
const jobs = Number(arg('--jobs') ?? 2);
const batchBytes = Number(arg('--batch-mb') ?? 16) * 1024 * 1024;
const keep = argv.includes('--keep');
const reportDir = resolve(arg('--reports') ?? join(root, 'reports', 'breadth'));
const tscNames = arg('--tsc');

/** Total size in bytes of the files below `dir`. */
function treeBytes(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? treeBytes(p) : statSync(p).size;
  }
  return total;
}

/** Per protocol: models, generated, type-checked. */
function byProtocol(reports: readonly ModelReport[]): Record<string, { models: number; generated: number; typechecked: number }> {
  const out: Record<string, { models: number; generated: number; typechecked: number }> = {};
  for (const r of reports) {
    const p = (out[r.protocol ?? 'unknown'] ??= { models: 0, generated: 0, typechecked: 0 });
    p.models++;
    if (r.generated) p.generated++;
    if (r.typechecked) p.typechecked++;
  }
  return out;
}

/** The protocol the generated service schema declares (`protocol: "restJson1"`). */
function protocolOf(out: string): string | undefined {
  return /^\s*protocol: "(\w+)",$/m.exec(readFileSync(join(out, 'types', 'src', 'schemas.ts'), 'utf8'))?.[1];
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).slice(0, 2000);
}

async function main(): Promise<number> {
  const corpusDir = join(sharedDir(root), 'models', CORPUS);
  const models = listModels(corpusDir, only, limit);
  const outRoot = mkdtempSync(join(tmpdir(), 'anvil-breadth-'));
  if (typecheck) linkMsw(root, outRoot);
  const compilers = tscNames === undefined ? [findTsc(root)] : parseTscList(tscNames).map((n) => findTsc(root, n));
  const limiter = new Limiter(jobs);
  // Per batch: its result under each compiler, in `compilers` order.
  const checks: Array<Promise<BatchResult[]>> = [];
  const reports = new Map<string, ModelReport>();
  let batch: CheckItem[] = [];
  let batchSize = 0;
  let tscStart = Infinity;
  let tscEnd = 0;
  const flush = () => {
    if (!batch.length) return;
    const items = batch;
    const index = checks.length;
    batch = [];
    batchSize = 0;
    checks.push(limiter.run(async () => {
      tscStart = Math.min(tscStart, performance.now());
      const runs: BatchResult[] = [];
      for (const tsc of compilers) {
        const r = await checkBatch(root, outRoot, items, index, tsc);
        runs.push(r);
        const cpu = r.cpuMs === undefined ? '' : `, ${r.cpuMs} ms CPU`;
        process.stdout.write(`  tsc ${tsc.version} batch ${index}: ${items.length} models, ${r.ms} ms${cpu}, ${[...r.errors.values()].flat().length} errors\n`);
      }
      tscEnd = Math.max(tscEnd, performance.now());
      return runs;
    }));
  };

  const start = performance.now();
  let generateMs = 0;
  for (const [i, model] of models.entries()) {
    const out = join(outRoot, model);
    const t = performance.now();
    const report: ModelReport = { model, generated: false, typechecked: null, ms: 0 };
    reports.set(model, report);
    try {
      const r = generate({ models: [join(corpusDir, model)], out, name: model });
      Object.assign(report, { generated: true, operations: r.operations, shapes: r.shapes, files: r.files });
    } catch (e) {
      report.error = firstLine(e);
    }
    report.ms = Math.round(performance.now() - t);
    generateMs += report.ms;
    if (report.generated) {
      report.bytes = treeBytes(out);
      report.protocol = protocolOf(out);
      if (typecheck) {
        batch.push({ name: model, slug: model, bytes: report.bytes });
        batchSize += report.bytes;
        if (batchSize >= batchBytes) flush();
      }
    }
    const status = report.generated ? 'ok' : `FAILED: ${report.error?.split('\n')[0]}`;
    process.stdout.write(`[${i + 1}/${models.length}] ${model}: ${report.ms} ms ${status}\n`);
    await new Promise((r) => setImmediate(r)); // let running tsc batches report
  }
  const generateWallMs = Math.round(performance.now() - start);
  flush();
  const results = await Promise.all(checks);

  const other: string[] = [];
  for (const runs of results) {
    for (const r of runs) other.push(...r.other);
    for (const name of runs[0]!.models) {
      const report = reports.get(name)!;
      const perTsc = runs.map((r) => modelResult(r, name));
      const failed = perTsc.find((t) => !t.typechecked);
      report.typechecked = !failed;
      report.tscBatchMs = runs[0]!.ms;
      report.errorCount = Math.max(...perTsc.map((t) => t.errorCount));
      if (failed?.error !== undefined) report.error = failed.error;
      const errs = runs.map((r) => r.errors.get(name) ?? []).find((e) => e.length);
      if (errs) report.errors = errs.slice(0, 20);
      if (compilers.length > 1) report.tsc = Object.fromEntries(compilers.map((c, i) => [c.version, perTsc[i]!]));
    }
  }
  const totals = compilers.map((c, i) => compilerTotals(c.name, c.version, results.map((runs) => runs[i]!)));
  const all = [...reports.values()];
  const failures = all
    .filter((r) => !r.generated || r.typechecked === false)
    .map((r) => ({ model: r.model, stage: r.generated ? ('typecheck' as const) : ('generate' as const), error: r.error ?? '' }));
  const summary: Summary = {
    date: new Date().toISOString(),
    corpus: CORPUS,
    conditions: { node: process.version, cores: cpus().length, tsc: compilers.map((c) => c.version).join(', '), tscJobs: jobs },
    models: all.length,
    generated: all.filter((r) => r.generated).length,
    typechecked: typecheck ? all.filter((r) => r.typechecked === true).length : null,
    generateMs,
    generateWallMs,
    typecheckWallMs: results.length ? Math.round(tscEnd - tscStart) : null,
    tscBatchMsTotal: results.length ? results.flat().reduce((s, r) => s + r.ms, 0) : null,
    compilers: totals,
    batches: results.length,
    totalWallMs: Math.round(performance.now() - start),
    byProtocol: byProtocol(all),
    slowest: [...all].sort((a, b) => b.ms - a.ms).slice(0, 5).map(({ model, ms, operations, shapes, bytes }) => ({ model, ms, operations, shapes, bytes })),
    failures,
    otherDiagnostics: other.slice(0, 20),
  };
  writeReports(reportDir, all, summary);
  if (compilers.length > 1 && results.length) writeFileSync(join(reportDir, 'compilers.md'), compareMarkdown(all.length, results.length, totals));
  if (keep) console.log(`generated output kept in ${outRoot}`);
  else rmSync(outRoot, { recursive: true, force: true });

  console.log('');
  for (const f of failures) console.log(`FAIL ${f.model} (${f.stage}): ${f.error.split('\n')[0]}`);
  console.log(`generated ${summary.generated}/${summary.models} in ${(generateMs / 1000).toFixed(1)} s (sum; phase wall ${(generateWallMs / 1000).toFixed(1)} s)`);
  if (typecheck) {
    console.log(`type-checked ${summary.typechecked}/${summary.models}: ${results.length} tsc batches, ${jobs} in parallel, tsc wall ${((summary.typecheckWallMs ?? 0) / 1000).toFixed(1)} s (sum of batches ${((summary.tscBatchMsTotal ?? 0) / 1000).toFixed(1)} s)`);
    for (const t of totals) {
      const cpu = t.cpuMsTotal === null ? '' : `, CPU ${(t.cpuMsTotal / 1000).toFixed(1)} s`;
      console.log(`  tsc ${t.version}: ${t.typechecked}/${summary.models} type-checked, ${t.errors} diagnostics, batches ${(t.batchMsTotal / 1000).toFixed(1)} s${cpu}`);
    }
  }
  console.log(`total ${(summary.totalWallMs / 1000).toFixed(1)} s; reports in ${reportDir}`);
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(2);
  },
);
