/**
 * The whole JSON-protocol conformance run (restJson1, awsJson1_0, awsJson1_1; client and mock
 * sides) against `expected-failures.json`: fails on any failure not listed there, and on any listed
 * case that now passes or no longer exists (the list may only shrink).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatTable, judge, readExpectedFailures, summarise, writeReport, caseKey } from '../src/report.js';
import { runConformance, type CaseResult } from '../src/run.js';
import { PACKAGE_DIR, requireCorpus } from '../src/shared.js';

const corpus = requireCorpus();

describe.skipIf(!corpus)('JSON protocol conformance', () => {
  let results: CaseResult[] = [];
  beforeAll(async () => {
    results = await runConformance({ modelFile: corpus! });
    const summary = summarise(results);
    writeReport(join(PACKAGE_DIR, 'reports', 'conformance.json'), { corpus: corpus!, summary, results });
    console.log(`\n${formatTable(summary)}\n`);
  });

  it('runs every case of the eight JSON services', () => {
    const counts: Record<string, number> = {};
    for (const r of results) counts[`${r.protocol} ${r.side} ${r.kind}`] = (counts[`${r.protocol} ${r.side} ${r.kind}`] ?? 0) + 1;
    expect(counts).toEqual({
      'restJson1 client request': 139,
      'restJson1 client response': 107,
      'restJson1 mock request': 134,
      'restJson1 mock response': 91,
      'restJson1 mock malformed': 655,
      'awsJson1_1 client request': 57,
      'awsJson1_1 client response': 60,
      'awsJson1_1 mock request': 58,
      'awsJson1_1 mock response': 45,
      'awsJson1_0 client request': 29,
      'awsJson1_0 client response': 39,
      'awsJson1_0 mock request': 26,
      'awsJson1_0 mock response': 23,
    });
  });

  it('fails only the listed cases, and every listed case still fails', () => {
    const verdict = judge(results, readExpectedFailures(join(PACKAGE_DIR, 'expected-failures.json')));
    expect(verdict.unexpectedFailures.map((r) => `${caseKey(r)}: ${r.reason}`)).toEqual([]);
    expect(verdict.fixed.map((e) => `now passes, remove from expected-failures.json: ${caseKey(e)}`)).toEqual([]);
    expect(verdict.stale.map((e) => `no such case, remove from expected-failures.json: ${caseKey(e)}`)).toEqual([]);
  });
});
