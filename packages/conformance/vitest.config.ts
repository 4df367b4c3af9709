import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@anvil/source'] },
  ssr: { resolve: { conditions: ['@anvil/source'] } },
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 120_000 },
});
