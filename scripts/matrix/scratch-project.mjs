// The scratch project of the support matrix: a new user's project outside the workspace
// (`<matrix dir>/scratch-<pid>`, removed after the cell) that installs the packed Anvil packages (the runtimes and the generated
// DRS packages, as `pnpm pack` writes them: `workspace:*` becomes the real version) with msw 3 from
// the registry — `npm install` run by Node 22, with `--engine-strict` and neither `--force` nor
// `--legacy-peer-deps`, so a peer range that excludes msw 3 fails the install — then type-checks its
// test with TypeScript 7 against msw 3's declarations and runs it with Node 22 (client ⇄ mock, an
// error override, an unhandled request).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MSW3, TYPES_NODE } from './versions.mjs';

/** Workspace packages the scratch project installs, packed. */
export const PACKED = [
  'packages/runtime',
  'packages/client-runtime',
  'packages/msw-runtime',
  'packages/generated/drs/types',
  'packages/generated/drs/client',
  'packages/generated/drs/msw',
];

/** npm's JavaScript entry point (npm-cli.js), to run npm with another Node than the system one. */
function npmCli() {
  const bin = execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim();
  return join(dirname(realpathSync(bin)), 'npm-cli.js');
}

/**
 * Build the scratch project from scratch and run its checks; throws on the first failure.
 * @param {object} options
 * @param {string} options.root repository root (packages built: `pnpm generate`)
 * @param {string} options.dir the scratch project's directory (emptied first; outside the workspace)
 * @param {string[]} options.pnpm command running pnpm 10 (for `pnpm pack`)
 * @param {string} options.node the Node 22 binary
 * @param {string[]} options.tsc command running TypeScript 7's tsc
 * @param {(line: string) => void} options.log progress output
 * @returns {{ tests: number }} how many tests passed
 * @throws Error (with the failing command's output) when packing, installing, type-checking or a test fails
 */
export function runScratchProject({ root, dir, pnpm, node, tsc, log }) {
  rmSync(dir, { recursive: true, force: true });
  const packs = join(dir, 'packs');
  mkdirSync(packs, { recursive: true });
  const [pnpmCmd, ...pnpmArgs] = pnpm;
  const filters = PACKED.flatMap((pkg) => ['--filter', JSON.parse(readFileSync(join(root, pkg, 'package.json'), 'utf8')).name]);
  execFileSync(pnpmCmd, [...pnpmArgs, '-r', ...filters, 'pack', '--pack-destination', packs], { cwd: root, stdio: 'pipe' });
  const tarballs = readdirSync(packs).filter((f) => f.endsWith('.tgz')).sort();
  if (tarballs.length !== PACKED.length) throw new Error(`matrix: expected ${PACKED.length} tarballs in ${packs}, found ${tarballs.join(', ')}`);
  log(`packed ${tarballs.join(', ')}`);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({
    name: 'anvil-scratch-project',
    private: true,
    type: 'module',
    dependencies: Object.fromEntries(tarballs.map((t) => [tarballName(t), `file:packs/${t}`])),
    devDependencies: { msw: MSW3, '@types/node': TYPES_NODE },
  }, null, 2)}\n`);
  cpSync(join(root, 'scripts', 'matrix', 'scratch', 'client-mock.test.ts'), join(dir, 'client-mock.test.ts'));
  cpSync(join(root, 'scripts', 'matrix', 'scratch', 'tsconfig.json'), join(dir, 'tsconfig.json'));
  const run = (cmd, args, env = {}) => execFileSync(cmd, args, { cwd: dir, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, ...env } });
  run(node, [npmCli(), 'install', '--engine-strict', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error']);
  log(`npm install (Node ${run(node, ['--version']).trim()}, --engine-strict): msw ${MSW3} + ${tarballs.length} tarballs`);
  const [tscCmd, ...tscArgs] = tsc;
  run(tscCmd, [...tscArgs, '-p', 'tsconfig.json']);
  log(`tsc ${run(tscCmd, [...tscArgs, '--version']).trim()} -p tsconfig.json: no errors`);
  const out = run(node, ['--test', '--test-reporter=tap', 'client-mock.test.ts'], { ANVIL_EXPECT_MSW: MSW3, NODE_NO_WARNINGS: '1' });
  const pass = Number(/^# pass (\d+)$/m.exec(out)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)$/m.exec(out)?.[1] ?? 0);
  if (fail || !pass) throw new Error(`matrix: scratch project tests: ${pass} passed, ${fail} failed\n${out}`);
  return { tests: pass };
}

/** `anvil-gen-drs-msw-0.1.0.tgz` → `@anvil-gen/drs-msw` (pnpm pack's file names of scoped packages). */
function tarballName(file) {
  const m = /^(anvil(?:-gen)?)-(.+)-\d+\.\d+\.\d+(?:-[\w.]+)?\.tgz$/.exec(file);
  if (!m) throw new Error(`matrix: unexpected tarball name ${file}`);
  return `@${m[1]}/${m[2]}`;
}
