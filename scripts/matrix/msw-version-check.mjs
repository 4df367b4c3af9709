// Setup file of the msw 3 matrix cells (scripts/matrix/vitest.config.mjs): fails every test file
// unless `msw`, as the code under test imports it, is the release the cell names — proof that the
// msw resolver swapped the workspace's msw 2 out.
import manifest from 'msw/package.json' with { type: 'json' };

const expected = process.env.ANVIL_MATRIX_MSW_VERSION;
if (manifest.version !== expected) {
  throw new Error(`matrix: msw resolves to ${manifest.version}, expected ${expected}`);
}
