/**
 * Test helpers: temporary output directories, shared-data lookup, and a
 * strict `tsc --noEmit` over generated packages that resolves `@anvil/*` to the
 * runtime packages' sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UNUSED_DIAGNOSTIC } from '../../../scripts/breadth/typecheck.js';
import { TSCONFIG } from '../src/emit/package.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** `../shared` (or `$ANVIL_SHARED`); undefined when absent outside CI, an error inside CI. */
export function sharedDir(): string | undefined {
  const dir = resolve(process.env.ANVIL_SHARED ?? join(REPO_ROOT, '..', 'shared'));
  if (existsSync(dir)) return dir;
  if (process.env.CI) throw new Error(`Shared data not found at ${dir}: CI must provide ../shared (or set ANVIL_SHARED)`);
  return undefined;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `anvil-${prefix}-`));
}

/** Every file below `dir` → content, keyed by path relative to `dir`. */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

/**
 * Type-check generated packages in `out` (`types`, `client`, `msw`) under their own strict options
 * (`noUnusedLocals` included). Unused-declaration diagnostics in the runtime sources (outside `out`,
 * whose own tsconfig does not enable them) are left out of `output`; any other diagnostic counts.
 * @returns tsc's exit status (0 when only such diagnostics were reported) and output
 */
export function typecheckGenerated(out: string, slug: string): { status: number | null; output: string } {
  const pkg = (name: string) => join(REPO_ROOT, 'packages', name, 'src', 'index.ts');
  // The generated packages' own compiler options, checked without emitting, across all three packages.
  const { rootDir: _rootDir, outDir: _outDir, declaration: _declaration, ...generatedOptions } = TSCONFIG.compilerOptions;
  const tsconfig = {
    compilerOptions: {
      ...generatedOptions,
      noEmit: true,
      paths: {
        '@anvil/runtime': [pkg('runtime')],
        '@anvil/client-runtime': [pkg('client-runtime')],
        '@anvil/msw-runtime': [pkg('msw-runtime')],
        [`@anvil-gen/${slug}-types`]: [join(out, 'types', 'src', 'index.ts')],
      },
    },
    include: ['*/src/**/*.ts'],
  };
  // Bare `msw` imports from the generated msw package resolve through a node_modules link.
  const modules = join(out, 'node_modules');
  if (!existsSync(join(modules, 'msw'))) {
    mkdirSync(modules, { recursive: true });
    symlinkSync(join(REPO_ROOT, 'packages', 'msw-runtime', 'node_modules', 'msw'), join(modules, 'msw'), 'dir');
  }
  writeFileSync(join(out, 'tsconfig.check.json'), JSON.stringify(tsconfig, null, 2));
  const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(out, 'tsconfig.check.json'), '--pretty', 'false'], { encoding: 'utf8' });
  const lines = `${r.stdout}${r.stderr}`.split('\n').filter((l) => l && !(UNUSED_DIAGNOSTIC.test(l) && !resolve(l.replace(/\(\d+,\d+\): .*$/, '')).startsWith(out)));
  const output = lines.length ? `${lines.join('\n')}\n` : '';
  return { status: output ? r.status : 0, output };
}
