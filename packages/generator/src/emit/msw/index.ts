/**
 * The msw package's sources: `handlers.ts`, `examples.ts` (when the model has examples),
 * `stateful.ts` (when it has resources) and an index re-exporting them.
 * @packageDocumentation
 */
import { GeneratedFile } from '../../files/index.js';
import type { ServiceNode } from '../../resolve/index.js';
import { examplesFile } from './examples-file.js';
import { handlersFile } from './handlers-file.js';
import { statefulFile } from './stateful-file.js';

/**
 * Emit the msw package's sources.
 * @returns path (relative to the package's `src/`) → file text
 */
export function emitMswPackage(service: ServiceNode): Map<string, string> {
  const index = new GeneratedFile();
  index.exports.star('./handlers.js', false);
  const files = new Map([['handlers.ts', handlersFile(service)]]);
  if (service.examples.length > 0) {
    files.set('examples.ts', examplesFile(service));
    index.exports.star('./examples.js', false);
  }
  if (service.resources.length > 0) {
    files.set('stateful.ts', statefulFile(service));
    index.exports.star('./stateful.js', false);
  }
  files.set('index.ts', index.toString());
  return files;
}
