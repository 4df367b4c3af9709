/**
 * `pnpm breadth`: generate types + client + msw for every model of the AWS
 * corpus (`<shared>/models/api-models-aws-2026-04`, 423 services) in-process,
 * then type-check all outputs under strict in batched `tsc` runs (started while
 * generation goes on), and write `reports/breadth/<model>.json` plus
 * `reports/breadth/summary.json`.
 *
 * Usage: pnpm breadth [--only a,b] [--limit N] [--no-typecheck] [--jobs N] [--batch-mb N] [--keep]
 *   --jobs      parallel tsc processes (default 2)
 *   --batch-mb  generated source per tsc batch, MB (default 16)
 *   --keep      keep the generated output (its directory is printed)
 * Exit status 1 when any model fails.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '../packages/generator/src/generate.js';
import { CORPUS, listModels, sharedDir } from './breadth/corpus.js';
import { writeReports, type ModelReport, type Summary } from './breadth/report.js';
import { checkBatch, findTsc, Limiter, linkMsw, type BatchResult, type CheckItem } from './breadth/typecheck.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const only = arg('--only')?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
const limit = Number(arg('--limit') ?? Infinity);
const typecheck = !argv.includes('--no-typecheck');
const jobs = Number(arg('--jobs') ?? 2);
const batchBytes = Number(arg('--batch-mb') ?? 16) * 1024 * 1024;
const keep = argv.includes('--keep');

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
  const tsc = findTsc(root);
  const limiter = new Limiter(jobs);
  const checks: Array<Promise<BatchResult>> = [];
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
      const r = await checkBatch(root, outRoot, items, index, tsc);
      tscEnd = Math.max(tscEnd, performance.now());
      process.stdout.write(`  tsc batch ${index}: ${items.length} models, ${r.ms} ms, ${[...r.errors.values()].flat().length} errors\n`);
      return r;
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
  for (const r of results) {
    other.push(...r.other);
    for (const name of r.models) {
      const report = reports.get(name)!;
      const errs = r.errors.get(name) ?? [];
      // Diagnostics outside generated code (or a crashed tsc) fail the whole batch.
      const batchProblem = r.other[0] ?? (r.status !== 0 && !r.errors.size ? `tsc exited with ${r.status}` : undefined);
      report.typechecked = errs.length === 0 && batchProblem === undefined;
      report.tscBatchMs = r.ms;
      report.errorCount = errs.length;
      const error = errs[0] ?? batchProblem;
      if (error !== undefined) report.error = error;
      if (errs.length) report.errors = errs.slice(0, 20);
    }
  }
  const all = [...reports.values()];
  const failures = all
    .filter((r) => !r.generated || r.typechecked === false)
    .map((r) => ({ model: r.model, stage: r.generated ? ('typecheck' as const) : ('generate' as const), error: r.error ?? '' }));
  const summary: Summary = {
    date: new Date().toISOString(),
    corpus: CORPUS,
    conditions: { node: process.version, cores: cpus().length, tsc: tsc.version, tscJobs: jobs },
    models: all.length,
    generated: all.filter((r) => r.generated).length,
    typechecked: typecheck ? all.filter((r) => r.typechecked === true).length : null,
    generateMs,
    generateWallMs,
    typecheckWallMs: results.length ? Math.round(tscEnd - tscStart) : null,
    tscBatchMsTotal: results.length ? results.reduce((s, r) => s + r.ms, 0) : null,
    batches: results.length,
    totalWallMs: Math.round(performance.now() - start),
    byProtocol: byProtocol(all),
    slowest: [...all].sort((a, b) => b.ms - a.ms).slice(0, 5).map(({ model, ms, operations, shapes, bytes }) => ({ model, ms, operations, shapes, bytes })),
    failures,
    otherDiagnostics: other.slice(0, 20),
  };
  writeReports(join(root, 'reports', 'breadth'), all, summary);
  if (keep) console.log(`generated output kept in ${outRoot}`);
  else rmSync(outRoot, { recursive: true, force: true });

  console.log('');
  for (const f of failures) console.log(`FAIL ${f.model} (${f.stage}): ${f.error.split('\n')[0]}`);
  console.log(`generated ${summary.generated}/${summary.models} in ${(generateMs / 1000).toFixed(1)} s (sum; phase wall ${(generateWallMs / 1000).toFixed(1)} s)`);
  if (typecheck) {
    console.log(`type-checked ${summary.typechecked}/${summary.models}: ${results.length} tsc batches, ${jobs} in parallel, tsc wall ${((summary.typecheckWallMs ?? 0) / 1000).toFixed(1)} s (sum of batches ${((summary.tscBatchMsTotal ?? 0) / 1000).toFixed(1)} s)`);
  }
  console.log(`total ${(summary.totalWallMs / 1000).toFixed(1)} s; reports in reports/breadth/`);
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(2);
  },
);
