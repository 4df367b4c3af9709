/**
 * `pnpm diff-corpus`: diff every AWS service model of the April 2025 snapshot
 * (`<shared>/models/api-models-aws-2025-04.tar.gz`, unpacked with `tar` into a
 * temporary directory) against the April 2026 corpus
 * (`<shared>/models/api-models-aws-2026-04`) with Anvil's API diff, and print
 * the number of changes per class and per rule.
 *
 *   tsx --conditions=@anvil/source scripts/diff-corpus.ts [--only a,b] [--json out.json] [--keep]
 *
 * Shared data comes from `$ANVIL_SHARED` or `<repo root>/../shared`.
 * @packageDocumentation
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHANGE_CLASSES, diffSources, type ChangeClass } from '../packages/generator/src/diff/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.ANVIL_SHARED ?? join(root, '..', 'shared'));
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = flag('--only')?.split(',').filter(Boolean) ?? [];

/** Every `*.json` below `<dir>/<svc>/service/`, sorted. */
function modelFiles(dir: string, svc: string): string[] {
  const base = join(dir, svc, 'service');
  if (!existsSync(base)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json')) out.push(p);
    }
  };
  walk(base);
  return out;
}

function services(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

const archive = join(shared, 'models', 'api-models-aws-2025-04.tar.gz');
const newer = join(shared, 'models', 'api-models-aws-2026-04');
for (const p of [archive, newer]) if (!existsSync(p)) throw new Error(`diff-corpus: ${p} not found (set ANVIL_SHARED)`);

const start = performance.now();
const tmp = mkdtempSync(join(tmpdir(), 'anvil-diff-corpus-'));
try {
  execFileSync('tar', ['xzf', archive, '-C', tmp]);
  const older = join(tmp, 'api-models-aws-2025-04');
  const names = [...new Set([...services(older), ...services(newer)])].filter((n) => !only.length || only.includes(n)).sort();
  const total: Record<ChangeClass, number> = { breaking: 0, dangerous: 0, safe: 0 };
  const byRule = new Map<string, Record<ChangeClass, number>>();
  const perService: Array<{ service: string; counts: Record<ChangeClass, number> }> = [];
  const failures: string[] = [];
  let compared = 0;
  let added = 0;
  let removed = 0;
  let unchanged = 0;
  for (const svc of names) {
    const a = modelFiles(older, svc);
    const b = modelFiles(newer, svc);
    if (!a.length && b.length) added += 1;
    if (a.length && !b.length) removed += 1;
    if (!a.length || !b.length) continue;
    try {
      const report = diffSources({ paths: a }, { paths: b });
      compared += 1;
      if (!report.changes.length) unchanged += 1;
      for (const c of CHANGE_CLASSES) total[c] += report.counts[c];
      for (const c of report.changes) {
        const row = byRule.get(c.rule) ?? { breaking: 0, dangerous: 0, safe: 0 };
        row[c.class] += 1;
        byRule.set(c.rule, row);
      }
      perService.push({ service: svc, counts: report.counts });
    } catch (err) {
      failures.push(`${svc}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    }
  }
  const secs = ((performance.now() - start) / 1000).toFixed(1);
  console.log(`services: ${compared} compared (${unchanged} without API changes), ${added} only in 2026-04, ${removed} only in 2025-04, ${failures.length} failed to load; ${secs} s`);
  console.log(`changes: ${total.breaking} breaking, ${total.dangerous} dangerous, ${total.safe} safe`);
  console.log('\n| rule | breaking | dangerous | safe |\n|---|---:|---:|---:|');
  for (const [rule, row] of [...byRule].sort((x, y) => (x[0] < y[0] ? -1 : 1))) console.log(`| ${rule} | ${row.breaking} | ${row.dangerous} | ${row.safe} |`);
  const mostBreaking = perService.filter((s) => s.counts.breaking).sort((x, y) => y.counts.breaking - x.counts.breaking).slice(0, 10);
  console.log(`\nservices with breaking changes: ${perService.filter((s) => s.counts.breaking).length}; most: ${mostBreaking.map((s) => `${s.service} (${s.counts.breaking})`).join(', ')}`);
  for (const f of failures) console.log(`failed: ${f}`);
  const json = flag('--json');
  if (json) writeFileSync(json, `${JSON.stringify({ compared, unchanged, added, removed, failures, total, byRule: Object.fromEntries(byRule), perService }, null, 2)}\n`);
  if (failures.length) process.exitCode = 1;
} finally {
  if (!args.includes('--keep')) rmSync(tmp, { recursive: true, force: true });
}
