/**
 * `pnpm patterns`: every `@pattern` use of the AWS corpus (`<shared>/models/api-models-aws-2026-04`)
 * through the mock's fake data and validation — 50 fake values per use, each validated — and a report
 * (`reports/patterns/summary.json`): crashes (goal 0), values validation rejects (goal 0 for honoured
 * patterns), Java constructs translated, and the uses whose pattern is not honoured, each with its
 * reason (goal: under 20).
 *
 * Usage: pnpm patterns [--values N] [--only a,b] [--every K]
 *   --values  fake values per use (default 50)
 *   --every   keep every K-th use only (default 1: all)
 * Exit status 1 when anything crashed, a value of an honoured pattern failed validation, or 20 or more
 * uses are not honoured.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS, listModels, sharedDir } from './breadth/corpus.js';
import { checkPatternUse, collectPatternUses, type UseResult } from './patterns/corpus-patterns.js';

const GOAL = 20;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const values = Number(arg('--values') ?? 50);
const every = Number(arg('--every') ?? 1);
const only = arg('--only')?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];

const started = performance.now();
const corpusDir = join(sharedDir(root), 'models', CORPUS);
const models = listModels(corpusDir, only);
const uses = collectPatternUses(corpusDir, models).filter((_, i) => i % every === 0);
const warn = console.warn;
let warnings = 0;
console.warn = () => void warnings++;
const results: UseResult[] = [];
for (const use of uses) results.push(checkPatternUse(use, values));
console.warn = warn;

const crashed = results.filter((r) => r.crashes.length > 0);
const notHonoured = results.filter((r) => !r.honoured);
const invalidHonoured = results.filter((r) => r.honoured && r.invalid > 0);
const constructs: Record<string, number> = {};
for (const r of results) for (const c of r.java) constructs[c] = (constructs[c] ?? 0) + 1;
const summary = {
  corpus: CORPUS,
  models: models.length,
  uses: results.length,
  distinctPatterns: new Set(results.map((r) => r.use.pattern)).size,
  valuesPerUse: values,
  values: results.reduce((n, r) => n + r.values, 0),
  crashes: results.reduce((n, r) => n + r.crashes.length, 0),
  invalidValues: results.reduce((n, r) => n + r.invalid, 0),
  invalidValuesOfHonouredPatterns: invalidHonoured.reduce((n, r) => n + r.invalid, 0),
  usesWithJavaConstructs: results.filter((r) => r.java.length > 0).length,
  javaConstructs: Object.fromEntries(Object.entries(constructs).sort((a, b) => b[1] - a[1])),
  notHonoured: notHonoured.map((r) => ({ model: r.use.model, owner: r.use.owner, pattern: r.use.pattern, reason: r.reason })),
  crashed: crashed.map((r) => ({ owner: r.use.owner, pattern: r.use.pattern, crashes: r.crashes.slice(0, 3) })),
  mockWarnings: warnings,
  ms: Math.round(performance.now() - started),
};
const out = join(root, 'reports', 'patterns');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);

console.log(`patterns: ${summary.uses} uses (${summary.distinctPatterns} distinct) in ${summary.models} models, ${summary.values} fake values`);
console.log(`  crashes: ${summary.crashes}; values rejected by validation: ${summary.invalidValues} (${summary.invalidValuesOfHonouredPatterns} of honoured patterns)`);
console.log(`  uses with Java constructs translated: ${summary.usesWithJavaConstructs} (${Object.entries(constructs).map(([c, n]) => `${c} ×${n}`).join(', ')})`);
console.log(`  not honoured: ${notHonoured.length} uses (goal: under ${GOAL})`);
for (const r of notHonoured) console.log(`    ${r.use.owner} ${JSON.stringify(r.use.pattern)}: ${r.reason}`);
console.log(`  report: ${join('reports', 'patterns', 'summary.json')} (${(summary.ms / 1000).toFixed(1)} s)`);
if (crashed.length > 0 || invalidHonoured.length > 0 || notHonoured.length >= GOAL) process.exitCode = 1;
