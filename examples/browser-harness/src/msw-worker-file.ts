/**
 * Puts MSW's service worker script where an example's mock page serves it. The script is copied
 * from the `msw` package the example itself resolves (never hand-edited), so it always matches the
 * `msw/browser` version in the example's bundle.
 * @packageDocumentation
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** File name the worker is registered under (`/mockServiceWorker.js`). */
export const WORKER_FILE = 'mockServiceWorker.js';

/** The directory an example serves as Vite's public dir in `mock` mode: `<packageDir>/mock-public` (git-ignored). */
export function mockPublicDir(packageDir: string): string {
  return join(packageDir, 'mock-public');
}

/**
 * Where the `msw` package resolved from `packageDir` keeps its worker script: its
 * `msw/mockServiceWorker.js` export (`lib/mockServiceWorker.js` in msw 2 and 3).
 * @param packageDir the example package's directory (the one whose bundle imports `msw/browser`)
 * @returns the absolute path of the worker script
 * @throws Error when `msw` cannot be resolved from `packageDir`
 */
export function mswWorkerSource(packageDir: string): string {
  return createRequire(join(packageDir, 'package.json')).resolve(`msw/${WORKER_FILE}`);
}

/**
 * The version of the `msw` resolved from `packageDir` (its `package.json`); the worker script states
 * the same version (`PACKAGE_VERSION`), which msw checks against `msw/browser` when the worker starts.
 * @param packageDir the example package's directory
 * @returns e.g. `2.15.0` or `3.0.5`
 * @throws Error when `msw` cannot be resolved from `packageDir`
 */
export function mswVersion(packageDir: string): string {
  const require = createRequire(join(packageDir, 'package.json'));
  return (JSON.parse(readFileSync(require.resolve('msw/package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Copy msw's `mockServiceWorker.js` into {@link mockPublicDir} when it is missing or different.
 * @param packageDir the example package's directory (`msw` is resolved from it)
 * @returns the absolute path of the copy
 * @throws Error when the resolved `msw` package has no worker script
 */
export function copyMswWorker(packageDir: string): string {
  const source = mswWorkerSource(packageDir);
  const targetDir = mockPublicDir(packageDir);
  const target = join(targetDir, WORKER_FILE);
  const content = readFileSync(source);
  let current: Buffer | undefined;
  try {
    current = readFileSync(target);
  } catch {
    current = undefined;
  }
  if (!current?.equals(content)) {
    mkdirSync(targetDir, { recursive: true });
    copyFileSync(source, target);
  }
  return target;
}

/**
 * A Vite plugin that, in `mock` mode, copies MSW's worker script into {@link mockPublicDir} before
 * serving (pair it with `publicDir: mode === 'mock' ? mockPublicDir(packageDir) : false`).
 * @param packageDir the example package's directory
 * @returns the plugin
 */
export function mswWorkerPlugin(packageDir: string): Plugin {
  return {
    name: 'anvil-examples:msw-worker',
    configResolved(config) {
      if (config.mode === 'mock') copyMswWorker(packageDir);
    },
  };
}
