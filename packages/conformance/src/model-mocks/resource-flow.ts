/**
 * A generic lifecycle flow over one resource of a generated service, from the model alone:
 * create (or put) → read → list → delete → read again, each request built from fake data for the
 * input's required members plus the item's identifiers, sent with a real `Client` to the
 * stateful handlers.
 * @packageDocumentation
 */
import type { Client } from '@anvil/client-runtime';
import { fakeStructure, type MockStore, type OperationBinding, type ResourceTable } from '@anvil/msw-runtime';
import { deref, getAtPath, setAtPath, type OperationSchema } from '@anvil/runtime';

/** What one flow saw. */
export interface FlowResult {
  /** The created item's identifier values (parents' included). */
  readonly ids: Record<string, unknown>;
  /** The read output held the own identifier value. */
  readonly readFound: boolean;
  /** The list output held the own identifier value (`undefined` when the resource has no list operation). */
  readonly listed?: boolean;
  /** Items in the store after delete. */
  readonly remaining: number;
  /** The error name answered by a read after delete. */
  readonly readAfterDelete: string;
}

function bindingOf(table: ResourceTable, resource: string, kinds: readonly string[]): OperationBinding | undefined {
  return table.resources[resource]?.operations.find((b) => kinds.includes(b.kind));
}

/** Fake required members, with the identifiers set where the binding reads them. */
function inputFor(operation: OperationSchema, binding: OperationBinding, ids: Readonly<Record<string, unknown>>, seed: string): Record<string, unknown> {
  let input = fakeStructure(deref(operation.input), { seed, includeOptional: false });
  for (const [name, value] of Object.entries(ids)) {
    const path = binding.identifiers?.[name] ?? name;
    if (path.split('.')[0] && deref(operation.input).members[path.split('.')[0] ?? ''] !== undefined) input = setAtPath(input, path, value);
  }
  return input;
}

/** Does `value` hold `needle` anywhere (strings compared exactly)? */
export function holds(value: unknown, needle: unknown): boolean {
  if (value === needle) return true;
  if (Array.isArray(value)) return value.some((v) => holds(v, needle));
  if (typeof value === 'object' && value !== null && !(value instanceof Date) && !(value instanceof Uint8Array)) return Object.values(value).some((v) => holds(v, needle));
  return false;
}

async function errorName(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return '(no error)';
  } catch (error) {
    return error instanceof Error ? error.name : String(error);
  }
}

/**
 * Run create/put → read → list → delete → read on `resource`.
 *
 * @param parentIds identifier values of the parent item (nested resources)
 * @param keep skip delete (the item stays as a parent for a child flow)
 * @throws Error naming the step when a request that must succeed fails
 */
export async function resourceFlow(client: Client, store: MockStore, resource: string, parentIds: Readonly<Record<string, unknown>>, seed: string): Promise<FlowResult> {
  const table = store.table;
  const create = bindingOf(table, resource, ['create', 'put']);
  const read = bindingOf(table, resource, ['read']);
  const list = bindingOf(table, resource, ['list']);
  const del = bindingOf(table, resource, ['delete']);
  if (!create || !read || !del) throw new Error(`${resource}: needs create/put, read and delete operations`);
  const before = store.items(resource).length;
  await client.send(create.operation, inputFor(create.operation, create, parentIds, `${seed}|create`)).catch((e: unknown) => {
    throw new Error(`${resource}: ${create.operation.name} failed: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  });
  const items = store.items(resource);
  if (items.length !== before + 1) throw new Error(`${resource}: ${create.operation.name} stored ${items.length - before} items`);
  const item = items[items.length - 1] as Record<string, unknown>;
  const ids: Record<string, unknown> = {};
  const own: string[] = [];
  for (const [name] of Object.entries(table.resources[resource]?.identifiers ?? {})) own.push(name);
  for (const name of [...Object.keys(parentIds), ...own]) ids[name] = getAtPath(item, name);
  const ownValue = ids[own[0] ?? ''];
  const readOut = await client.send(read.operation, inputFor(read.operation, read, ids, `${seed}|read`));
  const readFound = holds(readOut, ownValue);
  let listed: boolean | undefined;
  if (list) {
    const listOut = await client.send(list.operation, inputFor(list.operation, list, parentIds, `${seed}|list`));
    listed = holds(listOut, ownValue);
  }
  await client.send(del.operation, inputFor(del.operation, del, ids, `${seed}|delete`));
  const remaining = store.items(resource).length;
  const readAfterDelete = await errorName(client.send(read.operation, inputFor(read.operation, read, ids, `${seed}|read-again`)));
  return { ids, readFound, ...(listed === undefined ? {} : { listed }), remaining, readAfterDelete };
}
