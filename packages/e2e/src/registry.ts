/**
 * A real npm registry for the tests: verdaccio on 127.0.0.1 (random free
 * port), storage in a temporary directory, third-party packages proxied from
 * the npm registry, the `@anvil/*` and `@anvil-gen/*` scopes served only from
 * what the test publishes. Publishing needs a user: a throwaway htpasswd user
 * is registered and its token written to an npmrc that only the scratch
 * projects use.
 * @packageDocumentation
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NPM_REGISTRY } from './network.js';
import { pack, type Publishable } from './packages.js';
import { BIN, cleanEnv, run } from './run.js';
import { freePort, startServer, type LocalServer } from './servers.js';

/** A running registry with a publish token. */
export interface Registry extends LocalServer {
  /** An npmrc (registry + token) for `npm_config_userconfig`. */
  readonly npmrc: string;
}

function config(dir: string): string {
  return `storage: ${join(dir, 'storage')}
auth:
  htpasswd:
    file: ${join(dir, 'htpasswd')}
    max_users: 10
uplinks:
  npmjs:
    url: ${NPM_REGISTRY}
    timeout: 120s
    maxage: 60m
packages:
  '@anvil/*':
    access: $all
    publish: $authenticated
  '@anvil-gen/*':
    access: $all
    publish: $authenticated
  '**':
    access: $all
    publish: $authenticated
    proxy: npmjs
web:
  enable: false
log: { type: stdout, format: pretty, level: warn }
`;
}

/**
 * Start verdaccio in `dir` and register a throwaway user.
 * @throws Error with verdaccio's output when it does not start
 */
export async function startRegistry(dir: string): Promise<Registry> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  writeFileSync(join(dir, 'config.yaml'), config(dir));
  const server = await startServer(join(BIN, 'verdaccio'), ['--config', join(dir, 'config.yaml'), '--listen', `127.0.0.1:${port}`], cleanEnv(), url, '/-/ping');
  const r = await fetch(`${url}/-/user/org.couchdb.user:anvil-e2e`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'anvil-e2e', password: 'throwaway-e2e-password' }),
  });
  const { token } = (await r.json()) as { token?: string };
  if (!token) {
    await server.stop();
    throw new Error(`verdaccio refused the test user (${r.status})`);
  }
  const npmrc = join(dir, 'npmrc');
  writeFileSync(npmrc, `registry=${url}/\n//127.0.0.1:${port}/:_authToken=${token}\n`);
  return { ...server, npmrc };
}

/** The environment of a command that must use only `registry` (npm, pnpm and the CLIs they start). */
export function registryEnv(registry: Registry, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return cleanEnv({ npm_config_userconfig: registry.npmrc, npm_config_registry: `${registry.url}/`, ...extra });
}

/** Pack each package (`pnpm pack`) and publish the tarball (`npm publish`), all packages at once. */
export async function publishAll(registry: Registry, packages: readonly Publishable[], tarballs: string): Promise<void> {
  await Promise.all(
    packages.map(async (p) => {
      const tarball = await pack(p, tarballs);
      await run('npm', ['publish', tarball, '--registry', `${registry.url}/`], { cwd: tarballs, env: registryEnv(registry) });
    }),
  );
}
