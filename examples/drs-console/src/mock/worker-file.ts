/**
 * Puts MSW's service worker script where the mock page serves it. The script is
 * copied from the installed `msw` package (never hand-edited), so it always matches
 * the `msw/browser` version in the bundle.
 * @packageDocumentation
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Directory Vite serves as its public dir in `mock` mode (git-ignored). */
export const MOCK_PUBLIC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../mock-public');

/** File name the worker is registered under (`/mockServiceWorker.js`). */
export const WORKER_FILE = 'mockServiceWorker.js';

/**
 * Where the installed `msw` package keeps its worker script: its `msw/mockServiceWorker.js`
 * export (`lib/mockServiceWorker.js` in msw 2 and 3), resolved from this package, i.e. the same
 * `msw` whose `msw/browser` the page bundles.
 * @returns the absolute path of the worker script
 * @throws Error when `msw` cannot be resolved from this package
 */
export function mswWorkerSource(): string {
  return createRequire(import.meta.url).resolve(`msw/${WORKER_FILE}`);
}

/**
 * The version of the installed `msw` (its `package.json`); the worker script states the same
 * version (`PACKAGE_VERSION`), which msw checks against `msw/browser` when the worker starts.
 * @returns e.g. `2.15.0` or `3.0.5`
 * @throws Error when `msw` cannot be resolved from this package
 */
export function mswVersion(): string {
  const require = createRequire(import.meta.url);
  return (JSON.parse(readFileSync(require.resolve('msw/package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Copy msw's `mockServiceWorker.js` into `targetDir` when it is missing or different.
 * @param targetDir destination directory (created when missing); default {@link MOCK_PUBLIC_DIR}
 * @returns the absolute path of the copy
 * @throws Error when the installed `msw` package has no worker script
 */
export function copyMswWorker(targetDir: string = MOCK_PUBLIC_DIR): string {
  const source = mswWorkerSource();
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
