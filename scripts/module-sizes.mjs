// Module sizes of the hand-written sources: every `packages/*/src/**/*.ts` except tests (`*.test.ts`),
// test fixtures (`__fixtures__/`), declaration files and the generated packages (`packages/generated/`).
// Prints the module count, the median line count, and every module over 300 lines. Fails (exit 1) when a
// module over 300 lines has no reason in its header comment: a line starting with `Over 300 lines:`.
// The median goal (≤ 100 lines) is reported, not enforced per module.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LIMIT = 300;
const MEDIAN_GOAL = 100;
const MARKER = /^\s*(?:\*|\/\/)\s*Over 300 lines:\s*\S/m;

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === '__fixtures__' ? [] : walk(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The module's header: its leading comment block(s), before the first statement. */
function header(text) {
  const m = /^(?:\s*(?:\/\*[\s\S]*?\*\/|\/\/[^\n]*))*/.exec(text);
  return m ? m[0] : '';
}

const packages = join(ROOT, 'packages');
const modules = readdirSync(packages, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'generated')
  .flatMap((e) => {
    try {
      return walk(join(packages, e.name, 'src'));
    } catch {
      return []; // a package without src/
    }
  })
  .map((path) => {
    const text = readFileSync(path, 'utf8');
    const lines = text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
    return { path: relative(ROOT, path), lines, reasoned: MARKER.test(header(text)) };
  });

if (modules.length === 0) {
  console.error('module-sizes: no modules found under packages/*/src');
  process.exit(1);
}
const sorted = modules.map((m) => m.lines).sort((a, b) => a - b);
const mid = sorted.length >> 1;
const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
const over = modules.filter((m) => m.lines > LIMIT).sort((a, b) => b.lines - a.lines);
const unexplained = over.filter((m) => !m.reasoned);

console.log(`${modules.length} hand-written modules, median ${median} lines (goal ≤ ${MEDIAN_GOAL}), ${over.length} over ${LIMIT}`);
for (const m of over) console.log(`  ${m.lines}  ${m.path}${m.reasoned ? '' : '  <- no "Over 300 lines:" reason in its header comment'}`);
if (median > MEDIAN_GOAL) console.log(`median ${median} is above the goal of ${MEDIAN_GOAL}`);
if (unexplained.length > 0) {
  console.error(`module-sizes: ${unexplained.length} module(s) over ${LIMIT} lines without a reason in the header comment`);
  process.exit(1);
}
