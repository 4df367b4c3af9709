import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The registry test runs package-manager installs, builds and turbo in scratch projects: it
    // must not compete for the 2 cores with the cache-invariance test's turbo runs.
    fileParallelism: false,
  },
});
