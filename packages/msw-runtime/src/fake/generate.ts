/**
 * The recursive fake-value generator behind {@link fakeValue}. Every value is
 * seeded by `seed | shape id | JSON pointer`, so values are stable across runs
 * and adding a member to a structure leaves the others unchanged.
 * @packageDocumentation
 */
import { setOwn, type ListSchema, type MapSchema, type Schema, type StructureSchema, type UnionSchema } from '@anvil/runtime';
import { canonicalKey } from '../validate/canonical.js';
import { effectiveOf, memberEntries, pointerToken } from '../validate/constraints.js';
import type { Effective } from '../validate/constraints.js';
import { FakeDataError } from './fake-data-error.js';
import { fakeNumber } from './numbers.js';
import { createRng, hex4 } from './random.js';
import { patternString, readableString } from './strings.js';

/** Resolved generator settings. */
export interface FakeContext {
  readonly seed: string;
  readonly maxDepth: number;
  readonly includeOptional: boolean;
}

/** Fake timestamps are whole seconds within a year after 2024-01-01T00:00:00Z (epoch seconds 1704067200). */
export const FAKE_EPOCH_SECONDS = 1704067200;
const YEAR_SECONDS = 365 * 86400;
/** Tries for one unique list item / map key before giving up on it. */
const UNIQUE_ATTEMPTS = 16;
/** Absolute nesting limit (aggregate levels above `maxDepth`) where required recursion is cut with `{}` / `[]`. */
const HARD_CUT = 24;

function isAggregate(schema: Schema): boolean {
  return schema.type === 'structure' || schema.type === 'union' || schema.type === 'list' || schema.type === 'map';
}

function labelOf(schema: Schema, path: string): string {
  return `${schema.id ?? schema.type} at ${path === '' ? '/' : path}`;
}

/**
 * Generate a value for one position.
 * @param eff - target schema and effective (member-overridden) constraints.
 * @param path - JSON pointer of the value.
 * @param hint - member name used for readable strings.
 * @param depth - structure/union nesting depth of the enclosing aggregate (-1 at the root).
 * @param level - aggregate nesting level (for the hard recursion cut).
 */
export function generate(eff: Effective, path: string, hint: string, depth: number, level: number, ctx: FakeContext): unknown {
  const target = eff.target;
  const key = `${ctx.seed}|${target.id ?? target.type}|${path}`;
  switch (target.type) {
    case 'string':
      if (eff.pattern !== undefined) return patternString(eff.pattern, eff.patternHolder, eff.length, key, labelOf(target, path));
      return readableString(hint, eff.length, createRng(key));
    case 'enum':
    case 'intEnum': {
      if (target.values.length === 0) throw new FakeDataError('enum has no values', labelOf(target, path));
      const values: readonly (string | number)[] = target.values;
      return values[createRng(key).int(0, values.length - 1)];
    }
    case 'boolean':
      return createRng(key).next() < 0.5;
    case 'timestamp':
      return new Date((FAKE_EPOCH_SECONDS + createRng(key).int(0, YEAR_SECONDS)) * 1000);
    case 'blob':
      return fakeBlob(eff, createRng(key));
    case 'document': {
      const rng = createRng(key);
      return { name: `${hint}-${hex4(rng)}`, count: rng.int(0, 100), enabled: rng.next() < 0.5 };
    }
    case 'structure':
      return generateStructure(target, path, depth + 1, level + 1, ctx);
    case 'union':
      return generateUnion(target, path, key, depth + 1, level + 1, ctx);
    case 'list':
      return generateList(target, eff, path, hint, key, depth, level + 1, ctx);
    case 'map':
      return generateMap(target, eff, path, hint, key, depth, level + 1, ctx);
    default:
      return fakeNumber(target.type, eff.range, createRng(key), labelOf(target, path));
  }
}

/** A structure at `depth`: all members while `depth <= maxDepth` (and `includeOptional`), else only required ones. */
export function generateStructure(schema: StructureSchema, path: string, depth: number, level: number, ctx: FakeContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (level > ctx.maxDepth + HARD_CUT) return out;
  const full = ctx.includeOptional && depth <= ctx.maxDepth;
  for (const [name, member] of memberEntries(schema.members)) {
    if (!member.required && !full) continue;
    setOwn(out, name, generate(effectiveOf(member), `${path}/${name}`, name, depth, level, ctx));
  }
  return out;
}

function generateUnion(schema: UnionSchema, path: string, key: string, depth: number, level: number, ctx: FakeContext): Record<string, unknown> {
  const entries = memberEntries(schema.members);
  if (entries.length === 0) throw new FakeDataError('union has no members', labelOf(schema, path));
  if (level > ctx.maxDepth + HARD_CUT) return {};
  let candidates = entries;
  if (depth > ctx.maxDepth) {
    const simple = entries.filter(([, member]) => !isAggregate(effectiveOf(member).target));
    if (simple.length > 0) candidates = simple;
  }
  const picked = candidates[createRng(key).int(0, candidates.length - 1)];
  if (picked === undefined) return {};
  const [name, member] = picked;
  return { [name]: generate(effectiveOf(member), `${path}/${name}`, name, depth, level, ctx) };
}

/** How many entries a list/map gets: 1–2 within `@length`; the minimum once nested aggregates would go past `maxDepth`. */
function entryCount(eff: Effective, itemIsAggregate: boolean, depth: number, key: string, ctx: FakeContext): number {
  const min = eff.length?.min ?? 0;
  const max = eff.length?.max ?? Number.POSITIVE_INFINITY;
  if (itemIsAggregate && depth + 1 > ctx.maxDepth) return min;
  const low = Math.max(min, 1);
  return Math.min(max, low + createRng(`${key}#count`).int(0, 1));
}

function generateList(
  schema: ListSchema,
  eff: Effective,
  path: string,
  hint: string,
  key: string,
  depth: number,
  level: number,
  ctx: FakeContext,
): unknown[] {
  if (level > ctx.maxDepth + HARD_CUT) return [];
  const itemEff = effectiveOf(schema.member);
  const count = entryCount(eff, isAggregate(itemEff.target), depth, key, ctx);
  const items: unknown[] = [];
  const seen = schema.uniqueItems ? new Set<string>() : undefined;
  for (let i = 0; i < count; i++) {
    const itemPath = `${path}/${i}`;
    if (seen === undefined) {
      items.push(generate(itemEff, itemPath, hint, depth, level, ctx));
      continue;
    }
    const item = uniqueValue(itemEff, itemPath, hint, depth, level, ctx, seen);
    if (item === undefined) {
      if (items.length >= (eff.length?.min ?? 0)) break;
      throw new FakeDataError(`cannot produce ${count} unique items`, labelOf(schema, path));
    }
    items.push(item);
  }
  return items;
}

/** Generate a value whose canonical key is not in `seen` (retrying under derived seeds); `undefined` when none found. */
function uniqueValue(
  eff: Effective,
  path: string,
  hint: string,
  depth: number,
  level: number,
  ctx: FakeContext,
  seen: Set<string>,
): unknown {
  for (let attempt = 0; attempt < UNIQUE_ATTEMPTS; attempt++) {
    const attemptCtx = attempt === 0 ? ctx : { ...ctx, seed: `${ctx.seed}~${attempt}` };
    const value = generate(eff, path, hint, depth, level, attemptCtx);
    const canonical = canonicalKey(value);
    if (!seen.has(canonical)) {
      seen.add(canonical);
      return value;
    }
  }
  return undefined;
}

function generateMap(
  schema: MapSchema,
  eff: Effective,
  path: string,
  hint: string,
  key: string,
  depth: number,
  level: number,
  ctx: FakeContext,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (level > ctx.maxDepth + HARD_CUT) return out;
  const keyEff = effectiveOf(schema.key);
  const valueEff = effectiveOf(schema.value);
  const count = entryCount(eff, isAggregate(valueEff.target), depth, key, ctx);
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const mapKey = uniqueValue(keyEff, `${path}/$key${i}`, 'key', depth, level, ctx, seen);
    if (typeof mapKey !== 'string') {
      if (i >= (eff.length?.min ?? 0)) break;
      throw new FakeDataError(`cannot produce ${count} distinct keys`, labelOf(schema, path));
    }
    setOwn(out, mapKey, generate(valueEff, `${path}/${pointerToken(mapKey)}`, hint, depth, level, ctx));
  }
  return out;
}

function fakeBlob(eff: Effective, rng: ReturnType<typeof createRng>): Uint8Array {
  const min = eff.length?.min ?? 0;
  const max = eff.length?.max ?? Number.POSITIVE_INFINITY;
  const low = Math.max(min, Math.min(4, max));
  const size = Math.min(max, low + rng.int(0, 4));
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = rng.int(0, 255);
  return bytes;
}
