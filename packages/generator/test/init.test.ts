import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addService } from '../src/init/add-service.js';
import { runInit } from '../src/init/commands.js';
import { applyChanges, planInit, unifiedDiff } from '../src/init/index.js';
import { globMatches } from '../src/init/workspace-globs.js';
import { detectProject } from '../src/workspace/detect.js';
import { readTree, REPO_ROOT, tempDir } from './helpers.js';

const NOTES = join(REPO_ROOT, 'models', 'notes', 'notes.json');

function files(dir: string, entries: Record<string, string>): string {
  for (const [name, text] of Object.entries(entries)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const TURBO_JSONC = `{
  // the team's pipeline
  "$schema": "https://turbo.build/schema.json",
  "tasks": {
    "build": { "dependsOn": ["^build"], "outputs": ["dist/**"] },
    "test": {}
  }
}
`;

function pnpmTurboRepo(): string {
  return files(tempDir('init-pnpm'), {
    'package.json': `${JSON.stringify({ name: 'acme', private: true, packageManager: 'pnpm@10.34.9' }, null, 2)}\n`,
    'pnpm-workspace.yaml': '# apps and libraries\npackages:\n  - apps/*\n',
    'turbo.json': TURBO_JSONC,
  });
}

describe('workspace globs', () => {
  it('matches * per segment and ** across segments', () => {
    expect(globMatches('packages/*/*', 'packages/generated/drs')).toBe(true);
    expect(globMatches('packages/*', 'packages/generated/drs')).toBe(false);
    expect(globMatches('packages/**', 'packages/generated/drs/types')).toBe(true);
    expect(globMatches('./packages/generated/*/*', 'packages/generated/drs/types')).toBe(true);
    expect(globMatches('apps/*', 'packages/generated/drs/types')).toBe(false);
  });
});

describe('anvil init in a pnpm + turbo monorepo', () => {
  it('detects the repository, creates anvil.config.json and the output folder, and only prints changes to existing files', () => {
    const root = pnpmTurboRepo();
    const project = detectProject(join(root, 'apps'));
    expect(project).toMatchObject({ root, packageManager: 'pnpm', globsFile: 'pnpm-workspace.yaml', globs: ['apps/*'], turbo: true });

    const plan = planInit({ cwd: root });
    expect(plan.layout).toBe('packages');
    expect(plan.changes.map((c) => [c.path.slice(root.length + 1), c.before === undefined])).toEqual([
      ['anvil.config.json', true],
      ['packages/generated/README.md', true],
      ['pnpm-workspace.yaml', false],
      ['turbo.json', false],
    ]);
    const turboDiff = unifiedDiff(plan.changes[3]!, root);
    expect(turboDiff).toContain('--- a/turbo.json');
    expect(turboDiff).toContain('--- a/turbo.json\n+++ b/turbo.json\n');
    expect(turboDiff).toContain('\n-    "build": { "dependsOn": ["^build"], "outputs": ["dist/**"] },\n');
    expect(turboDiff).toContain('\n+    "generate": {\n+      "dependsOn": [\n+        "^build"\n+      ],\n+      "cache": false\n+    }\n');

    const { written, withheld } = applyChanges(plan.changes, false);
    expect(written.map((c) => c.path.slice(root.length + 1))).toEqual(['anvil.config.json', 'packages/generated/README.md']);
    expect(withheld.length).toBe(2);
    expect(readFileSync(join(root, 'turbo.json'), 'utf8')).toBe(TURBO_JSONC);
    expect(JSON.parse(readFileSync(join(root, 'anvil.config.json'), 'utf8'))).toEqual({ modelsDir: 'models', outDir: 'packages/generated', layout: 'packages', services: [] });
  });

  it('with --force edits turbo.json and pnpm-workspace.yaml in place (comments kept), and a second run changes nothing', () => {
    const root = pnpmTurboRepo();
    applyChanges(planInit({ cwd: root }).changes, true);
    expect(readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8')).toBe('# apps and libraries\npackages:\n  - apps/*\n  - packages/generated/*/*\n');
    const turbo = readFileSync(join(root, 'turbo.json'), 'utf8');
    expect(turbo).toContain('// the team\'s pipeline');
    const tasks = (JSON.parse(turbo.replace(/^\s*\/\/.*$/m, '')) as { tasks: Record<string, unknown> }).tasks;
    expect(tasks).toEqual({
      build: { dependsOn: ['^build', 'generate'], outputs: ['dist/**'] },
      test: {},
      generate: { dependsOn: ['^build'], cache: false },
    });
    expect(planInit({ cwd: root }).changes).toEqual([]);
  });

  it('anvil add copies the model into models/<service>/, configures and generates the service', () => {
    const root = pnpmTurboRepo();
    applyChanges(planInit({ cwd: root }).changes, true);
    const r = addService({ cwd: root, models: [NOTES], name: 'notes' });
    expect(r.copied).toEqual([join(root, 'models', 'notes', 'notes.json')]);
    expect(JSON.parse(readFileSync(join(root, 'anvil.config.json'), 'utf8')).services).toEqual([
      { models: ['models/notes/notes.json'], out: 'packages/generated/notes', name: 'notes' },
    ]);
    expect(r.generated.files).toBe(readTree(join(root, 'packages', 'generated', 'notes')).size);
    expect(r.generated.changed.length).toBe(r.generated.files);
    const client = JSON.parse(readFileSync(join(root, 'packages', 'generated', 'notes', 'client', 'package.json'), 'utf8'));
    // Outside Anvil's repository: published runtimes, the sibling types package through the workspace protocol.
    expect(client.dependencies).toEqual({ '@anvil-gen/notes-types': 'workspace:*', '@anvil/client-runtime': '^0.1.0', '@anvil/runtime': '^0.1.0' });
    expect(client.devDependencies).toEqual({ '@anvil/generator': '^0.1.0' });
    const turbo = JSON.parse(readFileSync(join(root, 'packages', 'generated', 'notes', 'types', 'turbo.json'), 'utf8'));
    expect(turbo.tasks.generate.inputs).toEqual(['$TURBO_ROOT$/models/notes/notes.json']);
    // Adding again regenerates without touching the config.
    expect(addService({ cwd: root, models: [join(root, 'models', 'notes', 'notes.json')], name: 'notes' }).configChange).toBeUndefined();
  }, 60_000);
});

describe('anvil init without turbo', () => {
  it('npm workspaces: adds the glob to package.json#workspaces and generate-before-build scripts; generated siblings use exact versions', () => {
    const root = files(tempDir('init-npm'), {
      'package.json': `${JSON.stringify({ name: 'acme', private: true, workspaces: ['apps/*'], scripts: { build: 'npm run build --workspaces' } }, null, 2)}\n`,
      'package-lock.json': '{}\n',
    });
    const plan = planInit({ cwd: root });
    expect(plan.project).toMatchObject({ packageManager: 'npm', globsFile: 'package.json', turbo: false });
    applyChanges(plan.changes, true);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.workspaces).toEqual(['apps/*', 'packages/generated/*/*']);
    expect(pkg.scripts).toEqual({ build: 'anvil generate && npm run build --workspaces', generate: 'anvil generate' });
    expect(planInit({ cwd: root }).changes).toEqual([]);
    addService({ cwd: root, models: [NOTES], name: 'notes' });
    const msw = JSON.parse(readFileSync(join(root, 'packages', 'generated', 'notes', 'msw', 'package.json'), 'utf8'));
    expect(msw.dependencies['@anvil-gen/notes-types']).toBe('0.1.0');
  }, 60_000);

  it('a plain application gets the app layout: config and a generate script, no workspace changes', () => {
    const root = files(tempDir('init-app'), { 'package.json': `${JSON.stringify({ name: 'web', type: 'module', scripts: { build: 'vite build' } }, null, 2)}\n` });
    const plan = planInit({ cwd: root });
    expect(plan.layout).toBe('app');
    applyChanges(plan.changes, true);
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts).toEqual({ build: 'vite build', generate: 'anvil generate' });
    expect(JSON.parse(readFileSync(join(root, 'anvil.config.json'), 'utf8'))).toMatchObject({ outDir: 'src/api', layout: 'app' });
    const r = addService({ cwd: root, models: [NOTES], name: 'notes' });
    expect(r.service.layout).toBe('app');
    expect(readFileSync(join(root, 'src', 'api', 'notes', 'client', 'client.ts'), 'utf8')).toContain("from '../types/index.js';");
    expect(() => planInit({ cwd: root, layout: 'packages' })).toThrow(/not a workspace/);
  }, 60_000);
});

describe('anvil init with yarn workspaces', () => {
  it('yarn ≥ 2 with turbo: detected from packageManager; package.json#workspaces and turbo.json edited only with --force; sibling packages through workspace:*', () => {
    const pkgText = `${JSON.stringify({ name: 'acme', private: true, packageManager: 'yarn@4.9.1', workspaces: ['apps/*'] }, null, 2)}\n`;
    const root = files(tempDir('init-yarn'), { 'package.json': pkgText, '.yarnrc.yml': 'nodeLinker: node-modules\n', 'yarn.lock': '', 'turbo.json': TURBO_JSONC });
    const plan = planInit({ cwd: join(root, 'apps') });
    expect(plan.project).toMatchObject({ root, packageManager: 'yarn', yarnClassic: false, globsFile: 'package.json', globs: ['apps/*'], turbo: true });
    expect(plan.changes.map((c) => c.path.slice(root.length + 1))).toEqual(['anvil.config.json', 'packages/generated/README.md', 'package.json', 'turbo.json']);

    applyChanges(plan.changes, false);
    expect(readFileSync(join(root, 'package.json'), 'utf8')).toBe(pkgText);
    expect(readFileSync(join(root, 'turbo.json'), 'utf8')).toBe(TURBO_JSONC);

    applyChanges(planInit({ cwd: root }).changes, true);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.workspaces).toEqual(['apps/*', 'packages/generated/*/*']);
    // turbo wires generate → build: no scripts added
    expect(pkg.scripts).toBeUndefined();
    expect(readFileSync(join(root, 'turbo.json'), 'utf8')).toContain('"generate": {');
    expect(planInit({ cwd: root }).changes).toEqual([]);

    addService({ cwd: root, models: [NOTES], name: 'notes' });
    const client = JSON.parse(readFileSync(join(root, 'packages', 'generated', 'notes', 'client', 'package.json'), 'utf8'));
    expect(client.dependencies['@anvil-gen/notes-types']).toBe('workspace:*');
  }, 60_000);

  it('yarn 1 (yarn.lock, no .yarnrc.yml): the { packages } workspaces form, workspaces run build, exact sibling versions', () => {
    const root = files(tempDir('init-yarn1'), {
      'package.json': `${JSON.stringify({ name: 'acme', private: true, workspaces: { packages: ['apps/*'], nohoist: ['**/react-native'] } }, null, 2)}\n`,
      'yarn.lock': '# yarn lockfile v1\n',
    });
    const plan = planInit({ cwd: root });
    expect(plan.project).toMatchObject({ packageManager: 'yarn', yarnClassic: true, globsFile: 'package.json', turbo: false });
    applyChanges(plan.changes, true);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.workspaces).toEqual({ packages: ['apps/*', 'packages/generated/*/*'], nohoist: ['**/react-native'] });
    expect(pkg.scripts).toEqual({ generate: 'anvil generate', build: 'anvil generate && yarn workspaces run build' });
    expect(planInit({ cwd: root }).changes).toEqual([]);
    addService({ cwd: root, models: [NOTES], name: 'notes' });
    const msw = JSON.parse(readFileSync(join(root, 'packages', 'generated', 'notes', 'msw', 'package.json'), 'utf8'));
    expect(msw.dependencies['@anvil-gen/notes-types']).toBe('0.1.0');
  }, 60_000);
});

describe('anvil init (command)', () => {
  afterEach(() => vi.restoreAllMocks());

  function captured(action: () => number): { status: number; out: string } {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
    const status = action();
    vi.restoreAllMocks();
    return { status, out: lines.join('\n') };
  }

  it('prints the change to an existing file instead of writing it, writes it with --force, and then reports nothing to change', () => {
    const root = pnpmTurboRepo();
    const dry = captured(() => runInit({}, root));
    expect(dry.status).toBe(0);
    expect(dry.out).toContain('pnpm workspace, turbo');
    expect(dry.out).toContain('created anvil.config.json');
    expect(dry.out).toContain('pnpm-workspace.yaml would change');
    expect(dry.out).toContain('+  - packages/generated/*/*');
    expect(dry.out).toContain('rerun with --force');
    expect(readFileSync(join(root, 'turbo.json'), 'utf8')).toBe(TURBO_JSONC);
    // A user's edit to a file init created is never overwritten, even with --force.
    writeFileSync(join(root, 'anvil.config.json'), '{ "modelsDir": "smithy", "outDir": "packages/generated", "layout": "packages", "services": [] }\n');

    const forced = captured(() => runInit({ force: true }, root));
    expect(forced.out).toContain('updated pnpm-workspace.yaml');
    expect(forced.out).toContain('updated turbo.json');
    expect(forced.out).not.toContain('anvil.config.json');
    expect(readFileSync(join(root, 'anvil.config.json'), 'utf8')).toContain('"modelsDir": "smithy"');

    expect(captured(() => runInit({}, root)).out).toContain('already set up, nothing to change');
  });
});
