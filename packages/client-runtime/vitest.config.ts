import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@anvil/source'] },
  ssr: { resolve: { conditions: ['@anvil/source'] } },
  // No test asserts speed: the time limits only stop a hung test, and must hold on a busy 2-core machine.
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000 },
});
