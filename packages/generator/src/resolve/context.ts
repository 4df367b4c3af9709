/**
 * What every resolver of one service shares: the model lookups and the shape
 * namer.
 * @packageDocumentation
 */
import type { Model, Shape, ShapeId, ServiceClosure } from '@anvil/smithy-model';
import { getShape } from '@anvil/smithy-model';
import type { ShapeNamer } from '../naming/index.js';
import type { XmlTraitSet } from './xml-traits.js';

/** The model, the service closure and the names of its shapes. */
export interface ResolveContext {
  readonly closure: ServiceClosure;
  readonly namer: ShapeNamer;
  /** The XML / query traits the service's protocol reads (none for the JSON protocols). */
  readonly xml: XmlTraitSet;
  /** Any shape of the model by id. */
  shape(id: ShapeId): Shape;
}

/** @returns a context over `model` for `closure` */
export function resolveContext(model: Model, closure: ServiceClosure, namer: ShapeNamer, xml: XmlTraitSet): ResolveContext {
  return { closure, namer, xml, shape: (id) => getShape(model, id) };
}

/** Is this a prelude shape (`smithy.api#…`)? */
export function isPrelude(id: ShapeId): boolean {
  return id.startsWith('smithy.api#');
}
