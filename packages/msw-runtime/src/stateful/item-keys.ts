/**
 * Identifiers of stored items: which names identify an item of a resource (its ancestors' first,
 * for nested resources), the key an item is stored under, and identifier values read from an input.
 * @packageDocumentation
 */
import { deref, getAtPath, type Schema } from '@anvil/runtime';
import type { OperationBinding, ResourceSpec, ResourceTable } from './resource-table.js';

/** One identifier of a resource: its name and the schema of its values. */
export interface IdentifierInfo {
  readonly name: string;
  readonly schema: Schema;
  /** The resource that declares it (an ancestor's for a nested resource's parent identifiers). */
  readonly resource: string;
}

/**
 * The identifiers of `resource`, the root ancestor's first (Smithy: a child resource's
 * identifiers include every identifier of its parent).
 *
 * @throws Error naming the resource when it, or a parent it names, is not in the table, or when
 *   the parent chain has a cycle
 */
export function identifiersOf(table: ResourceTable, resource: string): IdentifierInfo[] {
  const chain: string[] = [];
  for (let name: string | undefined = resource; name !== undefined; ) {
    if (chain.includes(name)) throw new Error(`@anvil/msw-runtime: resource ${resource} has a parent cycle (${[...chain, name].join(' → ')})`);
    const spec: ResourceSpec | undefined = Object.hasOwn(table.resources, name) ? table.resources[name] : undefined;
    if (!spec) throw new Error(`@anvil/msw-runtime: unknown resource ${name}${name === resource ? '' : ` (the parent of ${chain[chain.length - 1] ?? resource})`} in the resource table of ${table.service.id}`);
    chain.push(name);
    name = spec.parent;
  }
  const seen = new Set<string>();
  const out: IdentifierInfo[] = [];
  for (const name of chain.reverse()) {
    const spec = table.resources[name];
    for (const [id, schema] of Object.entries(spec?.identifiers ?? {})) {
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ name: id, schema: deref(schema), resource: name });
    }
  }
  return out;
}

/**
 * The key an item is stored under: its identifier values in identifier order.
 * @param ids identifier name → value (every identifier must be present)
 */
export function itemKey(identifiers: readonly IdentifierInfo[], ids: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(identifiers.map((id) => ids[id.name] ?? null));
}

/**
 * The identifier values an operation's input carries (`binding.identifiers` paths, else the
 * member of the identifier's name). Missing or empty values are left out.
 */
export function idsFromInput(
  identifiers: readonly IdentifierInfo[],
  binding: OperationBinding,
  input: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const ids: Record<string, unknown> = {};
  for (const id of identifiers) {
    const value = getAtPath(input, binding.identifiers?.[id.name] ?? id.name);
    if (value !== undefined && value !== null && value !== '') ids[id.name] = value;
  }
  return ids;
}
