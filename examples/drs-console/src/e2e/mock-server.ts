/**
 * The Vite dev server in `mock` mode on 127.0.0.1 and a free port, serving
 * `mock.html` and MSW's worker script (see `vite.config.ts`).
 * @packageDocumentation
 */
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';

/** The example package's directory. */
export const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A started dev server. */
export interface MockServer {
  /** Origin, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly origin: string;
  readonly vite: ViteDevServer;
  close(): Promise<void>;
}

/**
 * Start the dev server (`vite --mode mock`) on 127.0.0.1 with an OS-assigned free port.
 * @returns the server and its origin
 * @throws Error when Vite fails to start or has no TCP address
 */
export async function startMockServer(): Promise<MockServer> {
  const vite = await createServer({
    root: PACKAGE_DIR,
    configFile: resolve(PACKAGE_DIR, 'vite.config.ts'),
    mode: 'mock',
    logLevel: 'warn',
    clearScreen: false,
    server: { host: '127.0.0.1', port: 0, strictPort: true, hmr: false, watch: null },
  });
  await vite.listen();
  const address = vite.httpServer?.address() as AddressInfo | string | null | undefined;
  if (!address || typeof address === 'string') {
    await vite.close();
    throw new Error(`Vite dev server has no TCP address (got ${JSON.stringify(address)})`);
  }
  return { origin: `http://127.0.0.1:${address.port}`, vite, close: () => vite.close() };
}
