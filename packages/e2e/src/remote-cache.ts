/**
 * A real Turborepo remote cache: `turborepo-remote-cache` on 127.0.0.1
 * (random free port), local-disk storage in a temporary directory, static
 * token auth.
 * @packageDocumentation
 */
import { join } from 'node:path';
import { BIN, cleanEnv } from './run.js';
import { freePort, startServer, type LocalServer } from './servers.js';

/** A running remote cache and the environment turbo needs to use it. */
export interface RemoteCache extends LocalServer {
  /** `TURBO_API`, `TURBO_TOKEN`, `TURBO_TEAM` for turbo runs. */
  readonly turboEnv: Record<string, string>;
}

const TOKEN = 'e2e-remote-cache-token';

/** Start the cache server with its storage in `dir`. */
export async function startRemoteCache(dir: string): Promise<RemoteCache> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = cleanEnv({
    HOST: '127.0.0.1',
    PORT: String(port),
    TURBO_TOKEN: TOKEN,
    STORAGE_PROVIDER: 'local',
    STORAGE_PATH: join(dir, 'artifacts'),
    STORAGE_PATH_USE_TMP_FOLDER: 'false',
    LOG_LEVEL: 'warn',
    ENABLE_STATUS_LOG: 'false',
    NODE_ENV: 'production',
  });
  const server = await startServer(join(BIN, 'turborepo-remote-cache'), [], env, url, '/v8/artifacts/status');
  return { ...server, turboEnv: { TURBO_API: url, TURBO_TOKEN: TOKEN, TURBO_TEAM: 'anvil-e2e' } };
}
