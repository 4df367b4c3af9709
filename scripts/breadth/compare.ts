/**
 * Several compilers over the same batches (`pnpm breadth --tsc 5.9,7.0`): each model's result under
 * each compiler, totals per compiler, and a markdown table of them side by side.
 * @packageDocumentation
 */
import type { TscName } from './compilers.js';
import type { BatchResult } from './typecheck.js';

/** One model's outcome under one compiler. */
export interface ModelTscResult {
  readonly typechecked: boolean;
  readonly errorCount: number;
  /** The first diagnostic (or the batch's problem), when it failed. */
  readonly error?: string;
}

/** One compiler's totals over the run. */
export interface CompilerTotals {
  readonly name: TscName;
  /** The installed version (`7.0.2`). */
  readonly version: string;
  /** Models that type-checked under this compiler. */
  readonly typechecked: number;
  /** Models with diagnostics (or in a batch that failed) under this compiler. */
  readonly failed: readonly string[];
  /** Diagnostics in generated code, summed over models. */
  readonly errors: number;
  /** Sum of the batches' wall times, ms. */
  readonly batchMsTotal: number;
  /** Sum of the batches' user + system CPU, ms (null without `/usr/bin/time`). */
  readonly cpuMsTotal: number | null;
  /** The largest peak resident memory of a batch, MB (null without `/usr/bin/time`). */
  readonly maxRssMb: number | null;
}

/** A model's result in one batch run (a crashed tsc or diagnostics outside the models fail the whole batch). */
export function modelResult(batch: BatchResult, model: string): ModelTscResult {
  const errs = batch.errors.get(model) ?? [];
  const batchProblem = batch.other[0] ?? (batch.status !== 0 && !batch.errors.size ? `tsc exited with ${batch.status}` : undefined);
  const error = errs[0] ?? batchProblem;
  return { typechecked: errs.length === 0 && batchProblem === undefined, errorCount: errs.length, ...(error === undefined ? {} : { error }) };
}

/** Totals of one compiler's batch runs. */
export function compilerTotals(name: TscName, version: string, batches: readonly BatchResult[]): CompilerTotals {
  const results = batches.flatMap((b) => b.models.map((m) => [m, modelResult(b, m)] as const));
  const cpu = batches.map((b) => b.cpuMs);
  const rss = batches.map((b) => b.maxRssKb);
  return {
    name,
    version,
    typechecked: results.filter(([, r]) => r.typechecked).length,
    failed: results.filter(([, r]) => !r.typechecked).map(([m]) => m),
    errors: results.reduce((s, [, r]) => s + r.errorCount, 0),
    batchMsTotal: batches.reduce((s, b) => s + b.ms, 0),
    cpuMsTotal: cpu.every((c) => c !== undefined) ? cpu.reduce((s: number, c) => s + (c ?? 0), 0) : null,
    maxRssMb: rss.every((r) => r !== undefined) ? Math.round(Math.max(0, ...rss.map((r) => r ?? 0)) / 1024) : null,
  };
}

const seconds = (ms: number | null): string => (ms === null ? '—' : (ms / 1000).toFixed(1));

/** Markdown: one column per compiler (models type-checked, failures, diagnostics, wall, CPU, memory). */
export function compareMarkdown(models: number, batches: number, totals: readonly CompilerTotals[]): string {
  const head = `| | ${totals.map((t) => `TypeScript ${t.version}`).join(' | ')} |`;
  const rule = `|---|${totals.map(() => '---').join('|')}|`;
  const row = (label: string, cell: (t: CompilerTotals) => string) => `| ${label} | ${totals.map(cell).join(' | ')} |`;
  return [
    `${models} models in ${batches} tsc batches, each batch checked by every compiler in turn.`,
    '',
    head,
    rule,
    row('models type-checked', (t) => `${t.typechecked} / ${models}`),
    row('models failing', (t) => (t.failed.length ? t.failed.join(', ') : 'none')),
    row('diagnostics in generated code', (t) => String(t.errors)),
    row('tsc wall, sum of batches (s)', (t) => seconds(t.batchMsTotal)),
    row('tsc user + sys CPU, sum (s)', (t) => seconds(t.cpuMsTotal)),
    row('peak memory of a batch (MB)', (t) => (t.maxRssMb === null ? '—' : String(t.maxRssMb))),
    '',
  ].join('\n');
}
