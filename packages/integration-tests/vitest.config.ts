import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@anvil/source'] },
  ssr: { resolve: { conditions: ['@anvil/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    // No test asserts speed: the time limits only stop a hung test, and must hold on a busy 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Type tests of the generated packages' public API (`test/types/*.test-d.ts`), checked by tsc.
    typecheck: { enabled: true, include: ['test/types/**/*.test-d.ts'], tsconfig: './tsconfig.json', spawnTimeout: 120_000 },
  },
});
