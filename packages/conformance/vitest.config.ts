import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    conditions: ['@anvil/source'],
    // The generated test services live in temp directories outside the workspace.
    alias: [
      { find: /^@anvil\/runtime$/, replacement: fileURLToPath(new URL('../runtime/src/index.ts', import.meta.url)) },
      { find: /^@anvil\/runtime\/pattern$/, replacement: fileURLToPath(new URL('../runtime/src/schema/pattern/index.ts', import.meta.url)) },
    ],
  },
  ssr: { resolve: { conditions: ['@anvil/source'] } },
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000 },
});
