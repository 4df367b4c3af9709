/**
 * Which `@anvil/*` runtime versions generated code depends on. The CLI and the
 * runtime packages are released together at one version (a Changesets `fixed`
 * group, `.changeset/config.json`), so the CLI's own `package.json` version is
 * the runtime version it generates for: `^<version>` in a user's repository,
 * `workspace:*` inside Anvil's own repository, where the runtimes are
 * workspace packages next to the CLI.
 * @packageDocumentation
 */
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findWorkspaceRoot } from './detect.js';

/** The CLI package's directory (this module lives in `src/workspace/` or `dist/workspace/`). */
export const CLI_PACKAGE_DIR = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

/** The CLI package's version (`0.1.0`), read from its `package.json`. */
export const ANVIL_VERSION: string = (JSON.parse(readFileSync(join(CLI_PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string }).version;

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Is `child` inside `parent` (both absolute), not under a `node_modules` folder on the way? */
function isWorkspaceMember(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('node_modules');
}

/**
 * The version range of `@anvil/*` dependencies for packages generated into `out`.
 * @param cliDir the CLI's package directory (for tests; default: this package)
 * @returns `workspace:*` when the CLI itself is a workspace package of the workspace containing
 *   `out` (Anvil's own repository), else `^<CLI version>`
 */
export function defaultRuntimeVersion(out: string, cliDir = CLI_PACKAGE_DIR): string {
  const root = findWorkspaceRoot(out);
  return root && isWorkspaceMember(real(root), real(cliDir)) ? 'workspace:*' : `^${ANVIL_VERSION}`;
}
