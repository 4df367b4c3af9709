/**
 * What each publishable package ships: `npm pack --dry-run` lists only the
 * build output, the bin shim, README, LICENSE and package.json (no tests,
 * fixtures or sources); the manifest `pnpm pack` writes has every
 * `workspace:` range resolved and no export or import pointing at `.ts`
 * sources (the repository's `@anvil/source` condition is dropped through
 * `publishConfig`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pack, publishablePackages } from '../src/packages.js';
import { cleanEnv, run } from '../src/run.js';

const packages = publishablePackages();
const temp = mkdtempSync(join(tmpdir(), 'anvil-pack-'));
/** Package name → `npm pack --dry-run` file list. */
const npmFiles = new Map<string, string[]>();
/** Package name → `pnpm pack` tarball. */
const tarballs = new Map<string, string>();

// npm and pnpm start slowly on a busy machine: every package is packed at once, before the tests.
beforeAll(async () => {
  await Promise.all(
    packages.map(async (p) => {
      const { stdout } = await run('npm', ['pack', '--dry-run', '--json'], { cwd: p.dir, env: cleanEnv() });
      npmFiles.set(p.name, (JSON.parse(stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path).sort());
      tarballs.set(p.name, await pack(p, temp));
    }),
  );
}, 300_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface PackedManifest {
  name: string;
  version: string;
  license?: string;
  engines?: { node?: string };
  private?: boolean;
  exports?: unknown;
  imports?: unknown;
  bin?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  publishConfig?: Record<string, unknown>;
}

/** Every string leaf of an exports/imports map, with its condition path. */
function targets(map: unknown, path = ''): Array<[string, string]> {
  if (typeof map === 'string') return [[path, map]];
  if (!map || typeof map !== 'object') return [];
  return Object.entries(map).flatMap(([k, v]) => targets(v, `${path}/${k}`));
}

describe('publishable packages', () => {
  it('are the CLI, the model loader and the three runtimes, released at one version', () => {
    expect(packages.map((p) => p.name)).toEqual(['@anvil/client-runtime', '@anvil/generator', '@anvil/msw-runtime', '@anvil/runtime', '@anvil/smithy-model']);
    expect(new Set(packages.map((p) => p.version)).size).toBe(1);
  });

  it.each(packages.map((p) => [p.name, p] as const))('%s: npm pack lists only dist, bin, README, LICENSE and package.json', (_name, p) => {
    const files = npmFiles.get(p.name)!;
    expect(files).toContain('README.md');
    expect(files).toContain('LICENSE');
    expect(files).toContain('package.json');
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    const stray = files.filter((f) => !['README.md', 'LICENSE', 'package.json', 'bin/anvil.js'].includes(f) && !/^dist\/.+\.(js|d\.ts)$/.test(f));
    expect(stray).toEqual([]);
    expect(files.filter((f) => /\.test\.|__fixtures__|__snapshots__|(^|\/)test\//.test(f))).toEqual([]);
    if (p.name === '@anvil/generator') expect(files).toContain('bin/anvil.js');
  });

  it.each(packages.map((p) => [p.name, p] as const))('%s: the packed manifest resolves workspace ranges and points only at built files', (_name, p) => {
    const tarball = tarballs.get(p.name)!;
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' })) as PackedManifest;
    const listed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').map((l) => l.replace(/^package\//, ''));
    expect(manifest.license).toBe('Apache-2.0');
    expect(manifest.engines?.node).toBe('>=20.19');
    expect(manifest.private).toBeUndefined();
    expect(manifest.publishConfig).toEqual({ access: 'public' });
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies'] as const) {
      for (const [dep, range] of Object.entries(manifest[field] ?? {})) expect(range, `${field}.${dep}`).not.toMatch(/^workspace:/);
    }
    for (const [where, target] of [...targets(manifest.exports, 'exports'), ...targets(manifest.imports, 'imports')]) {
      expect(where).not.toContain('@anvil/source');
      expect(target, where).toMatch(/^\.\/dist\/.+\.(js|d\.ts)$/);
      expect(listed, `${where} → ${target}`).toContain(target.slice(2));
    }
    // Every subpath the workspace package exports is published too (a missing one breaks the installed CLI).
    const source = JSON.parse(readFileSync(join(p.dir, 'package.json'), 'utf8')) as PackedManifest;
    const subpaths = (m: unknown) => (m && typeof m === 'object' ? Object.keys(m).filter((k) => k.startsWith('.')).sort() : []);
    expect(subpaths(manifest.exports)).toEqual(subpaths(source.exports));
    // Internal dependencies are released together: a caret range on the one version.
    for (const [dep, range] of Object.entries(manifest.dependencies ?? {})) if (dep.startsWith('@anvil/')) expect(range).toBe(`^${p.version}`);
  });

  it('the CLI needs only @anvil/runtime (its ./pattern subpath) at run time; the client and msw runtimes are type-only dev dependencies', () => {
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarballs.get('@anvil/generator')!, 'package/package.json'], { encoding: 'utf8' })) as PackedManifest;
    expect(manifest.bin).toEqual({ anvil: './bin/anvil.js' });
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual(['@anvil/runtime', '@anvil/smithy-model', 'cac', 'chokidar', 'code-block-writer', 'diff', 'jsonc-parser', 'yaml']);
    expect(Object.keys(manifest.devDependencies ?? {})).toEqual(expect.arrayContaining(['@anvil/client-runtime', '@anvil/msw-runtime']));
  });
});
