// `pnpm test`: type-check and test every package with turbo, continuing past failures so every
// package's result is reported, then print one closing summary line (scripts/test-summary.mjs).
// Exits non-zero when any turbo task (typecheck or test) failed or any test failed.
// Extra arguments go to turbo (e.g. `pnpm test --filter @anvil/runtime`); a filtered run keeps the
// other packages' earlier reports and does not require every package to report. Tasks run one per core.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const extra = process.argv.slice(2);
/** Does the run cover only some packages (`--filter`, `-F`, `--affected`)? Then other packages keep their reports. */
const filtered = extra.some((a) => a === '-F' || a.startsWith('--filter') || a.startsWith('--affected'));

/** Workspace package directories whose package.json has a `test` script. */
export function testedPackages(root = ROOT) {
  const dirs = [];
  const visit = (dir, depth) => {
    if (!existsSync(dir) || depth > 2) return;
    const manifest = join(dir, 'package.json');
    if (depth > 0 && existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).scripts?.test) dirs.push(dir);
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.') && e.name !== 'src' && e.name !== 'dist') visit(join(dir, e.name), depth + 1);
    }
  };
  for (const top of ['packages', 'examples']) visit(join(root, top), 0);
  return dirs;
}

// Reports of an earlier run must not stand in for this one (turbo restores them on a cache hit).
if (!filtered) for (const dir of testedPackages()) rmSync(join(dir, '.vitest', 'report.json'), { force: true });

const turbo = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'turbo.cmd' : 'turbo');
// One task per core (turbo's default is 10): each vitest run already uses every core, and ten of them at
// once on a small machine starve one another. `--concurrency` on the command line wins.
const concurrency = extra.some((a) => a.startsWith('--concurrency')) ? [] : [`--concurrency=${Math.max(2, availableParallelism())}`];
const failedTasks = [];
const code = await new Promise((resolve) => {
  const child = spawn(turbo, ['run', 'typecheck', 'test', '--continue', ...concurrency, ...extra], { cwd: ROOT, stdio: ['inherit', 'pipe', 'inherit'] });
  let pending = '';
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const m = /^\s*Failed:\s+(.+)$/.exec(line.replace(/\x1b\[[0-9;]*m/g, ''));
      if (m) failedTasks.push(...m[1].split(',').map((t) => t.trim()).filter(Boolean));
    }
  });
  child.on('error', (e) => {
    console.error(`test: cannot run turbo (${turbo}): ${e.message}`);
    resolve(1);
  });
  child.on('close', (status) => resolve(status ?? 1));
});

if (code !== 0) console.log(`turbo: ${failedTasks.length ? `failed tasks: ${failedTasks.join(', ')}` : `exited with ${code}`}`);
const summary = await new Promise((resolve) => {
  const args = [join(ROOT, 'scripts', 'test-summary.mjs'), ...(filtered ? [] : ['--expect-all'])];
  spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit' }).on('close', (status) => resolve(status ?? 1));
});
process.exit(code !== 0 || summary !== 0 ? 1 : 0);
