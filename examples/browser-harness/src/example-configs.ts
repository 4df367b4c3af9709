/**
 * The build and test configuration every example app shares, so each app's `vite.config.ts` and
 * `vitest.config.ts` are one call.
 * @packageDocumentation
 */
import type { Plugin } from 'vite';
import { mockPublicDir, mswWorkerPlugin } from './msw-worker-file.js';

/** The part of Vite's `UserConfig` the examples set (kept structural, so an app's own Vite types accept it). */
export interface ExampleViteConfig {
  readonly publicDir: string | false;
  readonly plugins: Plugin[];
  readonly server: { readonly host: string };
  readonly preview: { readonly host: string };
  readonly build: { readonly target: string };
}

/**
 * Vite configuration of an example app.
 * `vite` / `vite build`: the app (`index.html`) with no mock code and no worker script;
 * `vite --mode mock`: also serves `mock.html` with `/mockServiceWorker.js` (copied from `msw` into `mock-public/`).
 * Servers listen on 127.0.0.1 only.
 * @param packageDir the example's directory (where its `package.json` is)
 * @returns the config function Vite calls with the mode
 */
export function exampleViteConfig(packageDir: string): (env: { mode: string }) => ExampleViteConfig {
  return ({ mode }) => ({
    publicDir: mode === 'mock' ? mockPublicDir(packageDir) : false,
    plugins: [mswWorkerPlugin(packageDir)],
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
    build: { target: 'es2022' },
  });
}

/**
 * The two Vitest projects of an example app. Workspace packages resolve to their built `dist/` (no
 * `@anvil/source` condition), exactly as in `vite build` and the dev server, so the tests exercise what
 * the page ships (turbo builds them first, `^build`).
 * - `component`: happy-dom, the generated handlers through msw/node (`src/**\/*.test.ts` outside `src/e2e`);
 * - `e2e`: Node, drives headless Chromium against the Vite dev server in `mock` mode (`src/e2e/**\/*.test.ts`).
 * Timeouts in ms; they stop hangs and never measure speed.
 * @returns fresh project entries for `test.projects`
 */
export function exampleTestProjects() {
  return [
    {
      extends: true as const,
      test: { name: 'component', environment: 'happy-dom', include: ['src/**/*.test.ts'], exclude: ['src/e2e/**'], testTimeout: 15_000 },
    },
    {
      extends: true as const,
      test: { name: 'e2e', environment: 'node', include: ['src/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
    },
  ];
}

/**
 * Vitest's `onUnhandledError` for the examples' tests: ignores the one error happy-dom's fetch (21.0.4, the
 * newest) raises when a reader cancels a response body — its Node-to-web stream (`FetchBodyUtility.nodeToWebStream`)
 * still calls `controller.close()` when the Node stream ends, on a stream already closed by the cancel, and Node
 * throws `ERR_INVALID_STATE` outside any test. The generated client cancels the body when a modeled exception event
 * ends an event stream; whether happy-dom's `end` comes first is timing (under msw 3 it never does). The same bug,
 * fixed in nock: https://github.com/nock/nock/issues/2746. Every other unhandled error still fails the run.
 * @param error the error Vitest caught outside a test (serialised from the worker: `code` and `stack` survive)
 * @returns `false` for that happy-dom error (Vitest drops it), otherwise `undefined` (Vitest reports it)
 */
export function ignoreHappyDomCancelledBody(error: { code?: unknown; stack?: string }): false | undefined {
  return error.code === 'ERR_INVALID_STATE' && /happy-dom[\\/].*FetchBodyUtility/.test(error.stack ?? '') ? false : undefined;
}
