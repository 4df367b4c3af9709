// Sums the vitest JSON reports of every package (packages/*/.vitest/report.json, restored by turbo on
// cache hits) and prints one closing line: "N passed, N failed, N skipped".
// A test file that failed without a failing test (an import error, a crash in a hook) counts as one
// failure. With --expect-all, a package with a `test` script but no report (its vitest never ran or
// crashed before reporting) counts as one failure too and is named. With --matrix, the support matrix's
// cells (reports/matrix.json from scripts/matrix/run.mjs) are listed with their results, and a failed
// or missing matrix fails the summary.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const expectAll = process.argv.includes('--expect-all');
const withMatrix = process.argv.includes('--matrix');
const roots = ['packages', 'examples'];
let passed = 0, failed = 0, skipped = 0, files = 0;
const missing = [];
const seen = new Set();
function visit(dir, depth) {
  if (!existsSync(dir) || depth > 3) return;
  const report = join(dir, '.vitest', 'report.json');
  const manifest = join(dir, 'package.json');
  if (existsSync(report) && !seen.has(report)) {
    seen.add(report);
    const r = JSON.parse(readFileSync(report, 'utf8'));
    passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    for (const file of r.testResults ?? []) {
      if (file.status === 'failed' && !(file.assertionResults ?? []).some((a) => a.status === 'failed')) failed += 1;
    }
    files += 1;
  } else if (expectAll && depth > 0 && existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).scripts?.test) {
    missing.push(dir);
    failed += 1;
  }
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory() && e.name !== 'node_modules' && e.name !== 'src' && e.name !== 'dist' && !e.name.startsWith('.')) visit(join(dir, e.name), depth + 1);
  }
}
for (const r of roots) visit(r, 0);
if (!files && !missing.length) { console.error('test-summary: no vitest reports found'); process.exit(1); }
if (missing.length) console.log(`no test report (counted as failed): ${missing.join(', ')}`);
let matrixFailed = 0;
if (withMatrix) {
  const report = join('reports', 'matrix.json');
  if (!existsSync(report)) {
    console.log(`support matrix: no ${report} (scripts/matrix/run.mjs did not finish) — counted as failed`);
    matrixFailed = 1;
  } else {
    const { cells } = JSON.parse(readFileSync(report, 'utf8'));
    for (const c of cells) console.log(`  ${c.cell.padEnd(16)} ${c.result === 'pass' ? 'pass' : 'FAIL'}  ${c.detail} — ${c.what}`);
    matrixFailed = cells.filter((c) => c.result !== 'pass').length;
    console.log(`support matrix: ${cells.length - matrixFailed}/${cells.length} cells pass`);
  }
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed || matrixFailed ? 1 : 0);
