/**
 * An example's Vite dev server in `mock` mode on 127.0.0.1 and a free port, serving its mock page
 * and MSW's worker script (see `mswWorkerPlugin`). Started and stopped by the browser tests.
 * @packageDocumentation
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';

/** A started dev server. */
export interface MockServer {
  /** Origin, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly origin: string;
  readonly vite: ViteDevServer;
  close(): Promise<void>;
}

/**
 * Start the dev server (`vite --mode mock`) of an example on 127.0.0.1 with an OS-assigned free port,
 * without file watching or HMR.
 * @param packageDir the example package's directory (Vite root; its `vite.config.ts` is used)
 * @returns the server and its origin
 * @throws Error when Vite fails to start or has no TCP address
 */
export async function startMockServer(packageDir: string): Promise<MockServer> {
  const vite = await createServer({
    root: packageDir,
    configFile: join(packageDir, 'vite.config.ts'),
    mode: 'mock',
    logLevel: 'warn',
    clearScreen: false,
    server: { host: '127.0.0.1', port: 0, strictPort: true, hmr: false, watch: null },
  });
  await vite.listen();
  const address = vite.httpServer?.address() as AddressInfo | string | null | undefined;
  if (!address || typeof address === 'string') {
    await vite.close();
    throw new Error(`Vite dev server of ${packageDir} has no TCP address (got ${JSON.stringify(address)})`);
  }
  return { origin: `http://127.0.0.1:${address.port}`, vite, close: () => vite.close() };
}
