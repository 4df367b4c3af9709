/**
 * The emitters: each generated package's `src/` files from a resolved service.
 * Emitters only print; names, bindings and trait values come from the resolve
 * stage, runtime names from the manifest.
 * @packageDocumentation
 */
import type { PackageKind } from '../naming/index.js';
import type { ServiceNode } from '../resolve/index.js';
import { emitClientPackage } from './client/index.js';
import { emitMswPackage } from './msw/index.js';
import { emitTypesPackage } from './types/index.js';

/**
 * Emit one package's `src/` files.
 * @returns path (relative to `src/`) → file text
 */
export function emitSources(service: ServiceNode, kind: PackageKind): Map<string, string> {
  switch (kind) {
    case 'types':
      return emitTypesPackage(service);
    case 'client':
      return emitClientPackage(service);
    case 'msw':
      return emitMswPackage(service);
  }
}
