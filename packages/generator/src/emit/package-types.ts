/**
 * How client and msw files name what the types package exports: shape types
 * through `import type * as shapes`, `UnitShape`, and schema constants.
 * @packageDocumentation
 */
import type { GeneratedFile } from '../files/index.js';
import { RUNTIME } from '../manifest.js';
import { MODULE_LOCALS } from '../naming/index.js';
import type { IoNode, ServiceNode } from '../resolve/index.js';

/** Names from the service's types package, imported into one file as they are used. */
export interface PackageTypes {
  /** A shape's type (`shapes.SourceServer`). */
  shape(typeName: string): string;
  /** An operation input or output type (`UnitShape` for `smithy.api#Unit`). */
  io(io: IoNode): string;
  /** A schema constant (`RetryDataReplication$`), imported as a value from the schemas module. */
  schema(schemaName: string): string;
  /** The `input` parameter: `input: T`, or `input: T = {}` when the input has no required member. */
  inputParameter(io: IoNode): string;
}

/**
 * @param schemasModule where schema constants come from: the types package's full schemas (the default, for
 *   mocks), or the client package's wire schemas (`../schemas.js`, see `client/wire-schemas-file.ts`)
 * @returns the types package's names for `file`
 */
export function packageTypes(file: GeneratedFile, service: ServiceNode, schemasModule?: string): PackageTypes {
  const module = service.names.packageName('types');
  const shape = (typeName: string) => `${file.namespace(module, MODULE_LOCALS.shapes)}.${typeName}`;
  const io = (node: IoNode) => (node.kind === 'unit' ? file.type(module, RUNTIME.UnitShape.name) : shape(node.shape.typeName));
  return {
    shape,
    io,
    schema: (schemaName) => file.value(schemasModule ?? module, schemaName),
    inputParameter: (node) => `input: ${io(node)}${node.kind === 'structure' && node.hasRequiredMember ? '' : ' = {}'}`,
  };
}
