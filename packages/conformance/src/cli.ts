/**
 * `pnpm --filter @anvil/conformance conformance [--model <file or dir>]... [--filter <text>] [--protocol <name>] [--failures]`:
 * run the protocol conformance suite (JSON, XML, query and RPC v2 protocols), print the summary table, write
 * `reports/conformance.json`, and exit
 * non-zero when the results differ from `expected-failures.json`.
 *
 * The corpus is the shared pira JSON AST unless `--model` names model files or directories (JSON AST
 * and/or Smithy IDL, e.g. `../shared/protocol-tests/smithy-idl/main`), loaded together.
 *
 * Workspace packages are resolved to their TypeScript sources (custom condition `@anvil/source`,
 * as in the tests); when started without it, the CLI re-runs itself with
 * `--conditions=@anvil/source`.
 * @packageDocumentation
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { TestedProtocol } from './cases.js';

const CONDITION = '--conditions=@anvil/source';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const filterAt = args.indexOf('--filter');
  const filter = filterAt >= 0 ? args[filterAt + 1] : undefined;
  const showFailures = args.includes('--failures');
  const protocolAt = args.indexOf('--protocol');
  const protocol = protocolAt >= 0 ? args[protocolAt + 1] : undefined;
  // Relative to where pnpm was started (`INIT_CWD`), not to this package, where pnpm runs the script.
  const models = args.flatMap((arg, i) => (args[i - 1] === '--model' ? [resolve(process.env['INIT_CWD'] ?? process.cwd(), arg)] : []));
  const { requireCorpus, PACKAGE_DIR } = await import('./shared.js');
  const file = models.length > 0 ? models.join(' ') : requireCorpus();
  if (!file) return 0;
  const { runConformance } = await import('./run.js');
  const { caseKey, formatTable, judge, readExpectedFailures, summarise, writeReport } = await import('./report.js');
  const started = performance.now();
  const { accountFor } = await import('./inventory.js');
  const { EVENT_STREAM_TESTS, EVENT_STREAMS_COVERED_BY } = await import('./other-suites.js');
  const corpus = models.length > 0 ? { modelFiles: models } : { modelFile: file };
  const protocols = protocol === undefined ? {} : { protocols: [protocol as TestedProtocol] };
  const { results, found, services, otherSuites } = await runConformance({ ...corpus, ...protocols, ...(filter ? { filter } : {}) });
  const summary = summarise(results, found);
  const reportFile = join(PACKAGE_DIR, 'reports', 'conformance.json');
  writeReport(reportFile, { corpus: file, services, summary, results });
  console.log(formatTable(summary));
  const ran = results.filter((r) => r.status !== 'not-run').length;
  console.log(`\n${ran} cases run in ${Math.round(performance.now() - started)} ms; report: ${reportFile}`);
  const show = (r: (typeof results)[number]) => `${caseKey(r)}: ${r.reason}`;
  if (showFailures) for (const r of results.filter((x) => x.status === 'failed')) console.log(`FAIL ${show(r)}`);
  if (!filter) for (const r of results.filter((x) => x.status === 'not-run')) console.log(`NOT RUN ${show(r)}`);
  if (otherSuites.length > 0) console.log(`${otherSuites.length} ${EVENT_STREAM_TESTS} cases: ${EVENT_STREAMS_COVERED_BY}`);
  const { missing, extra } = accountFor(found, results);
  for (const key of missing) console.log(`UNACCOUNTED (found, no result): ${key}`);
  for (const key of extra) console.log(`EXTRA RESULT (not in the inventory, or twice): ${key}`);
  if (filter || protocol) return missing.length + extra.length === 0 ? 0 : 1;
  const verdict = judge(results, readExpectedFailures(join(PACKAGE_DIR, 'expected-failures.json')), found);
  for (const r of verdict.unexpectedFailures) console.log(`UNEXPECTED FAILURE ${show(r)}`);
  for (const e of verdict.fixed) console.log(`NOW PASSES (remove from expected-failures.json): ${caseKey(e)}`);
  for (const e of verdict.stale) console.log(`STALE expected failure (did not run): ${caseKey(e)}`);
  const problems = missing.length + extra.length + verdict.unexpectedFailures.length + verdict.fixed.length + verdict.stale.length;
  return problems === 0 ? 0 : 1;
}

/** The corpus services of one protocol (`--protocol`), test services included. */
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
