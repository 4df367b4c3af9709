/**
 * Turbo cache invariance: adding a service, or editing one service's model,
 * leaves every other task's hash (so its cache hit) intact. Runs
 * `turbo run generate build typecheck test --dry=json` in a temporary copy of
 * the repository (its git-tracked and unignored files).
 *
 * Why this can break (and did: adding one model missed every cached task):
 * - turbo's global hash covers the root `package.json` dependencies, so the root must not depend
 *   on workspace packages (the scripts' dependencies live in `scripts/package.json`);
 * - a workspace package missing from `pnpm-lock.yaml` makes turbo give up on every package's
 *   dependency closure ("Unable to calculate transitive closures"), changing every hash — so
 *   `anvil add` runs the install that records the new packages in the lockfile, as this test does;
 * - a `$TURBO_ROOT$/models/**` input on every `test` task: only the generator's tests read models,
 *   and they hash just the two they read (`packages/generator/turbo.json`).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, REPO_ROOT, run } from '../src/run.js';

const TASKS = ['generate', 'build', 'typecheck', 'test'];
let copy = '';

/** Task id → hash of every task turbo would run (tasks without a script included: they are cache keys too). */
async function hashes(): Promise<Map<string, string>> {
  const { stdout } = await run(join(REPO_ROOT, 'node_modules', '.bin', 'turbo'), ['run', ...TASKS, '--dry=json'], { cwd: copy });
  return new Map((JSON.parse(stdout) as { tasks: Array<{ taskId: string; hash: string }> }).tasks.map((t) => [t.taskId, t.hash]));
}

function changedBetween(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...before.keys()].filter((id) => after.get(id) !== before.get(id)).sort();
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'anvil-cache-'));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    mkdirSync(dirname(join(copy, f)), { recursive: true });
    try {
      cpSync(join(REPO_ROOT, f), join(copy, f));
    } catch {
      // a tracked file deleted in the working tree
    }
  }
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.com', ...args], { cwd: copy, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'copy');
}, 120_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('turbo cache invariance', () => {
  it('the root package.json depends on no workspace package (its dependencies are in the global hash)', () => {
    const root = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const internal = ['dependencies', 'devDependencies'].flatMap((f) => Object.entries(root[f] ?? {}).filter(([, v]) => v.startsWith('workspace:')).map(([n]) => n));
    expect(internal).toEqual([]);
  });

  it('adding a service changes no existing task hash; editing one model changes only that service and the generator tests', async (ctx) => {
    const before = await hashes();
    expect(before.get('@anvil/runtime#build')).toMatch(/^[0-9a-f]{16}$/);

    // Add a service as `anvil add` does: model in models/, packages generated, lockfile updated.
    const notes = readFileSync(join(copy, 'models', 'notes', 'notes.json'), 'utf8');
    mkdirSync(join(copy, 'models', 'pets'));
    writeFileSync(join(copy, 'models', 'pets', 'pets.json'), notes.replaceAll('example.notes#', 'example.pets#'));
    // The CLI runs from Anvil's repository, not the copy: ask for what it writes inside Anvil (workspace runtimes).
    await run(process.execPath, [join(REPO_ROOT, 'packages', 'generator', 'bin', 'anvil.js'), 'generate', 'models/pets/pets.json', '--out', 'packages/generated/pets', '--name', 'pets', '--runtime-version', 'workspace:*'], { cwd: copy });
    const config = JSON.parse(readFileSync(join(copy, 'anvil.config.json'), 'utf8')) as { services: unknown[] };
    config.services.push({ models: ['models/pets/pets.json'], out: 'packages/generated/pets', name: 'pets' });
    writeFileSync(join(copy, 'anvil.config.json'), `${JSON.stringify(config, null, 2)}\n`);
    try {
      // Resolves from pnpm's metadata cache; the network only when the cache lacks something.
      await run(join(BIN, 'pnpm'), ['install', '--lockfile-only', '--prefer-offline', '--ignore-scripts'], { cwd: copy, env: cleanEnv() });
    } catch (err) {
      if (process.env.CI) throw err;
      console.warn(`SKIPPED: pnpm could not update the lockfile of the copy (offline?): ${String(err).slice(0, 300)}`);
      ctx.skip();
    }
    const added = await hashes();
    expect([...added.keys()].filter((id) => !before.has(id)).filter((id) => id.endsWith('#generate'))).toEqual([
      '@anvil-gen/pets-client#generate',
      '@anvil-gen/pets-msw#generate',
      '@anvil-gen/pets-types#generate',
    ]);
    expect(changedBetween(before, added)).toEqual([]);

    // Edit one service's model.
    appendFileSync(join(copy, 'models', 'notes', 'notes.json'), ' \n');
    const edited = await hashes();
    const notesTasks = [...added.keys()].filter((id) => id.startsWith('@anvil-gen/notes-'));
    expect(changedBetween(added, edited)).toEqual([...notesTasks, '@anvil/generator#test'].sort());
  }, 180_000);
});
