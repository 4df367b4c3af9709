// The Vitest config of the matrix cells (scripts/matrix/run.mjs passes it with `--root <package>`):
// the packages' own settings (source condition, 30 s test timeout) without the tsc type tests, plus,
// when ANVIL_MATRIX_MSW names a tools directory, the resolver that swaps msw 2 for its msw 3 and a
// setup file that checks the swap (ANVIL_MATRIX_MSW_VERSION).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { mswFrom } from './msw-resolve.mjs';

const msw = process.env.ANVIL_MATRIX_MSW;

export default defineConfig({
  plugins: msw ? [mswFrom(msw)] : [],
  resolve: { conditions: ['@anvil/source'] },
  ssr: { resolve: { conditions: ['@anvil/source'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    setupFiles: msw ? [fileURLToPath(new URL('./msw-version-check.mjs', import.meta.url))] : [],
  },
});
