import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    conditions: ['@anvil/source'],
    // Generated code under test lives in temp directories outside the workspace.
    alias: [
      { find: /^@anvil\/runtime$/, replacement: fileURLToPath(new URL('../runtime/src/index.ts', import.meta.url)) },
      { find: /^@anvil\/runtime\/pattern$/, replacement: fileURLToPath(new URL('../runtime/src/schema/pattern/index.ts', import.meta.url)) },
    ],
  },
  ssr: { resolve: { conditions: ['@anvil/source'] } },
  // No test asserts speed: the time limits only stop a hung test, and must hold on a busy 2-core machine.
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000 },
});
