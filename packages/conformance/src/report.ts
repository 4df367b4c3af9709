/**
 * Conformance reports: the summary table (per protocol, side and test kind), the JSON report,
 * and the check against `expected-failures.json` (known failures, each with a reason; the list
 * may only shrink).
 * @packageDocumentation
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CaseResult } from './run.js';

/** One known failure: the case (id, protocol, side) and why it fails. */
export interface ExpectedFailure {
  readonly id: string;
  readonly protocol: string;
  readonly side: string;
  readonly reason: string;
}

/** Counts of one table row. */
export interface SummaryRow {
  readonly protocol: string;
  readonly side: string;
  readonly kind: string;
  passed: number;
  failed: number;
  skipped: number;
}

/** The key identifying a case in `expected-failures.json`. */
export function caseKey(c: { id: string; protocol: string; side: string }): string {
  return `${c.protocol} ${c.side} ${c.id}`;
}

/**
 * Read `expected-failures.json` (a JSON array of {@link ExpectedFailure}; missing file → `[]`).
 * @throws Error naming the file and the index of an entry without a non-empty `reason`, or a duplicate entry
 */
export function readExpectedFailures(file: string): ExpectedFailure[] {
  if (!existsSync(file)) return [];
  const list = JSON.parse(readFileSync(file, 'utf8')) as ExpectedFailure[];
  if (!Array.isArray(list)) throw new Error(`${file}: expected a JSON array`);
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    for (const field of ['id', 'protocol', 'side', 'reason'] as const) {
      if (typeof entry[field] !== 'string' || entry[field].trim() === '') throw new Error(`${file}[${i}]: missing "${field}"`);
    }
    const key = caseKey(entry);
    if (seen.has(key)) throw new Error(`${file}[${i}]: duplicate entry ${key}`);
    seen.add(key);
  });
  return list;
}

/** Summary rows, ordered by protocol, side and kind. */
export function summarise(results: readonly CaseResult[]): SummaryRow[] {
  const rows = new Map<string, SummaryRow>();
  for (const r of results) {
    const key = `${r.protocol}|${r.side}|${r.kind}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { protocol: r.protocol, side: r.side, kind: r.kind, passed: 0, failed: 0, skipped: 0 }));
    row[r.status]++;
  }
  return [...rows.values()].sort((a, b) => `${a.protocol}|${a.side}|${a.kind}`.localeCompare(`${b.protocol}|${b.side}|${b.kind}`));
}

/** The summary as a fixed-width text table with a total line. */
export function formatTable(rows: readonly SummaryRow[]): string {
  const header = ['protocol', 'side', 'kind', 'passed', 'failed', 'skipped', 'total'];
  const total = rows.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
  const lines = [
    ...rows.map((r) => [r.protocol, r.side, r.kind, r.passed, r.failed, r.skipped, r.passed + r.failed + r.skipped].map(String)),
    ['all', '', '', total.passed, total.failed, total.skipped, total.passed + total.failed + total.skipped].map(String),
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: readonly string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    fmt(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...lines.slice(0, -1).map(fmt),
    widths.map((w) => '-'.repeat(w)).join('  '),
    fmt(lines.at(-1)!),
    '"failed" counts every failing case, including those listed with a reason in expected-failures.json;',
    'the run fails only on a failure that is not listed there, or on a listed case that now passes.',
  ].join('\n');
}

/** How the run compares with the expected failures. */
export interface Verdict {
  /** Failed cases not in the expected-failures list. */
  readonly unexpectedFailures: CaseResult[];
  /** Listed cases that now pass (remove them from the list). */
  readonly fixed: ExpectedFailure[];
  /** Listed cases that did not run at all (stale entries). */
  readonly stale: ExpectedFailure[];
}

/** Compare results with the expected-failures list. */
export function judge(results: readonly CaseResult[], expected: readonly ExpectedFailure[]): Verdict {
  const listed = new Map(expected.map((e) => [caseKey(e), e]));
  const byKey = new Map<string, CaseResult[]>();
  for (const r of results) byKey.set(caseKey(r), [...(byKey.get(caseKey(r)) ?? []), r]);
  const unexpectedFailures = results.filter((r) => r.status === 'failed' && !listed.has(caseKey(r)));
  const fixed = expected.filter((e) => {
    const runs = byKey.get(caseKey(e));
    return runs !== undefined && runs.every((r) => r.status === 'passed');
  });
  const stale = expected.filter((e) => !byKey.has(caseKey(e)));
  return { unexpectedFailures, fixed, stale };
}

/** The JSON report written to `reports/conformance.json`. */
export interface ConformanceReport {
  readonly corpus: string;
  readonly summary: SummaryRow[];
  readonly results: readonly CaseResult[];
}

/** Write the JSON report (creating its directory). */
export function writeReport(file: string, report: ConformanceReport): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
