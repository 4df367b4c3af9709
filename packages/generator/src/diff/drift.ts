/**
 * The drift check behind `anvil drift`: regenerate every service in memory
 * (nothing is written) and list the committed files that differ from a
 * fresh generation, or that are no longer generated.
 * @packageDocumentation
 */
import { relative } from 'node:path';
import { generate, summaryLine, type GenerateOptions } from '../generate.js';

/** Result of a drift check. */
export interface DriftResult {
  /** Files whose content differs from a fresh generation, relative to `cwd`, sorted per service. */
  readonly stale: readonly string[];
  /** Files under the packages' `src/` that are no longer generated, relative to `cwd`. */
  readonly orphaned: readonly string[];
  /** The lines `anvil drift` prints: a summary per service, then one line per file. */
  readonly lines: readonly string[];
}

/**
 * @param jobs the services to check (as for `generate`; `dryRun` is forced)
 * @param cwd paths in the result are relative to this directory
 * @throws ModelError naming file, shape id and JSON path when a model is invalid
 */
export function checkDrift(jobs: readonly GenerateOptions[], cwd = process.cwd()): DriftResult {
  const stale: string[] = [];
  const orphaned: string[] = [];
  const lines: string[] = [];
  for (const job of jobs) {
    const r = generate({ ...job, dryRun: true });
    lines.push(summaryLine(r, true));
    for (const f of r.changed) {
      stale.push(relative(cwd, f));
      lines.push(`  stale: ${relative(cwd, f)}`);
    }
    for (const f of r.stale) {
      orphaned.push(relative(cwd, f));
      lines.push(`  no longer generated: ${relative(cwd, f)}`);
    }
  }
  return { stale, orphaned, lines };
}
