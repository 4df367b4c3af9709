// Sums the vitest JSON reports of every package (packages/*/.vitest/report.json, restored by turbo on
// cache hits) and prints one closing line: "N passed, N failed, N skipped".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['packages', 'packages/generated', 'examples'];
let passed = 0, failed = 0, skipped = 0, files = 0;
const seen = new Set();
function visit(dir, depth) {
  if (!existsSync(dir) || depth > 3) return;
  const report = join(dir, '.vitest', 'report.json');
  if (existsSync(report) && !seen.has(report)) {
    seen.add(report);
    const r = JSON.parse(readFileSync(report, 'utf8'));
    passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    files += 1;
  }
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) visit(join(dir, e.name), depth + 1);
  }
}
for (const r of roots) visit(r, 0);
if (!files) { console.error('test-summary: no vitest reports found'); process.exit(1); }
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
