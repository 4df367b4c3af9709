/**
 * Breadth reports: one JSON file per model and a summary, under `reports/breadth/`.
 * @packageDocumentation
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompilerTotals, ModelTscResult } from './compare.js';

/** What happened to one model. */
export interface ModelReport {
  readonly model: string;
  /** `generate()` succeeded. */
  generated: boolean;
  /** Strict `tsc` passed; `null` when not checked (`--no-typecheck`, or generation failed). */
  typechecked: boolean | null;
  /** Generation wall time in ms (load + emit + write). */
  ms: number;
  operations?: number;
  /** Named shapes emitted. */
  shapes?: number;
  files?: number;
  /** Generated source size in bytes. */
  bytes?: number;
  /** Protocol the service declares (as the runtime names it). */
  protocol?: string;
  /** Wall time in ms of the `tsc` batch that checked this model (shared with the batch's other models). */
  tscBatchMs?: number;
  /** Number of tsc diagnostics for this model. */
  errorCount?: number;
  /** The first generation error or tsc diagnostic. */
  error?: string;
  /** The first 20 tsc diagnostics for this model. */
  errors?: string[];
  /** With several compilers (`--tsc 5.9,7.0`): the outcome under each, by version. */
  tsc?: Record<string, ModelTscResult>;
}

/** The run's totals. */
export interface Summary {
  readonly date: string;
  readonly corpus: string;
  /** `tsc`: the compilers' versions, comma-separated. */
  readonly conditions: { readonly node: string; readonly cores: number; readonly tsc: string; readonly tscJobs: number };
  readonly models: number;
  readonly generated: number;
  /** `null` when the run did not type-check. */
  readonly typechecked: number | null;
  /** Sum of per-model generation times, ms. */
  readonly generateMs: number;
  /** Wall time of the generation phase (including waiting for nothing else), ms. */
  readonly generateWallMs: number;
  /** Wall time from the first tsc batch's start to the last one's end, ms. */
  readonly typecheckWallMs: number | null;
  /** Sum of tsc batch wall times (every compiler), ms. */
  readonly tscBatchMsTotal: number | null;
  /** Totals per compiler, in `--tsc` order (one entry without `--tsc`). */
  readonly compilers: readonly CompilerTotals[];
  readonly batches: number;
  /** Whole run wall time, ms. */
  readonly totalWallMs: number;
  /** Per protocol (as the service schema names it): models, generated, type-checked. */
  readonly byProtocol: Readonly<Record<string, { readonly models: number; readonly generated: number; readonly typechecked: number }>>;
  /** The five slowest models to generate. */
  readonly slowest: ReadonlyArray<Pick<ModelReport, 'model' | 'ms' | 'operations' | 'shapes' | 'bytes'>>;
  /** Models that failed generation or type-checking, with their first error. */
  readonly failures: ReadonlyArray<{ readonly model: string; readonly stage: 'generate' | 'typecheck'; readonly error: string }>;
  /** Diagnostics tsc reported outside generated code (runtime packages), first 20. */
  readonly otherDiagnostics: readonly string[];
}

/** Write every model report and the summary to `dir` (created if needed). */
export function writeReports(dir: string, reports: readonly ModelReport[], summary: Summary): void {
  mkdirSync(dir, { recursive: true });
  for (const r of reports) writeFileSync(join(dir, `${r.model}.json`), `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(join(dir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
}
