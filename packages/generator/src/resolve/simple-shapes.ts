/**
 * Simple and enum shapes: their schema data (constraints that apply to the
 * kind, `@mediaType`, `@streaming`, `@timestampFormat`) and enum values.
 * @packageDocumentation
 */
import type { Shape, SimpleType, Traits } from '@anvil/smithy-model';
import type { Constraints, SimpleShapeData } from './shape-nodes.js';
import { TRAIT_IDS } from './trait-ids.js';
import { bounds, has, stringValue } from './traits.js';

/** Which constraint traits a kind of schema carries. */
export interface ConstraintKinds {
  readonly length?: boolean;
  readonly range?: boolean;
  readonly pattern?: boolean;
}

const ALL: ConstraintKinds = { length: true, range: true, pattern: true };

/** Constraint traits of a shape or member (`@sensitive` always; the others when `kinds` says so). */
export function constraints(traits: Traits, kinds: ConstraintKinds = ALL): Constraints {
  const length = kinds.length ? bounds(traits, TRAIT_IDS.length) : undefined;
  const range = kinds.range ? bounds(traits, TRAIT_IDS.range) : undefined;
  const pattern = kinds.pattern ? stringValue(traits, TRAIT_IDS.pattern) : undefined;
  return {
    ...(length ? { length } : {}),
    ...(range ? { range } : {}),
    ...(pattern !== undefined ? { pattern } : {}),
    sensitive: has(traits, TRAIT_IDS.sensitive),
  };
}

/**
 * The schema data of a simple shape (named, or a prelude shape written inline).
 * @throws Error when the shape is not a simple shape
 */
export function simpleData(shape: Shape): SimpleShapeData {
  const type = shape.type as SimpleType;
  if (['enum', 'intEnum', 'list', 'map', 'structure', 'union', 'operation', 'resource', 'service'].includes(shape.type)) {
    throw new Error(`Shape ${shape.id} of type ${shape.type} is not a simple shape`);
  }
  const mediaType = type === 'string' || type === 'blob' ? stringValue(shape.traits, TRAIT_IDS.mediaType) : undefined;
  const timestampFormat = type === 'timestamp' ? stringValue(shape.traits, TRAIT_IDS.timestampFormat) : undefined;
  return {
    id: shape.id,
    type,
    constraints: constraints(shape.traits),
    ...(mediaType !== undefined ? { mediaType } : {}),
    streaming: type === 'blob' && has(shape.traits, TRAIT_IDS.streaming),
    ...(timestampFormat !== undefined ? { timestampFormat } : {}),
  };
}
