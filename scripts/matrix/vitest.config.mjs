// The Vitest config of the matrix cells (scripts/matrix/run.mjs passes it with `--root <package>`):
// the packages' own settings (source condition, time limits) without the tsc type tests, plus,
// when ANVIL_MATRIX_MSW names a tools directory, the resolver that swaps msw 2 for its msw 3 and a
// setup file that checks the swap (ANVIL_MATRIX_MSW_VERSION). ANVIL_MATRIX_DOM=1 (the example app's
// component tests) runs the tests in happy-dom and resolves workspace packages to their built `dist/`,
// and drops happy-dom's error on a cancelled response body, as the examples' own configs do.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { mswFrom } from './msw-resolve.mjs';

const msw = process.env.ANVIL_MATRIX_MSW;
const dom = process.env.ANVIL_MATRIX_DOM === '1';
const conditions = dom ? [] : ['@anvil/source'];
const harness = new URL('../../examples/browser-harness/dist/index.js', import.meta.url);
const { ignoreHappyDomCancelledBody } = dom ? await import(harness.href) : {};

export default defineConfig({
  plugins: msw ? [mswFrom(msw)] : [],
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    environment: dom ? 'happy-dom' : 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // No test asserts speed: the limits only stop a hung test (as in the packages' own configs).
    testTimeout: 120_000,
    hookTimeout: 180_000,
    ...(dom ? { onUnhandledError: ignoreHappyDomCancelledBody } : {}),
    setupFiles: msw ? [fileURLToPath(new URL('./msw-version-check.mjs', import.meta.url))] : [],
  },
});
