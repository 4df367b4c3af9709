import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@anvil/source'] },
  ssr: { resolve: { conditions: ['@anvil/source'] } },
  test: { include: ['test/**/*.test.ts'], testTimeout: 30_000 },
});
