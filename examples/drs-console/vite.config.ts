import { defineConfig, type Plugin } from 'vite';
import { copyMswWorker, MOCK_PUBLIC_DIR } from './src/mock/worker-file.js';

/** In `mock` mode, copy MSW's worker script into the public dir before serving. */
function mswWorker(): Plugin {
  return {
    name: 'drs-console:msw-worker',
    configResolved(config) {
      if (config.mode === 'mock') copyMswWorker(MOCK_PUBLIC_DIR);
    },
  };
}

/**
 * `vite` / `vite build`: the console (`index.html`) with no mock code and no worker script.
 * `vite --mode mock`: also serves `mock.html` with `/mockServiceWorker.js` (copied from `msw`).
 */
export default defineConfig(({ mode }) => ({
  publicDir: mode === 'mock' ? MOCK_PUBLIC_DIR : false,
  plugins: [mswWorker()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022' },
}));
