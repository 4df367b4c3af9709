/**
 * Running commands in scratch projects: a clean environment (no `npm_config_*`,
 * `TURBO_*` or `PNPM_*` variables inherited from the pnpm/turbo run that
 * started the tests), output captured, failures thrown with the output.
 * @packageDocumentation
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This package's directory. */
export const E2E_DIR = dirname(dirname(fileURLToPath(import.meta.url)));

/** The repository root. */
export const REPO_ROOT = dirname(dirname(E2E_DIR));

/** `node_modules/.bin` of this package (pnpm, verdaccio, turborepo-remote-cache). */
export const BIN = join(E2E_DIR, 'node_modules', '.bin');

/** The parent environment without package-manager, turbo and vitest settings or colours, with this package's bins first on `PATH`. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(npm_|pnpm_|TURBO_|VITEST|NODE_OPTIONS$|INIT_CWD$|COREPACK_|FORCE_COLOR$|NO_COLOR$)/i.test(k)) continue;
    env[k] = v;
  }
  return { ...env, PATH: `${BIN}:${process.env.PATH ?? ''}`, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/** What a finished command printed. */
export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Run a command to completion.
 * @throws Error with the command, directory, exit status and the output's tail when it fails
 */
export function run(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise({ stdout, stderr });
      else reject(new Error(`${command} ${args.join(' ')} (in ${options.cwd}) exited ${code}:\n${`${stdout}\n${stderr}`.slice(-6000)}`));
    });
  });
}
