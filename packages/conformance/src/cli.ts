/**
 * `pnpm --filter @anvil/conformance conformance [--filter <text>] [--failures]`: run the JSON
 * protocol conformance suite, print the summary table, write `reports/conformance.json`, and exit
 * non-zero when the results differ from `expected-failures.json`.
 *
 * Workspace packages are resolved to their TypeScript sources (custom condition `@anvil/source`,
 * as in the tests); when started without it, the CLI re-runs itself with
 * `--conditions=@anvil/source`.
 * @packageDocumentation
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const CONDITION = '--conditions=@anvil/source';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const filterAt = args.indexOf('--filter');
  const filter = filterAt >= 0 ? args[filterAt + 1] : undefined;
  const showFailures = args.includes('--failures');
  const { requireCorpus, PACKAGE_DIR } = await import('./shared.js');
  const file = requireCorpus();
  if (!file) return 0;
  const { runConformance } = await import('./run.js');
  const { formatTable, judge, readExpectedFailures, summarise, writeReport } = await import('./report.js');
  const started = performance.now();
  const results = await runConformance({ modelFile: file, ...(filter ? { filter } : {}) });
  const summary = summarise(results);
  const reportFile = join(PACKAGE_DIR, 'reports', 'conformance.json');
  writeReport(reportFile, { corpus: file, summary, results });
  console.log(formatTable(summary));
  console.log(`\n${results.length} cases in ${Math.round(performance.now() - started)} ms; report: ${reportFile}`);
  if (showFailures) for (const r of results.filter((x) => x.status === 'failed')) console.log(`FAIL ${r.protocol} ${r.side} ${r.kind} ${r.id}: ${r.reason}`);
  if (filter) return 0;
  const verdict = judge(results, readExpectedFailures(join(PACKAGE_DIR, 'expected-failures.json')));
  for (const r of verdict.unexpectedFailures) console.log(`UNEXPECTED FAILURE ${r.protocol} ${r.side} ${r.id}: ${r.reason}`);
  for (const e of verdict.fixed) console.log(`NOW PASSES (remove from expected-failures.json): ${e.protocol} ${e.side} ${e.id}`);
  for (const e of verdict.stale) console.log(`STALE expected failure (no such case): ${e.protocol} ${e.side} ${e.id}`);
  return verdict.unexpectedFailures.length + verdict.fixed.length + verdict.stale.length === 0 ? 0 : 1;
}

if (!process.execArgv.includes(CONDITION) && !(process.env['NODE_OPTIONS'] ?? '').includes('@anvil/source')) {
  const child = spawnSync(process.execPath, [...process.execArgv, CONDITION, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exitCode = child.status ?? 1;
} else {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
