// A Vite plugin for the msw 3 matrix cells: every `msw` / `msw/<subpath>` import in the code under
// test resolves to the msw 3 installed under another name (`msw3`) in the matrix's tools directory,
// outside the workspace, whose own lockfile keeps msw 2.15.0. msw's own imports (interceptors, …)
// resolve from that directory as usual. Resolution goes through Vite, so package `exports` and
// conditions apply as for a plain `msw` install.

/**
 * @param {string} toolsDir directory whose `node_modules/msw3` holds the msw release to test
 * @returns {import('vite').Plugin} resolves `msw` and `msw/*` to `msw3` and `msw3/*` from `toolsDir`
 */
export function mswFrom(toolsDir) {
  const importer = `${toolsDir}/package.json`;
  return {
    name: 'anvil-matrix-msw',
    enforce: 'pre',
    async resolveId(id, _from, options) {
      if (id !== 'msw' && !id.startsWith('msw/')) return null;
      const resolved = await this.resolve(`msw3${id.slice(3)}`, importer, { ...options, skipSelf: true });
      if (!resolved) throw new Error(`matrix: ${id} does not resolve to msw3 from ${toolsDir}`);
      return resolved;
    },
  };
}
