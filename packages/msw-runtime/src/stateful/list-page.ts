/**
 * `list` operations over the store: the items under the request's parent identifiers that pass
 * the binding's filters, one page at a time (Smithy `@paginated`: the request's page size, else
 * the page-size member's `@default`, else its `@range` max capped at {@link STORE_PAGE_SIZE_CAP};
 * page tokens are fake values of the token member, issued and resolved by the store).
 * @packageDocumentation
 */
import { deref, getAtPath, memberAtPath, setAtPath, type OperationSchema, type Schema, type StructureSchema } from '@anvil/runtime';
import { fakeValue } from '../fake/index.js';
import { paginationPlan, type PageResult, type PaginationPlan } from '../pagination.js';
import { canonicalKey } from '../validate/index.js';
import { isItemShape, projectStored } from './project.js';
import type { OperationBinding } from './resource-table.js';
import type { MockStore } from './store.js';
import type { StoredItem } from './transitions.js';

/** Largest default page (when the model gives a page-size `@range` but no `@default`). */
export const STORE_PAGE_SIZE_CAP = 100;

function matchesFilter(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) return expected.length === 0 || expected.some((e) => canonicalKey(e) === canonicalKey(actual));
  return canonicalKey(expected) === canonicalKey(actual);
}

/** The items a list request selects, in insertion order. */
function selected(store: MockStore<object>, resource: string, binding: OperationBinding, input: Readonly<Record<string, unknown>>): StoredItem[] {
  const own = new Set(store.identifiers(resource).filter((id) => id.resource === resource).map((id) => id.name));
  const parents = store.identifiers(resource).filter((id) => !own.has(id.name));
  const tests: [string, unknown][] = [];
  for (const id of parents) {
    const value = getAtPath(input, binding.identifiers?.[id.name] ?? id.name);
    if (value !== undefined && value !== '') tests.push([id.name, value]);
  }
  for (const [inputPath, itemPath] of Object.entries(binding.filters ?? {})) {
    const value = getAtPath(input, inputPath);
    if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) tests.push([itemPath, value]);
  }
  return store.all(resource).filter((item) => tests.every(([path, value]) => matchesFilter(value, getAtPath(item.values, path))));
}

function pageSize(operation: OperationSchema, plan: PaginationPlan, input: Readonly<Record<string, unknown>>): number {
  const requested = plan.pageSize === undefined ? undefined : getAtPath(input, plan.pageSize);
  if (typeof requested === 'number' && requested > 0) return Math.min(plan.maxPageSize, Math.floor(requested));
  const member = plan.pageSize === undefined ? undefined : memberAtPath(deref(operation.input), plan.pageSize);
  if (typeof member?.default === 'number' && member.default > 0) return Math.min(plan.maxPageSize, member.default);
  const target = member ? deref(member.target) : undefined;
  const max = member?.range?.max ?? (target && 'range' in target ? target.range?.max : undefined);
  return Math.max(1, Math.min(plan.maxPageSize, max ?? STORE_PAGE_SIZE_CAP, STORE_PAGE_SIZE_CAP));
}

/** One listed item as the list's element shape wants it: the projected item, or its own identifier for lists of ids. */
function listed(store: MockStore<object>, resource: string, element: Schema, item: StoredItem): unknown {
  const spec = store.spec(resource);
  const own = store.identifiers(resource).filter((id) => id.resource === resource);
  if (element.type === 'structure') return projectStored(item.values, element, spec.item ? deref(spec.item) : undefined, own.map((id) => id.name));
  return own.length === 1 ? item.values[own[0]?.name ?? ''] : undefined;
}

/** The output list member holding the items of an unpaginated list operation. */
function itemsMember(output: StructureSchema, itemShape: StructureSchema | undefined, ownIds: readonly string[]): [string, Schema] | undefined {
  for (const [name, member] of Object.entries(output.members)) {
    const list = deref(member.target);
    if (list.type !== 'list') continue;
    const element = deref(list.member.target);
    if (element.type !== 'structure') continue;
    if (isItemShape(element, itemShape) || ownIds.some((id) => id in element.members)) return [name, element];
  }
  return undefined;
}

/**
 * The output of a `list` operation: one page of the selected items (with a next token while more
 * remain), or all of them when the operation is not paginated over a list of string tokens.
 *
 * @param store the store
 * @param resource the listed resource
 * @param binding the operation's binding
 * @param input the parsed input
 * @returns the partial output, or the page-token error (a token this store did not issue)
 */
export function listOutput(store: MockStore<object>, resource: string, binding: OperationBinding, input: Readonly<Record<string, unknown>>): PageResult {
  const { operation } = binding;
  const items = selected(store, resource, binding, input);
  const plan = paginationPlan(operation);
  const spec = store.spec(resource);
  if (!plan || deref(plan.token).type !== 'string') {
    const ownIds = store.identifiers(resource).filter((id) => id.resource === resource).map((id) => id.name);
    const found = plan ? ([plan.items.join('.'), plan.item] as const) : itemsMember(deref(operation.output), spec.item ? deref(spec.item) : undefined, ownIds);
    if (!found) return { ok: true, output: {} };
    for (const item of items) store.observed(resource, item);
    return { ok: true, output: setAtPath({}, found[0], items.map((item) => listed(store, resource, found[1], item))) };
  }
  const token = getAtPath(input, plan.inputToken);
  let start = 0;
  if (token !== undefined && token !== null && token !== '') {
    const seq = typeof token === 'string' ? store.resolveToken(resource, token) : undefined;
    if (seq === undefined) {
      return { ok: false, path: `/${plan.inputToken.join('/')}`, message: `Invalid pagination token ${JSON.stringify(token)}: not a token this mock issued` };
    }
    start = seq;
  }
  const remaining = items.filter((item) => item.seq >= start);
  const page = remaining.slice(0, pageSize(operation, plan, input));
  const next = remaining[page.length];
  const nextToken = next
    ? store.issueToken(resource, next.seq, (attempt) => String(fakeValue(plan.token, { seed: `${resource}|token`, path: `/${next.seq}/${attempt}` })))
    : undefined;
  const output = setAtPath(setAtPath({}, plan.items, page.map((item) => listed(store, resource, plan.item, item))), plan.outputToken, nextToken);
  for (const item of page) store.observed(resource, item);
  return { ok: true, output };
}
