/**
 * The types package's sources: `types.ts`, `schemas.ts` and an index
 * re-exporting both.
 * @packageDocumentation
 */
import { GeneratedFile } from '../../files/index.js';
import type { ServiceNode } from '../../resolve/index.js';
import { schemasFile } from './schemas-file.js';
import { typesFile } from './types-file.js';

/** `src/index.ts`: `export * from` both modules. */
function indexFile(): string {
  const file = new GeneratedFile();
  file.exports.star('./types.js', false).star('./schemas.js', false);
  return file.toString();
}

/**
 * Emit the types package's sources.
 * @returns path (relative to the package's `src/`) → file text
 */
export function emitTypesPackage(service: ServiceNode): Map<string, string> {
  return new Map([
    ['types.ts', typesFile(service)],
    ['schemas.ts', schemasFile(service)],
    ['index.ts', indexFile()],
  ]);
}
