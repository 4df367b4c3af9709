import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@anvil/source'] },
  ssr: { resolve: { conditions: ['@anvil/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Type tests of the generated packages' public API (`test/types/*.test-d.ts`), checked by tsc.
    typecheck: { enabled: true, include: ['test/types/**/*.test-d.ts'], tsconfig: './tsconfig.json', spawnTimeout: 120_000 },
  },
});
