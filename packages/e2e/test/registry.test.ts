/**
 * Anvil as a user gets it: every publishable package is published to a real
 * registry (verdaccio on 127.0.0.1), and two scratch projects outside the
 * workspace install only through it (third-party packages come through its
 * uplink to the npm registry):
 * 1. a pnpm + turbo monorepo: add the CLI, `anvil init`, `anvil add` the DRS
 *    model, `turbo run generate build test` (the app's test calls the
 *    generated client through the generated handlers); a second run is a full
 *    cache hit; a second clean clone restores every generated and built
 *    output from a real turbo remote cache (turborepo-remote-cache) without
 *    running `generate`;
 * 2. a plain npm + Vite app in the app layout: strict type-check under
 *    `moduleResolution` bundler and nodenext, a vitest test through msw, and
 *    `vite build`.
 *
 * Timeouts are long on purpose: each step installs packages over the network
 * (through verdaccio, which fetches third-party metadata from the npm
 * registry) and compiles on a shared 2-core machine. No assertion depends on
 * timing; the steps' durations are printed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryTestsEnabled } from '../src/network.js';
import { publishablePackages } from '../src/packages.js';
import { publishAll, registryEnv, startRegistry, type Registry } from '../src/registry.js';
import { startRemoteCache, type RemoteCache } from '../src/remote-cache.js';
import { BIN, REPO_ROOT, run } from '../src/run.js';
import { scratchProject, Steps } from '../src/scratch.js';

/** Network installs of a few hundred packages through verdaccio: minutes, not seconds, on a busy machine. */
const SCENARIO_TIMEOUT = 15 * 60_000;

const DRS_MODEL = join(REPO_ROOT, 'models', 'drs', 'drs.json');
/** The DRS model's operation count, as the CLI's summary line reports it. */
const DRS_OPERATIONS = Object.values((JSON.parse(readFileSync(DRS_MODEL, 'utf8')) as { shapes: Record<string, { type: string }> }).shapes).filter((s) => s.type === 'operation').length;
/** `drs: N operations, S shapes, F files (F written)`: every file written on the first generation. */
const FIRST_GENERATION = new RegExp(`drs: ${DRS_OPERATIONS} operations, \\d+ shapes, (\\d+) files \\(\\1 written\\)`);
const packages = publishablePackages();
const version = packages.find((p) => p.name === '@anvil/generator')!.version;

let enabled = false;
let temp = '';
let registry: Registry | undefined;
let cache: RemoteCache | undefined;

beforeAll(async () => {
  enabled = await registryTestsEnabled();
  if (!enabled) return;
  temp = mkdtempSync(join(tmpdir(), 'anvil-e2e-'));
  const steps = new Steps('registry');
  registry = await startRegistry(mkdir(join(temp, 'registry')));
  steps.done('start verdaccio');
  await publishAll(registry, packages, mkdir(join(temp, 'tarballs')));
  steps.done(`publish ${packages.length} packages`);
  cache = await startRemoteCache(mkdir(join(temp, 'remote-cache')));
  steps.done('start turborepo-remote-cache');
  console.log(steps.report());
}, SCENARIO_TIMEOUT);

afterAll(async () => {
  await Promise.all([registry?.stop(), cache?.stop()]);
  if (temp) rmSync(temp, { recursive: true, force: true });
}, 60_000);

function mkdir(dir: string): string {
  execFileSync('mkdir', ['-p', dir]);
  return dir;
}

const pnpm = join(BIN, 'pnpm');

/** Turbo's closing summary: cached and total task counts. */
function cached(output: string): { cached: number; total: number } {
  const m = /Cached:\s+(\d+) cached, (\d+) total/.exec(output);
  if (!m) throw new Error(`no turbo summary in:\n${output.slice(-3000)}`);
  return { cached: Number(m[1]), total: Number(m[2]) };
}

// The two scenarios run at once: most of their time is spent waiting on installs through the registry.
describe.concurrent('published packages, installed from a real registry', () => {
  it('a pnpm + turbo monorepo: anvil init, anvil add, generate → build → test, full cache hits locally and from the remote cache', async (ctx) => {
    if (!enabled) return ctx.skip();
    const steps = new Steps('pnpm + turbo monorepo');
    const env = registryEnv(registry!);
    const turboEnv = registryEnv(registry!, cache!.turboEnv);
    const root = scratchProject('monorepo', join(temp, 'monorepo'), registry!.url, version);

    await run(pnpm, ['add', '-D', '-w', `@anvil/generator@${version}`], { cwd: root, env });
    steps.done('pnpm add -D -w @anvil/generator');

    // The CLI as installed (node_modules/.bin/anvil): `pnpm exec` would only add its own start-up time.
    const anvil = (...args: string[]) => run(join(root, 'node_modules', '.bin', 'anvil'), args, { cwd: root, env });
    // Without --force, init creates its own files and only prints the changes to the user's files.
    const turboBefore = readFileSync(join(root, 'turbo.json'), 'utf8');
    const dry = await anvil('init');
    expect(dry.stdout).toContain('pnpm workspace, turbo');
    expect(dry.stdout).toContain('created anvil.config.json');
    expect(dry.stdout).toContain('+  - packages/generated/*/*');
    expect(dry.stdout).toContain('rerun with --force');
    expect(readFileSync(join(root, 'turbo.json'), 'utf8')).toBe(turboBefore);
    await anvil('init', '--force');
    expect(readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8')).toContain('  - packages/generated/*/*\n');
    expect((await anvil('init')).stdout).toContain('already set up, nothing to change');
    steps.done('anvil init (dry, --force, again)');

    // The team's app starts using the generated packages; the install `anvil add` runs links them all.
    scratchProject('monorepo-web', join(root, 'apps', 'web'), registry!.url, version);
    rmSync(join(root, 'apps', 'web', '.npmrc'));
    const add = await anvil('add', DRS_MODEL);
    expect(add.stdout).toContain('copied models/drs/drs.json');
    expect(add.stdout).toMatch(FIRST_GENERATION);
    expect(add.stdout).toContain('pnpm install --no-frozen-lockfile');
    const client = JSON.parse(readFileSync(join(root, 'packages', 'generated', 'drs', 'client', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(client.dependencies).toEqual({ '@anvil-gen/drs-types': 'workspace:*', '@anvil/client-runtime': `^${version}`, '@anvil/runtime': `^${version}` });
    expect(existsSync(join(root, 'apps', 'web', 'node_modules', '@anvil-gen', 'drs-client', 'package.json'))).toBe(true);
    steps.done('anvil add models/drs/drs.json (+ pnpm install)');

    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.com', ...args], { cwd: root, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'anvil in a monorepo');

    const first = await run(join(root, 'node_modules', '.bin', 'turbo'), ['run', 'generate', 'build', 'test'], { cwd: root, env: turboEnv });
    expect(first.stdout).toMatch(/web:test: .*2 passed/);
    const tasks = cached(first.stdout).total; // 3 × generate, 3 × build, web#test
    expect(tasks).toBe(7);
    steps.done('turbo run generate build test');

    const second = await run(join(root, 'node_modules', '.bin', 'turbo'), ['run', 'generate', 'build', 'test'], { cwd: root, env: turboEnv });
    expect(cached(second.stdout)).toEqual({ cached: tasks, total: tasks });
    expect(second.stdout).toContain('FULL TURBO');
    steps.done('second run (local cache)');

    // A second clean clone: no generated sources (ignored), no dist, no local turbo cache.
    const clone = join(temp, 'monorepo-clone');
    execFileSync('git', ['clone', '-q', root, clone]);
    expect(existsSync(join(clone, 'packages', 'generated', 'drs', 'client', 'src'))).toBe(false);
    await run(pnpm, ['install', '--frozen-lockfile'], { cwd: clone, env });
    const restored = await run(join(clone, 'node_modules', '.bin', 'turbo'), ['run', 'generate', 'build', 'test'], { cwd: clone, env: turboEnv });
    expect(cached(restored.stdout)).toEqual({ cached: tasks, total: tasks });
    expect(restored.stdout).toContain('FULL TURBO');
    expect(restored.stdout).not.toMatch(/cache miss/);
    for (const kind of ['types', 'client', 'msw']) {
      const pkg = join('packages', 'generated', 'drs', kind);
      const srcFiles = readdirSync(join(root, pkg, 'src'), { recursive: true }).map(String).sort();
      expect(readdirSync(join(clone, pkg, 'src'), { recursive: true }).map(String).sort(), `${pkg}/src`).toEqual(srcFiles);
      expect(readFileSync(join(clone, pkg, 'src', 'index.ts'), 'utf8')).toBe(readFileSync(join(root, pkg, 'src', 'index.ts'), 'utf8'));
      expect(readFileSync(join(clone, pkg, 'dist', 'index.js'), 'utf8')).toBe(readFileSync(join(root, pkg, 'dist', 'index.js'), 'utf8'));
    }
    steps.done('clean clone: pnpm install + turbo run (remote cache)');
    console.log(steps.report());
  }, SCENARIO_TIMEOUT);

  it('a plain npm + Vite app in the app layout: strict type-check (bundler, nodenext), vitest through msw, vite build', async (ctx) => {
    if (!enabled) return ctx.skip();
    const steps = new Steps('npm + Vite app');
    const env = registryEnv(registry!);
    const root = scratchProject('app', join(temp, 'app'), registry!.url, version);
    await run('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, env });
    steps.done('npm install');

    const gen = await run(join(root, 'node_modules', '.bin', 'anvil'), ['generate', DRS_MODEL, '--layout', 'app', '--out', 'src/api/drs'], { cwd: root, env });
    expect(gen.stdout).toMatch(FIRST_GENERATION);
    expect(existsSync(join(root, 'src', 'api', 'drs', 'package.json'))).toBe(false);
    expect(readFileSync(join(root, 'src', 'api', 'drs', 'client', 'client.ts'), 'utf8')).toContain("from '../types/index.js';");
    steps.done('anvil generate --layout app');

    const tsc = join(root, 'node_modules', '.bin', 'tsc');
    await Promise.all(['tsconfig.bundler.json', 'tsconfig.nodenext.json'].map((config) => run(tsc, ['-p', config], { cwd: root, env })));
    steps.done('tsc (bundler, nodenext)');

    const test = await run('npm', ['test'], { cwd: root, env });
    expect(`${test.stdout}${test.stderr}`).toMatch(/Tests\s+2 passed/);
    steps.done('vitest');

    await run('npm', ['run', 'build'], { cwd: root, env });
    const assets = readdirSync(join(root, 'dist', 'assets')).filter((f) => f.endsWith('.js'));
    expect(assets.length).toBeGreaterThan(0);
    const bundle = assets.map((f) => readFileSync(join(root, 'dist', 'assets', f), 'utf8')).join('\n');
    expect(bundle).toContain('/RetryDataReplication');
    // Mock-only code never reaches the client bundle.
    expect(bundle).not.toContain('[MSW]');
    steps.done('vite build');
    console.log(steps.report());
  }, SCENARIO_TIMEOUT);
});
