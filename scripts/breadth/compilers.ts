/**
 * The TypeScript compilers `pnpm breadth` can run, by the support matrix's names (docs/matrix.md):
 * `5.9` is the workspace's `typescript`; `6.0` and `7.0` are `typescript6` / `typescript7` (npm
 * aliases), in the workspace's `node_modules` or in the tools directory `pnpm matrix` installs
 * outside the workspace (`<os tmpdir>/anvil-matrix/tools`, `$ANVIL_MATRIX_DIR/tools`).
 * @packageDocumentation
 */
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A compiler's matrix name. */
export type TscName = '5.9' | '6.0' | '7.0';

/** The names {@link findTsc} knows, oldest first. */
export const TSC_NAMES: readonly TscName[] = ['5.9', '6.0', '7.0'];

/** One installed TypeScript compiler. */
export interface Tsc {
  /** Matrix name (`5.9`, `6.0`, `7.0`). */
  readonly name: TscName;
  /** The `tsc` launcher script (run with node; TypeScript 7's starts its native binary). */
  readonly bin: string;
  /** The installed version (`7.0.2`). */
  readonly version: string;
}

/** `node_modules` of the matrix's tools directory (scripts/matrix/tools.mjs), outside the workspace. */
function matrixModules(): string {
  return join(process.env['ANVIL_MATRIX_DIR'] ?? join(tmpdir(), 'anvil-matrix'), 'tools', 'node_modules');
}

/** Package directories that may hold the compiler called `name`, in order of preference. */
function candidates(root: string, name: TscName): string[] {
  if (name === '5.9') return [join(root, 'node_modules', 'typescript')];
  const alias = `typescript${name.split('.')[0]}`;
  return [join(root, 'node_modules', alias), join(matrixModules(), alias)];
}

/** The compiler called `name` when installed and of that major.minor, else undefined. */
function installed(root: string, name: TscName): Tsc | undefined {
  for (const dir of candidates(root, name)) {
    if (!existsSync(join(dir, 'bin', 'tsc'))) continue;
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
    if (version.startsWith(`${name}.`)) return { name, bin: join(dir, 'bin', 'tsc'), version };
  }
  return undefined;
}

/**
 * Find a compiler. With `name`, exactly that one. Without, TypeScript 7 (the native port, several
 * times faster) when installed, else the workspace's 5.9; `ANVIL_BREADTH_TSC=5.9` forces 5.9.
 * @param root repository root
 * @throws Error when the compiler asked for is not installed (`pnpm matrix` installs 6.0 and 7.0)
 */
export function findTsc(root: string, name?: TscName): Tsc {
  const wanted = name ? [name] : process.env['ANVIL_BREADTH_TSC'] === '5.9' ? ['5.9' as const] : ['7.0' as const, '5.9' as const];
  for (const n of wanted) {
    const tsc = installed(root, n);
    if (tsc) return tsc;
  }
  throw new Error(`breadth: TypeScript ${wanted.join(' or ')} not found under ${join(root, 'node_modules')} or ${matrixModules()} (pnpm matrix installs 6.0 and 7.0)`);
}

/**
 * Parse `--tsc 5.9,7.0`: matrix names, each once.
 * @throws Error naming an unknown compiler
 */
export function parseTscList(value: string): TscName[] {
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(TSC_NAMES as readonly string[]).includes(n));
  if (unknown.length || !names.length) throw new Error(`breadth: --tsc takes ${TSC_NAMES.join(', ')} (comma-separated), got "${value}"`);
  return [...new Set(names as TscName[])];
}
