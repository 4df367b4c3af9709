/**
 * The msw package's sources: `handlers.ts` and an index re-exporting it.
 * @packageDocumentation
 */
import { GeneratedFile } from '../../files/index.js';
import type { ServiceNode } from '../../resolve/index.js';
import { handlersFile } from './handlers-file.js';

/**
 * Emit the msw package's sources.
 * @returns path (relative to the package's `src/`) → file text
 */
export function emitMswPackage(service: ServiceNode): Map<string, string> {
  const index = new GeneratedFile();
  index.exports.star('./handlers.js', false);
  return new Map([
    ['handlers.ts', handlersFile(service)],
    ['index.ts', index.toString()],
  ]);
}
