/**
 * The Smithy IDL sources of the protocol tests (`$ANVIL_SHARED/protocol-tests/smithy-idl/<version>`), as
 * model file lists for `runConformance({ modelFiles })`:
 * - `v1.61.0`: the same test set as the pira JSON AST. Without the `smithy.api` prelude copy and without
 *   `smithy-protocol-tests/` (a Smithy module the AST does not contain) it loads to a model equal to the
 *   AST (`packages/smithy-model/test/idl-protocol-tests.test.ts`), so a run gives the same results;
 * - `main`: newer; the whole folder (it adds the IDL-only rpcv2Json suite, new and edited HTTP cases,
 *   and event-stream tests).
 * @packageDocumentation
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every `.smithy` file under `dir`, recursively, sorted by path. */
export function smithyFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...smithyFilesUnder(path));
    else if (entry.name.endsWith('.smithy')) out.push(path);
  }
  return out.sort();
}

/**
 * The IDL files of a version folder that correspond to the pira JSON AST: all but the prelude copy
 * (`smithy-model/.../prelude.smithy`) and `smithy-protocol-tests/`.
 * @param root the `protocol-tests/smithy-idl/v1.61.0` folder
 */
export function astEquivalentIdlFiles(root: string): string[] {
  return smithyFilesUnder(root).filter((file) => {
    const parts = relative(root, file).split(sep);
    return parts.at(-1) !== 'prelude.smithy' && !parts.includes('smithy-protocol-tests');
  });
}
