import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mockPublicDir, mswWorkerPlugin } from '@anvil-examples/browser-harness';
import { defineConfig } from 'vite';

const PACKAGE_DIR = dirname(fileURLToPath(import.meta.url));

/**
 * `vite` / `vite build`: the chat (`index.html`) with no mock code and no worker script.
 * `vite --mode mock`: also serves `mock.html` with `/mockServiceWorker.js` (copied from `msw` into `mock-public/`).
 */
export default defineConfig(({ mode }) => ({
  publicDir: mode === 'mock' ? mockPublicDir(PACKAGE_DIR) : false,
  plugins: [mswWorkerPlugin(PACKAGE_DIR)],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022' },
}));
