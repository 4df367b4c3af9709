/**
 * Conformance reports: the summary table (per protocol, side and test kind: found, run, passed,
 * failed, not run), the JSON report, and the check against `expected-failures.json` (known
 * failures, each keyed by protocol, side, kind and id, with a reason; the list may only shrink).
 * @packageDocumentation
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FoundCase } from './inventory.js';
import type { CaseResult } from './run.js';

/** One known failure: the case (protocol, side, kind, id) and why it fails. */
export interface ExpectedFailure {
  readonly id: string;
  readonly protocol: string;
  readonly side: string;
  readonly kind: string;
  readonly reason: string;
}

/** Counts of one table row. */
export interface SummaryRow {
  readonly protocol: string;
  readonly side: string;
  readonly kind: string;
  /** Cases of this row in the inventory. */
  found: number;
  passed: number;
  failed: number;
  /** Found cases reported as not run (each result has the reason). */
  notRun: number;
}

/**
 * The key identifying a case in `expected-failures.json`: protocol, side, kind and id (unique in
 * the corpus; ids alone are not: a request and a response test often share one).
 */
export function caseKey(c: { id: string; protocol: string; side: string; kind: string }): string {
  return `${c.protocol} ${c.side} ${c.kind} ${c.id}`;
}

const SIDES = ['client', 'mock'];
const KINDS = ['request', 'response', 'malformed'];

/**
 * Read `expected-failures.json` (a JSON array of {@link ExpectedFailure}; missing file → `[]`).
 * @throws Error naming the file and the index of an entry without a non-empty field, with an unknown
 *   side or kind, or a duplicate entry
 */
export function readExpectedFailures(file: string): ExpectedFailure[] {
  if (!existsSync(file)) return [];
  const list = JSON.parse(readFileSync(file, 'utf8')) as ExpectedFailure[];
  if (!Array.isArray(list)) throw new Error(`${file}: expected a JSON array`);
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    for (const field of ['id', 'protocol', 'side', 'kind', 'reason'] as const) {
      if (typeof entry[field] !== 'string' || entry[field].trim() === '') throw new Error(`${file}[${i}]: missing "${field}"`);
    }
    if (!SIDES.includes(entry.side)) throw new Error(`${file}[${i}]: side must be one of ${SIDES.join(', ')}, got "${entry.side}"`);
    if (!KINDS.includes(entry.kind)) throw new Error(`${file}[${i}]: kind must be one of ${KINDS.join(', ')}, got "${entry.kind}"`);
    const key = caseKey(entry);
    if (seen.has(key)) throw new Error(`${file}[${i}]: duplicate entry ${key}`);
    seen.add(key);
  });
  return list;
}

/**
 * Summary rows, ordered by protocol, side and kind.
 * @param found the inventory: each row's `found` counts its cases there (results and inventory
 *   disagree only when the run dropped or duplicated a case; see `accountFor` in `inventory.ts`)
 */
export function summarise(results: readonly CaseResult[], found: readonly FoundCase[]): SummaryRow[] {
  const rows = new Map<string, SummaryRow>();
  const rowOf = (c: { protocol: string; side: string; kind: string }): SummaryRow => {
    const key = `${c.protocol}|${c.side}|${c.kind}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { protocol: c.protocol, side: c.side, kind: c.kind, found: 0, passed: 0, failed: 0, notRun: 0 }));
    return row;
  };
  for (const c of found) rowOf(c).found++;
  for (const r of results) {
    const row = rowOf(r);
    if (r.status === 'not-run') row.notRun++;
    else row[r.status]++;
  }
  return [...rows.values()].sort((a, b) => `${a.protocol}|${a.side}|${a.kind}`.localeCompare(`${b.protocol}|${b.side}|${b.kind}`));
}

/** The summary as a fixed-width text table with a total line. */
export function formatTable(rows: readonly SummaryRow[]): string {
  const header = ['protocol', 'side', 'kind', 'found', 'run', 'passed', 'failed', 'not run'];
  const total = rows.reduce(
    (t, r) => ({ found: t.found + r.found, passed: t.passed + r.passed, failed: t.failed + r.failed, notRun: t.notRun + r.notRun }),
    { found: 0, passed: 0, failed: 0, notRun: 0 },
  );
  const counts = (r: Omit<SummaryRow, 'protocol' | 'side' | 'kind'>) => [r.found, r.passed + r.failed, r.passed, r.failed, r.notRun].map(String);
  const lines = [...rows.map((r) => [r.protocol, r.side, r.kind, ...counts(r)]), ['all', '', '', ...counts(total)]];
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
    '"not run": found in the corpus but not run; each has its reason in the report.',
  ].join('\n');
}

/** How the run compares with the expected failures. */
export interface Verdict {
  /** Failed cases not in the expected-failures list. */
  readonly unexpectedFailures: CaseResult[];
  /** Listed cases that now pass (remove them from the list). */
  readonly fixed: ExpectedFailure[];
  /** Listed cases that did not run (no such case, or reported as not run): stale entries. */
  readonly stale: ExpectedFailure[];
}

/**
 * Compare results with the expected-failures list.
 * @param found the run's inventory: entries whose case it does not have belong to another corpus (the
 *   rpcv2Json suite exists only in `smithy-idl/main`) and are left out of the verdict; without it, every
 *   entry counts
 */
export function judge(results: readonly CaseResult[], expectedFailures: readonly ExpectedFailure[], found?: readonly FoundCase[]): Verdict {
  const inCorpus = found && new Set(found.map(caseKey));
  const expected = inCorpus ? expectedFailures.filter((e) => inCorpus.has(caseKey(e))) : expectedFailures;
  const listed = new Map(expected.map((e) => [caseKey(e), e]));
  const byKey = new Map<string, CaseResult[]>();
  for (const r of results.filter((x) => x.status !== 'not-run')) byKey.set(caseKey(r), [...(byKey.get(caseKey(r)) ?? []), r]);
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
  /** The services run, test services included. */
  readonly services: readonly string[];
  readonly summary: SummaryRow[];
  readonly results: readonly CaseResult[];
}

/** Write the JSON report (creating its directory). */
export function writeReport(file: string, report: ConformanceReport): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
