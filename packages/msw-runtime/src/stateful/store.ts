/**
 * The mock store: items of every resource of one service, in memory, for stateful handlers.
 * One store per test (or per page): `reset()` between tests, `snapshot()`/`restore()` around
 * a scenario, `seed()` to fill it, `advance()` to step state transitions, optional
 * `sessionStorage` persistence in the browser.
 * Over 300 lines: one class, the store's public API; its helpers already live in `item-keys.ts`,
 * `project.ts`, `transitions.ts` and `store-persistence.ts`.
 * @packageDocumentation
 */
import { deref, type StructureSchema } from '@anvil/runtime';
import { mergeBySchema, type DeepPartial } from '../deep-merge.js';
import { fakeStructure, fakeValue } from '../fake/index.js';
import { identifiersOf, itemKey, type IdentifierInfo } from './item-keys.js';
import { fits } from './project.js';
import type { ResourceSpec, ResourceTable } from './resource-table.js';
import { createPersistence, type PersistOptions, type Persistence } from './store-persistence.js';
import { countRead, settleTransitions, startTransitions, stepTransitions, type StoredItem } from './transitions.js';

/** Options of {@link createStore}. */
export interface StoreOptions {
  /** Seed of generated identifiers and item members (same seed and calls, same data). @default the service shape id */
  readonly seed?: string | number;
  /** Keep the state in `sessionStorage` (`true`) or another Web Storage across page reloads. @default false */
  readonly persist?: boolean | PersistOptions;
  /** Clock of time-based transitions, in ms since the epoch. @default Date.now (fake timers apply) */
  readonly now?: () => number;
}

/** An opaque copy of a store's state, from {@link MockStore.snapshot}. */
export interface StoreSnapshot {
  readonly '~anvilStoreSnapshot': 1;
}

interface StoreState {
  nextSeq: number;
  collections: Record<string, StoredItem[]>;
  /** page token → [resource, seq of the page's first item]. */
  tokens: Record<string, [string, number]>;
}

/** Identifier values of an item: an object of identifier name → value, or the value of a single identifier. */
export type ItemIds = Readonly<Record<string, unknown>> | string | number;

/**
 * The store behind stateful handlers.
 *
 * @typeParam Items resource name → item type (generated packages pass theirs, so `seed`, `items`
 *   and `get` are typed)
 */
export class MockStore<Items extends object = Record<string, Record<string, unknown>>> {
  private collections = new Map<string, Map<string, StoredItem>>();
  private tokens = new Map<string, [string, number]>();
  /** `resource + NUL + seq` → the token issued for that page (the reverse of `tokens`). */
  private tokenOf = new Map<string, string>();
  private nextSeq = 0;
  private readonly seedText: string;
  private readonly persistence: Persistence | undefined;
  private readonly idCache = new Map<string, IdentifierInfo[]>();
  /** Clock of time-based transitions (ms since the epoch). */
  readonly now: () => number;

  /**
   * @param table the service's resource table (generated `resources`, possibly extended in code)
   * @param options seed, persistence and clock
   * @throws Error when the table names a parent resource it does not hold
   */
  constructor(
    readonly table: ResourceTable,
    options: StoreOptions = {},
  ) {
    this.seedText = String(options.seed ?? table.service.id);
    this.now = options.now ?? (() => Date.now());
    this.persistence = createPersistence(options.persist, `anvil-msw-store:${table.service.id}`);
    for (const name of Object.keys(table.resources)) this.identifiers(name);
    const saved = this.persistence?.load();
    if (isState(saved)) this.load(saved);
  }

  /** Remove every item (and forget issued page tokens). */
  reset(): void {
    this.collections.clear();
    this.tokens.clear();
    this.tokenOf.clear();
    this.nextSeq = 0;
    this.persistence?.clear();
  }

  /** A copy of the whole state, to {@link restore} later. */
  snapshot(): StoreSnapshot {
    return structuredClone(this.state()) as unknown as StoreSnapshot;
  }

  /**
   * Go back to a state from {@link snapshot} (the snapshot stays usable for further restores).
   * @throws TypeError when `snapshot` did not come from a store's `snapshot()`
   */
  restore(snapshot: StoreSnapshot): void {
    const state: unknown = structuredClone(snapshot);
    if (!isState(state)) throw new TypeError('MockStore.restore: not a snapshot from MockStore.snapshot()');
    this.load(state);
    this.changed();
  }

  /**
   * Add items: `count` items made of fake data, or one item per partial item (members not given
   * are fake; identifiers not given are generated within their constraints).
   *
   * @param resource the resource name (a key of the generated `resources.resources`)
   * @param items how many, or partial items
   * @returns the stored items (copies)
   * @throws Error naming the resource when the table has no such resource
   */
  seed<K extends keyof Items & string>(resource: K, items: number | readonly DeepPartial<Items[K]>[]): Items[K][] {
    const partials: readonly Record<string, unknown>[] =
      typeof items === 'number' ? Array.from({ length: Math.max(0, Math.floor(items)) }, () => ({})) : (items as readonly Record<string, unknown>[]);
    const spec = this.spec(resource);
    const created = partials.map((partial) => {
      const ids: Record<string, unknown> = {};
      for (const id of this.identifiers(resource)) if (partial[id.name] !== undefined) ids[id.name] = partial[id.name];
      return this.insertItem(resource, ids, partial, (fake) => (spec.item ? mergeBySchema(deref(spec.item), fake, partial) : { ...fake, ...partial }));
    });
    return created.map((item) => structuredClone(item.values) as Items[K]);
  }

  /** Copies of the items of a resource, in insertion order. */
  items<K extends keyof Items & string>(resource: K): Items[K][] {
    this.spec(resource);
    return [...(this.collections.get(resource)?.values() ?? [])].map((item) => structuredClone(item.values) as Items[K]);
  }

  /**
   * A copy of one item, or `undefined`.
   * @param ids identifier values (a plain value when the resource has a single identifier)
   */
  get<K extends keyof Items & string>(resource: K, ids: ItemIds): Items[K] | undefined {
    const item = this.find(resource, this.idsOf(resource, ids));
    return item ? (structuredClone(item.values) as Items[K]) : undefined;
  }

  /**
   * Remove one item.
   * @returns whether it existed
   */
  remove<K extends keyof Items & string>(resource: K, ids: ItemIds): boolean {
    const item = this.find(resource, this.idsOf(resource, ids));
    return item ? this.deleteItem(resource, item) : false;
  }

  /**
   * Step the state transitions of one item (or of every item of the resource) `steps` states forward.
   * @returns how many items changed state
   */
  advance<K extends keyof Items & string>(resource: K, ids?: ItemIds, steps = 1): number {
    const transitions = this.spec(resource).transitions ?? [];
    const targets = ids === undefined ? [...(this.collections.get(resource)?.values() ?? [])] : [this.find(resource, this.idsOf(resource, ids))];
    let changed = 0;
    for (const item of targets) if (item && stepTransitions(item, transitions, steps, this.now())) changed++;
    if (changed > 0) this.changed();
    return changed;
  }

  // ---- used by the stateful handlers -------------------------------------------------------

  /** @internal The resource's spec. @throws Error naming the resource when unknown */
  spec(resource: string): ResourceSpec {
    const spec = Object.hasOwn(this.table.resources, resource) ? this.table.resources[resource] : undefined;
    if (!spec) throw new Error(`MockStore: unknown resource "${resource}"; the table of ${this.table.service.id} has ${Object.keys(this.table.resources).join(', ') || 'none'}`);
    return spec;
  }

  /** @internal The identifiers of a resource, ancestors' first. */
  identifiers(resource: string): readonly IdentifierInfo[] {
    let ids = this.idCache.get(resource);
    if (!ids) this.idCache.set(resource, (ids = identifiersOf(this.table, resource)));
    return ids;
  }

  /** @internal The item with these identifiers, after due time-based transitions. */
  find(resource: string, ids: Readonly<Record<string, unknown>>): StoredItem | undefined {
    const identifiers = this.identifiers(resource);
    if (identifiers.some((id) => ids[id.name] === undefined)) return undefined;
    const item = this.collections.get(resource)?.get(itemKey(identifiers, ids));
    if (item && settleTransitions(item, this.spec(resource).transitions ?? [], this.now())) this.changed();
    return item;
  }

  /** @internal Every item of a resource in insertion order, after due time-based transitions. */
  all(resource: string): StoredItem[] {
    const transitions = this.spec(resource).transitions ?? [];
    const items = [...(this.collections.get(resource)?.values() ?? [])];
    let changed = false;
    if (transitions.length > 0) for (const item of items) changed = settleTransitions(item, transitions, this.now()) || changed;
    if (changed) this.changed();
    return items;
  }

  /**
   * @internal Store a new item (replacing one with the same identifiers). Identifiers missing from
   * `ids` are generated; `build` lays the given members over the fake item.
   */
  insertItem(
    resource: string,
    ids: Readonly<Record<string, unknown>>,
    given: Readonly<Record<string, unknown>>,
    build: (fake: Record<string, unknown>) => Record<string, unknown>,
  ): StoredItem {
    const spec = this.spec(resource);
    const seq = this.nextSeq++;
    const identifiers = this.identifiers(resource);
    const full: Record<string, unknown> = { ...ids };
    for (const id of identifiers) if (full[id.name] === undefined) full[id.name] = this.newId(resource, id, full, seq);
    const fake = spec.item ? fakeStructure(deref(spec.item), { seed: `${this.seedText}|${resource}`, path: `/${seq}` }) : {};
    const item: StoredItem = { seq, key: itemKey(identifiers, full), values: {}, reads: [], entered: [] };
    item.values = fake;
    startTransitions(item, spec.transitions ?? [], given, this.now());
    item.values = withIdentifierAliases({ ...build(item.values), ...full }, identifiers.filter((id) => id.resource === resource), spec.item ? deref(spec.item) : undefined);
    let collection = this.collections.get(resource);
    if (!collection) this.collections.set(resource, (collection = new Map()));
    collection.delete(item.key);
    collection.set(item.key, item);
    this.changed();
    return item;
  }

  /** @internal Remove a stored item. */
  deleteItem(resource: string, item: StoredItem): boolean {
    const removed = this.collections.get(resource)?.delete(item.key) ?? false;
    if (removed) this.changed();
    return removed;
  }

  /** @internal Count one answer of an item (read-count transitions). */
  observed(resource: string, item: StoredItem): void {
    if (countRead(item, this.spec(resource).transitions ?? [], this.now())) this.changed();
  }

  /** @internal A page token for the page starting at `seq`, made by `make(attempt)` until unused. */
  issueToken(resource: string, seq: number, make: (attempt: number) => string): string {
    const issued = this.tokenOf.get(`${resource}\u0000${seq}`);
    const owner = issued === undefined ? undefined : this.tokens.get(issued);
    if (issued !== undefined && owner?.[0] === resource && owner[1] === seq) return issued;
    for (let attempt = 0; ; attempt++) {
      const token = make(attempt);
      const known = this.tokens.get(token);
      if (!known || (known[0] === resource && known[1] === seq) || attempt >= 50) {
        this.tokens.set(token, [resource, seq]);
        this.tokenOf.set(`${resource}\u0000${seq}`, token);
        return token;
      }
    }
  }

  /** @internal The first seq of the page a token stands for, or `undefined` when this store did not issue it. */
  resolveToken(resource: string, token: string): number | undefined {
    const known = this.tokens.get(token);
    return known && known[0] === resource ? known[1] : undefined;
  }

  /** @internal Persist after a change made through a stored item. */
  changed(): void {
    this.persistence?.save(this.state());
  }

  private newId(resource: string, id: IdentifierInfo, ids: Readonly<Record<string, unknown>>, seq: number): unknown {
    const identifiers = this.identifiers(resource);
    const collection = this.collections.get(resource);
    for (let attempt = 0; ; attempt++) {
      const value = fakeValue(id.schema, { seed: `${this.seedText}|${resource}|${id.name}`, path: `/${seq}/${attempt}` });
      if (attempt >= 20 || !collection?.has(itemKey(identifiers, { ...ids, [id.name]: value }))) return value;
    }
  }

  private idsOf(resource: string, ids: ItemIds): Record<string, unknown> {
    if (typeof ids === 'object') return { ...ids };
    const identifiers = this.identifiers(resource);
    const own = identifiers.filter((id) => id.resource === resource);
    if (identifiers.length !== 1 || own.length !== 1) {
      throw new TypeError(`MockStore: ${resource} has the identifiers ${identifiers.map((i) => i.name).join(', ')}; pass them as an object`);
    }
    return { [identifiers[0]?.name ?? '']: ids };
  }

  private state(): StoreState {
    const collections: Record<string, StoredItem[]> = {};
    for (const [name, items] of this.collections) collections[name] = [...items.values()];
    return { nextSeq: this.nextSeq, collections, tokens: Object.fromEntries(this.tokens) };
  }

  private load(state: StoreState): void {
    this.nextSeq = state.nextSeq;
    this.collections = new Map(Object.entries(state.collections).map(([name, items]) => [name, new Map(items.map((item) => [item.key, item]))]));
    this.tokens = new Map(Object.entries(state.tokens));
    this.tokenOf = new Map([...this.tokens].map(([token, [resource, seq]]) => [`${resource}\u0000${seq}`, token]));
  }
}

/**
 * Identifiers the item structure names differently: an identifier `analyzerName` whose item has no
 * such member but a `name` (a member whose name ends the identifier's, case-insensitively) gets its
 * value there too, so outputs show the identifier the request used.
 */
function withIdentifierAliases(values: Record<string, unknown>, own: readonly IdentifierInfo[], item: StructureSchema | undefined): Record<string, unknown> {
  if (!item) return values;
  const out = values;
  for (const id of own) {
    if (Object.hasOwn(item.members, id.name)) continue;
    const lower = id.name.toLowerCase();
    const alias = Object.keys(item.members).find((m) => m.length >= 2 && m.length < id.name.length && lower.endsWith(m.toLowerCase()));
    const member = alias === undefined ? undefined : item.members[alias];
    if (alias !== undefined && member && fits(member, values[id.name])) out[alias] = values[id.name];
  }
  return out;
}

function isState(value: unknown): value is StoreState {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as StoreState).nextSeq === 'number' &&
    typeof (value as StoreState).collections === 'object' &&
    typeof (value as StoreState).tokens === 'object'
  );
}

/**
 * Create a store for a resource table.
 *
 * @typeParam Items resource name → item type
 * @param table the generated `resources` (or your own table)
 * @param options seed, persistence (`persist: true` → `sessionStorage`) and clock
 * @returns an empty store (or the persisted state, with `persist`)
 * @throws Error when the table names a parent resource it does not hold
 */
export function createStore<Items extends object = Record<string, Record<string, unknown>>>(table: ResourceTable, options?: StoreOptions): MockStore<Items> {
  return new MockStore<Items>(table, options);
}
