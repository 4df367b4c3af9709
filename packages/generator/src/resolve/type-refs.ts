/**
 * Member targets as the emitters refer to them: a {@link TypeRef} for the
 * TypeScript type (type mapping policy: docs/breadth.md, `@anvil/runtime`
 * schema types) and a {@link SchemaRef} for the runtime schema.
 * @packageDocumentation
 */
import type { Shape, ShapeId } from '@anvil/smithy-model';
import { isPrelude, type ResolveContext } from './context.js';
import { enumValues } from './enum-values.js';
import { simpleData } from './simple-shapes.js';
import type { SchemaRef, TypeRef } from './shape-nodes.js';
import { TRAIT_IDS, UNIT_ID } from './trait-ids.js';
import { has } from './traits.js';

const AGGREGATES = new Set(['list', 'map', 'structure', 'union']);

const SCALARS: Readonly<Record<string, TypeRef>> = {
  boolean: { kind: 'boolean' },
  byte: { kind: 'number' },
  short: { kind: 'number' },
  integer: { kind: 'number' },
  long: { kind: 'number' },
  float: { kind: 'number' },
  double: { kind: 'number' },
  bigInteger: { kind: 'bigint' },
  bigDecimal: { kind: 'string' },
  blob: { kind: 'blob' },
  timestamp: { kind: 'timestamp' },
  document: { kind: 'document' },
};

/**
 * The type of a member target.
 * @param seen list/map ids on the current path (guards against recursive collections)
 * @throws Error when the target cannot be a member target (an operation, resource or service)
 */
export function typeRef(ctx: ResolveContext, target: ShapeId, seen: ReadonlySet<ShapeId> = new Set()): TypeRef {
  if (target === UNIT_ID) return { kind: 'unit' };
  const shape = ctx.shape(target);
  switch (shape.type) {
    case 'string':
      return enumValues(shape) ? { kind: 'named', name: ctx.namer.typeName(shape.id) } : { kind: 'string' };
    case 'enum':
    case 'intEnum':
    case 'structure':
    case 'union':
      return { kind: 'named', name: ctx.namer.typeName(shape.id) };
    case 'list':
      if (seen.has(shape.id)) return { kind: 'recursive', collection: 'list' };
      return { kind: 'list', item: typeRef(ctx, shape.member.target, new Set(seen).add(shape.id)), sparse: has(shape.traits, TRAIT_IDS.sparse) };
    case 'map': {
      if (seen.has(shape.id)) return { kind: 'recursive', collection: 'map' };
      const next = new Set(seen).add(shape.id);
      const value = typeRef(ctx, shape.value.target, next);
      return { kind: 'map', key: typeRef(ctx, shape.key.target, next), value, sparse: has(shape.traits, TRAIT_IDS.sparse) };
    }
    default: {
      const scalar = SCALARS[shape.type];
      if (!scalar) throw new Error(`Shape ${shape.id} of type ${shape.type} cannot be a member target`);
      return scalar;
    }
  }
}

/** How a member schema refers to its target: `Unit$`, inline (prelude), direct (named simple) or thunk (aggregate). */
export function schemaRef(ctx: ResolveContext, target: ShapeId): SchemaRef {
  if (target === UNIT_ID) return { kind: 'unit' };
  const shape: Shape = ctx.shape(target);
  if (isPrelude(target)) return { kind: 'inline', shape: simpleData(shape) };
  return { kind: 'named', name: ctx.namer.schemaName(target), thunk: AGGREGATES.has(shape.type) };
}
