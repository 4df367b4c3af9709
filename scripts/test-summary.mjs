// Sums the vitest JSON reports of every package (packages/*/.vitest/report.json, restored by turbo on
// cache hits) and prints one closing line: "N passed, N failed, N skipped".
// A test file that failed without a failing test (an import error, a crash in a hook) counts as one
// failure. With --expect-all, a package with a `test` script but no report (its vitest never ran or
// crashed before reporting) counts as one failure too and is named.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const expectAll = process.argv.includes('--expect-all');
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
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
