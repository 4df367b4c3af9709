// `pnpm matrix`: the support matrix (docs/matrix.md). Each cell really runs, one line per cell:
// - node 20 / 22 / 24: the client ⇄ mock integration tests (generated DRS client, official SDK 3.523
//   and the modern CloudWatch SDK against generated handlers) on that Node — msw 2.15.0 on 20 (msw 3
//   needs Node 22.12+), msw 3 on 22 and 24;
// - msw 2 / msw 3: msw-runtime's whole suite with that msw (Node 20 / Node 22); msw 3 also runs the
//   component tests of both example apps (drs-console, bedrock-chat; happy-dom);
// - typescript 5.9 / 6.0 / 7.0: `tsc --noEmit` of the generated DRS types, client and msw packages,
//   and under 6.0 / 7.0 a corpus sample (scripts/matrix/corpus-sample.mjs: 14 services, generated once,
//   checked by both; the suite's corpus-sample test checks 31 services under 5.9);
// - scratch project: packed packages + msw 3 installed by Node 22's npm outside the workspace
//   (scripts/matrix/scratch-project.mjs).
// Node 22/24, msw 3 and TypeScript 6/7 install outside the workspace (scripts/matrix/tools.mjs).
// `--cell <prefix>` runs only the cells whose name starts with it (`--cell typescript`).
// Writes reports/matrix.json (read by `scripts/test-summary.mjs --matrix`); exits 1 when a cell fails.
// Needs built packages (`pnpm generate`).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusSample, sampleResult } from './corpus-sample.mjs';
import { runScratchProject } from './scratch-project.mjs';
import { ensureTools, matrixDir } from './tools.mjs';
import { MSW3, NODE, TYPESCRIPT } from './versions.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG = fileURLToPath(new URL('./vitest.config.mjs', import.meta.url));
const PNPM = (process.env.ANVIL_PNPM ?? 'npx -y pnpm@10.34.9').split(' ');
const MSW2 = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'msw', 'package.json'), 'utf8')).version;
const CLIENT_MOCK = ['test/msw-drs.test.ts', 'test/drs-client.test.ts', 'test/official-sdk.test.ts', 'test/msw-fixture.test.ts', 'test/cloudwatch-cbor.test.ts'];
const EXAMPLE = ['src/console.test.ts', 'src/config.test.ts'];
const CHAT = ['src/chat.test.ts'];
const GENERATED = ['types', 'client', 'msw'].map((p) => `packages/generated/drs/${p}/tsconfig.json`);

/** Run a command; its output is kept for the failure message. */
function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 << 20, ...options, env: { ...process.env, ...options.env } });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

/** A command's outcome without blocking (for the parallel type-checks). */
function runAsync(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    child.on('error', (error) => resolve({ ok: false, output: `${output}${error}` }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

/** Vitest in a workspace package on a given Node, optionally with msw 3 swapped in; counts its tests. */
function vitest(node, pkg, files, msw, extraEnv = {}) {
  const report = join(matrixDir(), 'reports', `${pkg.replaceAll('/', '-')}-${Math.random().toString(36).slice(2)}.json`);
  mkdirSync(join(matrixDir(), 'reports'), { recursive: true });
  const env = { ...(msw ? { ANVIL_MATRIX_MSW: msw.dir, ANVIL_MATRIX_MSW_VERSION: msw.version } : {}), ...extraEnv };
  const { ok, output } = run(node, [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--root', '.', '--config', CONFIG,
    '--reporter=dot', '--reporter=json', `--outputFile.json=${report}`, ...files], { cwd: join(ROOT, pkg), env: { ...env, CI: 'true' } });
  let counts = 'no report';
  try {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    counts = `${r.numPassedTests} passed, ${r.numFailedTests} failed`;
    if (!ok || r.numFailedTests || !r.numPassedTests) return { ok: false, detail: counts, output };
  } catch { return { ok: false, detail: counts, output }; } finally { rmSync(report, { force: true }); }
  return { ok, detail: counts, output };
}

/** Several vitest runs as one cell: all must pass; their counts add up. */
function all(...runs) {
  const count = (r) => /^(\d+) passed, (\d+) failed/.exec(r.detail)?.slice(1).map(Number) ?? [0, 1];
  const [passed, failed] = runs.map(count).reduce(([p, f], [p1, f1]) => [p + p1, f + f1], [0, 0]);
  return { ok: runs.every((r) => r.ok), detail: `${passed} passed, ${failed} failed`, output: runs.filter((r) => !r.ok).map((r) => r.output).join('') };
}

/** The compilers beside the workspace's 5.9, which check the corpus sample here. */
const TS_SAMPLE = Object.keys(TYPESCRIPT);
const TS_59_SAMPLE = 'corpus sample: 31 services in the suite (packages/generator/test/corpus-sample.test.ts)';

/**
 * `tsc --noEmit -p` of each generated DRS package, the three at once (tsc uses one core), then for
 * 6.0 / 7.0 this compiler's part of the corpus sample (generated once, in the first of these cells).
 */
async function typecheck(tsc, name) {
  const [cmd, ...args] = tsc;
  const results = await Promise.all(GENERATED.map((project) => runAsync(cmd, [...args, '--noEmit', '-p', project], { cwd: ROOT })));
  const failed = GENERATED.filter((_, i) => !results[i].ok);
  const version = run(cmd, [...args, '--version']).output.trim();
  const sampleRun = TS_SAMPLE.includes(name) ? await corpusSample(ROOT, TS_SAMPLE) : { ok: true, output: '' };
  const sample = TS_SAMPLE.includes(name) ? sampleResult(sampleRun, version.replace(/^Version /, '')) : { ok: true, detail: TS_59_SAMPLE };
  const output = results.map((r) => (r.ok ? '' : r.output)).join('') + (sample.ok ? '' : sampleRun.output);
  const drs = failed.length ? `errors in ${failed.join(', ')}` : '3 DRS packages, no errors';
  return { ok: !failed.length && sample.ok, detail: `${version}: ${drs}; ${sample.detail}`, output };
}

/**
 * @typedef {{ ok: boolean, detail: string, output?: string, log?: string[] }} CellResult
 * @type {Array<{ cell: string, what: string, check: (tools: import('./tools.mjs').Tools) => CellResult | Promise<CellResult> }>}
 */
const CELLS = [
  { cell: 'node 20', what: `client ⇄ mock tests on ${process.version}, msw ${MSW2}`, check: () =>
    process.versions.node.startsWith('20.') ? vitest(process.execPath, 'packages/integration-tests', CLIENT_MOCK) : { ok: false, detail: `the system Node is ${process.version}, not 20` } },
  ...Object.entries(NODE).map(([major, version]) => ({ cell: `node ${major}`, what: `client ⇄ mock tests on v${version}, msw ${MSW3}`,
    check: (tools) => vitest(tools.node[major], 'packages/integration-tests', CLIENT_MOCK, { dir: tools.dir, version: MSW3 }) })),
  { cell: 'msw 2', what: `msw-runtime suite, msw ${MSW2} on ${process.version}`, check: () => vitest(process.execPath, 'packages/msw-runtime', []) },
  { cell: 'msw 3', what: `msw-runtime suite + both example apps' component tests (happy-dom), msw ${MSW3} on v${NODE[22]}`, check: (tools) => {
    const msw = { dir: tools.dir, version: MSW3 };
    const dom = { ANVIL_MATRIX_DOM: '1' };
    return all(vitest(tools.node[22], 'packages/msw-runtime', [], msw), vitest(tools.node[22], 'examples/drs-console', EXAMPLE, msw, dom),
      vitest(tools.node[22], 'examples/bedrock-chat', CHAT, msw, dom));
  } },
  ...['5.9', ...TS_SAMPLE].map((ts) => ({ cell: `typescript ${ts}`,
    what: `tsc --noEmit: generated DRS types, client, msw${ts === '5.9' ? '' : '; 14-service corpus sample'}`, check: (tools) => typecheck(tools.tsc[ts], ts) })),
  { cell: 'scratch project', what: `npm install of packed packages + msw ${MSW3} on Node ${NODE[22]} (no --force), tsc 7, client ⇄ mock with an error override`,
    check: (tools) => {
      const lines = [];
      // one directory per run: two matrix runs on one machine (two clones) share the tools, never the project
      const dir = join(matrixDir(), `scratch-${process.pid}`);
      try {
        const { tests } = runScratchProject({ root: ROOT, dir, pnpm: PNPM, node: tools.node[22], tsc: tools.tsc['7.0'], log: (l) => lines.push(l) });
        return { ok: true, detail: `${tests} passed`, log: lines };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } },
];

const started = Date.now();
// A report of an earlier run must not stand in for this one.
rmSync(join(ROOT, 'reports', 'matrix.json'), { force: true });
let tools;
let toolsError;
try {
  tools = ensureTools(ROOT);
} catch (error) {
  toolsError = error instanceof Error ? error.message : String(error);
}
console.log(`matrix: tools in ${matrixDir()} (${((Date.now() - started) / 1000).toFixed(1)} s)${toolsError ? ` — FAILED: ${toolsError}` : ''}`);
const only = process.argv.includes('--cell') ? process.argv[process.argv.indexOf('--cell') + 1] ?? '' : '';
const results = [];
for (const { cell, what, check } of CELLS.filter((c) => c.cell.startsWith(only))) {
  const t0 = Date.now();
  let r;
  try {
    r = toolsError && cell !== 'node 20' && cell !== 'msw 2' ? { ok: false, detail: `tools missing: ${toolsError}` } : await check(tools);
  } catch (error) {
    r = { ok: false, detail: (error instanceof Error ? error.message : String(error)).split('\n')[0], output: `${error?.stdout ?? ''}${error?.stderr ?? ''}${error?.message ?? ''}` };
  }
  const seconds = (Date.now() - t0) / 1000;
  results.push({ cell, what, result: r.ok ? 'pass' : 'fail', detail: r.detail, seconds });
  if (!r.ok && r.output) console.log(r.output.split('\n').slice(-60).join('\n'));
  for (const line of r.log ?? []) console.log(`matrix:   ${line}`);
  console.log(`matrix: ${cell.padEnd(16)} ${r.ok ? 'pass' : 'FAIL'}  ${r.detail} — ${what} (${seconds.toFixed(1)} s)`);
}
mkdirSync(join(ROOT, 'reports'), { recursive: true });
// this run's corpus sample (scripts/matrix/corpus-sample.mjs)
rmSync(join(matrixDir(), `corpus-sample-${process.pid}`), { recursive: true, force: true });
writeFileSync(join(ROOT, 'reports', 'matrix.json'), `${JSON.stringify({ seconds: (Date.now() - started) / 1000, cells: results }, null, 2)}\n`);
const failed = results.filter((r) => r.result !== 'pass');
console.log(`matrix: ${results.length - failed.length}/${results.length} cells pass in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(failed.length ? 1 : 0);
