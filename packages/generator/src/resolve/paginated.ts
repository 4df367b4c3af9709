/**
 * `@paginated` (Smithy "paginated trait"): the operation's trait merged with the
 * service's, and the paginator it gives.
 * @packageDocumentation
 */
import type { Shape, Traits } from '@anvil/smithy-model';
import type { ResolveContext } from './context.js';
import type { IoNode, PaginatedNode, PaginatorNode } from './service-nodes.js';
import { TRAIT_IDS } from './trait-ids.js';
import { objectValue } from './traits.js';

const KEYS = ['inputToken', 'outputToken', 'items', 'pageSize'] as const;

/**
 * The one merge rule: for each of `inputToken`, `outputToken`, `items` and `pageSize`, the
 * operation's value when it is a string, else the service's when that is a string.
 * @returns undefined when the operation has no `@paginated` trait (the service's alone paginates nothing)
 */
export function mergePaginated(operationTraits: Traits, serviceTraits: Traits): PaginatedNode | undefined {
  const own = objectValue(operationTraits, TRAIT_IDS.paginated);
  if (!own) return undefined;
  const base = objectValue(serviceTraits, TRAIT_IDS.paginated) ?? {};
  const merged: Record<string, string> = {};
  for (const key of KEYS) {
    const v = typeof own[key] === 'string' ? own[key] : base[key];
    if (typeof v === 'string') merged[key] = v;
  }
  return merged;
}

/** Follow `items` (`a.b`) through the output structure to a list or map. */
function itemCollection(ctx: ResolveContext, output: Shape, path: string): PaginatorNode['itemCollection'] {
  const keys = path.split('.');
  let shape = output;
  for (const key of keys) {
    if (shape.type !== 'structure') return undefined;
    const member = shape.members.find((m) => m.name === key);
    if (!member) return undefined;
    shape = ctx.shape(member.target);
  }
  return shape.type === 'list' || shape.type === 'map' ? { keys, kind: shape.type } : undefined;
}

/**
 * The paginator of an operation: it needs both tokens (non-empty) and a structure output.
 * @returns undefined when the operation gets no paginator
 */
export function paginatorNode(ctx: ResolveContext, paginated: PaginatedNode | undefined, output: IoNode): PaginatorNode | undefined {
  if (!paginated?.inputToken || !paginated.outputToken || output.kind === 'unit') return undefined;
  const collection = paginated.items ? itemCollection(ctx, ctx.shape(output.shape.id), paginated.items) : undefined;
  return {
    inputToken: paginated.inputToken,
    outputToken: paginated.outputToken,
    ...(paginated.pageSize ? { pageSize: paginated.pageSize } : {}),
    ...(paginated.items ? { items: paginated.items } : {}),
    ...(collection ? { itemCollection: collection } : {}),
  };
}
