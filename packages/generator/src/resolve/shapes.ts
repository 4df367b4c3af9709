/**
 * Named shape nodes: one per shape of the service closure the generator emits
 * (simple shapes, enums, lists, maps, structures, unions).
 * @packageDocumentation
 */
import type { Shape } from '@anvil/smithy-model';
import type { ResolveContext } from './context.js';
import { enumValues } from './enum-values.js';
import { memberNode } from './members.js';
import type { Docs, ErrorShapeNode, ShapeNames, ShapeNode, StructureShapeNode } from './shape-nodes.js';
import { constraints, simpleData } from './simple-shapes.js';
import { TRAIT_IDS } from './trait-ids.js';
import { deprecation, documentation, has, objectValue, value } from './traits.js';
import { shapeXml } from './xml-traits.js';

/** Aggregate schemas carry `@length` and `@sensitive` only. */
const AGGREGATE_CONSTRAINTS = { length: true } as const;

function namesAndDocs(ctx: ResolveContext, shape: Shape): ShapeNames & Docs {
  const doc = documentation(shape.traits);
  const deprecated = deprecation(shape.traits);
  return {
    id: shape.id,
    name: ctx.closure.nameOf(shape.id),
    typeName: ctx.namer.typeName(shape.id),
    schemaName: ctx.namer.schemaName(shape.id),
    ...(doc === undefined ? {} : { documentation: doc }),
    ...(deprecated === undefined ? {} : { deprecated }),
  };
}

/** Error traits of a structure; `fault` is set exactly when `@error` is. */
function errorTraits(shape: Shape): Partial<Pick<ErrorShapeNode, 'error' | 'fault' | 'httpError' | 'retryable' | 'awsQueryError'>> {
  const error = value(shape.traits, TRAIT_IDS.error);
  const httpError = value(shape.traits, TRAIT_IDS.httpError);
  const retryable = objectValue(shape.traits, TRAIT_IDS.retryable);
  const queryError = objectValue(shape.traits, TRAIT_IDS.awsQueryError);
  return {
    ...(error === undefined ? {} : { error: String(error), fault: error === 'server' ? ('server' as const) : ('client' as const) }),
    ...(httpError === undefined ? {} : { httpError: Number(httpError) }),
    ...(retryable === undefined ? {} : { retryable: { throttling: retryable.throttling === true } }),
    ...(queryError?.code === undefined
      ? {}
      : { awsQueryError: { code: String(queryError.code), httpResponseCode: Number(queryError.httpResponseCode ?? 400) } }),
  };
}

/**
 * Resolve a named (non-prelude) shape of the closure.
 * @returns undefined for shapes the generator does not emit (operations, resources, services)
 */
export function shapeNode(ctx: ResolveContext, shape: Shape): ShapeNode | undefined {
  const base = namesAndDocs(ctx, shape);
  const values = enumValues(shape);
  if (values) {
    const type = shape.type === 'intEnum' ? 'intEnum' : 'enum';
    // intEnum schemas carry no constraint fields; string enums no `@range`.
    const c = type === 'intEnum' ? { sensitive: false } : constraints(shape.traits, { length: true, pattern: true });
    return { ...base, kind: 'enum', type, values, constraints: c };
  }
  const aggregate = { ...base, constraints: constraints(shape.traits, AGGREGATE_CONSTRAINTS) };
  switch (shape.type) {
    case 'list':
      return {
        ...aggregate,
        kind: 'list',
        member: memberNode(ctx, shape.member),
        sparse: has(shape.traits, TRAIT_IDS.sparse),
        uniqueItems: has(shape.traits, TRAIT_IDS.uniqueItems),
      };
    case 'map':
      return { ...aggregate, kind: 'map', key: memberNode(ctx, shape.key), value: memberNode(ctx, shape.value), sparse: has(shape.traits, TRAIT_IDS.sparse) };
    case 'structure': {
      const xml = shapeXml(ctx, shape.traits, shape.id);
      return { ...aggregate, kind: 'structure', members: shape.members.map((m) => memberNode(ctx, m)), ...errorTraits(shape), ...(xml ? { xml } : {}) };
    }
    case 'union': {
      const xml = shapeXml(ctx, shape.traits, shape.id);
      return { ...aggregate, kind: 'union', members: shape.members.map((m) => memberNode(ctx, m)), streaming: has(shape.traits, TRAIT_IDS.streaming), ...(xml ? { xml } : {}) };
    }
    case 'operation':
    case 'resource':
    case 'service':
    case 'enum':
    case 'intEnum':
      return undefined;
    default:
      return { ...base, ...simpleData(shape), kind: 'simple' };
  }
}

/** Is this structure node a modeled error? */
export function isErrorShape(node: StructureShapeNode): node is ErrorShapeNode {
  return node.error !== undefined;
}
