/**
 * `pnpm breadth --tsc 5.9,7.0` (scripts/breadth/compilers.ts, compare.ts, typecheck.ts): compiler
 * names, GNU time's lines taken out of tsc's output, per-model results and per-compiler totals.
 */
import { describe, expect, it } from 'vitest';
import { findTsc, parseTscList } from '../../../scripts/breadth/compilers.js';
import { compareMarkdown, compilerTotals, modelResult } from '../../../scripts/breadth/compare.js';
import { parseDiagnostics, splitTime, type BatchResult } from '../../../scripts/breadth/typecheck.js';
import { REPO_ROOT } from './helpers.js';

function batch(output: string, models: string[], status: number, times: { ms: number; cpuMs?: number; maxRssKb?: number }): BatchResult {
  const { rest, cpuMs, maxRssKb } = splitTime(output);
  const { errors, other } = parseDiagnostics(rest, models);
  return { models, status, errors, other, ms: times.ms, ...(cpuMs === undefined ? {} : { cpuMs }), ...(maxRssKb === undefined ? {} : { maxRssKb }) };
}

describe('breadth compilers', () => {
  it('parses --tsc lists by matrix name and rejects others', () => {
    expect(parseTscList('5.9, 7.0,5.9')).toEqual(['5.9', '7.0']);
    expect(() => parseTscList('7')).toThrow('--tsc takes 5.9, 6.0, 7.0 (comma-separated), got "7"');
    expect(() => parseTscList('')).toThrow('--tsc takes');
  });

  it('finds the workspace TypeScript as 5.9 and names a missing compiler', () => {
    const tsc = findTsc(REPO_ROOT, '5.9');
    expect(tsc).toMatchObject({ name: '5.9', version: '5.9.3' });
    expect(tsc.bin).toBe(`${REPO_ROOT}/node_modules/typescript/bin/tsc`);
    const saved = process.env['ANVIL_MATRIX_DIR'];
    process.env['ANVIL_MATRIX_DIR'] = '/nonexistent/anvil-matrix';
    try {
      expect(() => findTsc('/nonexistent/repo', '7.0')).toThrow('TypeScript 7.0 not found under /nonexistent/repo/node_modules or /nonexistent/anvil-matrix/tools/node_modules');
    } finally {
      if (saved === undefined) delete process.env['ANVIL_MATRIX_DIR'];
      else process.env['ANVIL_MATRIX_DIR'] = saved;
    }
  });

  it('takes GNU time lines out of the output, so they are no diagnostics', () => {
    const out = 'a/types/src/x.ts(1,2): error TS2322: bad\nCommand exited with non-zero status 2\nanvil-breadth-time: 7.25 0.40 254000\n';
    const r = splitTime(out);
    expect(r).toEqual({ rest: 'a/types/src/x.ts(1,2): error TS2322: bad\n', cpuMs: 7650, maxRssKb: 254000 });
    expect(splitTime('plain\n')).toEqual({ rest: 'plain\n' });
  });

  it('totals each compiler and writes them side by side', () => {
    const models = ['a', 'b'];
    const old = batch('anvil-breadth-time: 10.00 1.00 300000\n', models, 0, { ms: 20_000 });
    const fresh = batch('b/client/src/y.ts(3,4): error TS2589: deep\nb/client/src/y.ts(5,6): error TS2589: deep\nCommand exited with non-zero status 2\nanvil-breadth-time: 2.00 0.50 150000\n', models, 2, { ms: 4_000 });
    expect(modelResult(fresh, 'a')).toEqual({ typechecked: true, errorCount: 0 });
    expect(modelResult(fresh, 'b')).toEqual({ typechecked: false, errorCount: 2, error: 'b/client/src/y.ts(3,4): error TS2589: deep' });
    const totals = [compilerTotals('5.9', '5.9.3', [old]), compilerTotals('7.0', '7.0.2', [fresh])];
    expect(totals).toEqual([
      { name: '5.9', version: '5.9.3', typechecked: 2, failed: [], errors: 0, batchMsTotal: 20_000, cpuMsTotal: 11_000, maxRssMb: 293 },
      { name: '7.0', version: '7.0.2', typechecked: 1, failed: ['b'], errors: 2, batchMsTotal: 4_000, cpuMsTotal: 2_500, maxRssMb: 146 },
    ]);
    const md = compareMarkdown(2, 1, totals);
    expect(md).toContain('| | TypeScript 5.9.3 | TypeScript 7.0.2 |');
    expect(md).toContain('| models type-checked | 2 / 2 | 1 / 2 |');
    expect(md).toContain('| models failing | none | b |');
    expect(md).toContain('| tsc user + sys CPU, sum (s) | 11.0 | 2.5 |');
  });

  it('fails every model of a batch whose tsc crashed, and reports no CPU without GNU time', () => {
    const crashed = batch('RangeError: out of memory\n', ['a'], 134, { ms: 1_000 });
    expect(modelResult(crashed, 'a')).toEqual({ typechecked: false, errorCount: 0, error: 'RangeError: out of memory' });
    expect(compilerTotals('6.0', '6.0.3', [crashed])).toMatchObject({ typechecked: 0, failed: ['a'], cpuMsTotal: null, maxRssMb: null });
  });
});
