import { defineConfig } from 'vitest/config';

/**
 * Workspace packages resolve to their built `dist/` (no `@anvil/source` condition), exactly as in
 * `vite build` and the dev server, so the tests exercise what the page ships. Turbo builds them first (`^build`).
 *
 * Two projects: `component` (happy-dom, generated handlers through msw/node) and
 * `e2e` (Node; drives headless Chromium against the Vite dev server in `mock` mode).
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'happy-dom',
          include: ['src/**/*.test.ts'],
          exclude: ['src/e2e/**'],
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['src/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
