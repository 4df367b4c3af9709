/**
 * Items ⇄ operation shapes: which input members an operation stores in an item, and an item laid
 * onto an output structure (members of the same name whose value fits the member's shape; a
 * member whose target is the item's structure, such as `{ launchConfigurationTemplate: {...} }`,
 * gets the whole item).
 * @packageDocumentation
 */
import { deref, getOwn, hasOwnKey, setOwn, type MemberSchema, type Schema, type StructureSchema } from '@anvil/runtime';
import { validateValue } from '../validate/index.js';

/** A member's target with its member-level constraints folded in. */
function memberSchema(member: MemberSchema): Schema {
  const target = deref(member.target);
  if (member.length === undefined && member.range === undefined && member.pattern === undefined) return target;
  return {
    ...target,
    ...(member.length === undefined ? {} : { length: member.length }),
    ...(member.range === undefined ? {} : { range: member.range }),
    ...(member.pattern === undefined ? {} : { pattern: member.pattern }),
  } as Schema;
}

/** Object values already found valid for a schema (stored values are replaced, never mutated, so this holds). */
const checked = new WeakMap<object, WeakSet<object>>();

/** Does `value` satisfy the member's shape (type and constraints)? */
export function fits(member: MemberSchema, value: unknown): boolean {
  const schema = memberSchema(member);
  const isObject = typeof value === 'object' && value !== null;
  if (isObject && checked.get(value)?.has(member)) return true;
  const ok = validateValue(schema, value).length === 0;
  if (ok && isObject) {
    let set = checked.get(value);
    if (!set) checked.set(value, (set = new WeakSet()));
    set.add(member);
  }
  return ok;
}

/** Is `schema` the item structure (the same schema object or the same shape id)? */
export function isItemShape(schema: Schema, item: StructureSchema | undefined): boolean {
  return item !== undefined && schema.type === 'structure' && (schema === item || (schema.id !== undefined && schema.id === item.id));
}

/**
 * The item laid onto a structure: every member of `schema` the item has (by name, when the value
 * fits), and the whole item under members whose target is the item's structure or another
 * structure with a member named like one of the identifiers (a read output's `Description`
 * beside a list's `Summary`).
 *
 * @param values the stored item's members
 * @param schema the structure to fill (an output, or a structure inside it)
 * @param item the resource's item structure, if it has one
 * @param ids the resource's identifier names
 * @param depth recursion guard for self-referencing shapes
 * @returns a partial value of `schema` (merged over the default output by the handler)
 */
export function projectItem(
  values: Readonly<Record<string, unknown>>,
  schema: StructureSchema,
  item: StructureSchema | undefined,
  ids: readonly string[] = [],
  depth = 0,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(schema.members)) {
    if (hasOwnKey(values, name)) {
      const value = getOwn(values, name);
      if (value !== undefined && fits(member, value)) setOwn(out, name, value);
      continue;
    }
    const target = deref(member.target);
    if (depth >= 2 || target.type !== 'structure') continue;
    if (isItemShape(target, item) || ids.some((id) => hasOwnKey(target.members, id))) setOwn(out, name, projectItem(values, target, item, ids, depth + 1));
  }
  return out;
}

/** Projections of stored item values (replaced on every change, never mutated), by target structure. */
const projections = new WeakMap<object, Map<StructureSchema, Record<string, unknown>>>();

/**
 * {@link projectItem} of a stored item's values, computed once per values object and structure: the
 * same object is answered while the item is unchanged (callers must not mutate it), which lets the
 * handler reuse the response it serialised for it.
 *
 * @param values a stored item's values (one resource's: `item` and `ids` are that resource's)
 */
export function projectStored(values: Readonly<Record<string, unknown>>, schema: StructureSchema, item: StructureSchema | undefined, ids: readonly string[]): Record<string, unknown> {
  let bySchema = projections.get(values);
  if (!bySchema) projections.set(values, (bySchema = new Map()));
  let projected = bySchema.get(schema);
  if (!projected) bySchema.set(schema, (projected = projectItem(values, schema, item, ids)));
  return projected;
}

/**
 * The input members an operation stores in its item: every member except identifiers already
 * handled and `@idempotencyToken`s; with an item structure, only values that fit the item's member of
 * the same name (members the item's shape lacks are kept too, as resource properties).
 *
 * @param input the parsed, validated input
 * @param schema the input structure
 * @param item the resource's item structure, if it has one
 * @param skip member names not to store (identifiers, handled separately)
 */
export function storedMembers(
  input: Readonly<Record<string, unknown>>,
  schema: StructureSchema,
  item: StructureSchema | undefined,
  skip: ReadonlySet<string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(schema.members)) {
    if (skip.has(name) || member.idempotencyToken || !hasOwnKey(input, name)) continue;
    const value = getOwn(input, name);
    if (value === undefined) continue;
    const itemMember = item && hasOwnKey(item.members, name) ? (getOwn(item.members, name) as MemberSchema) : undefined;
    if (itemMember && !fits(itemMember, value)) continue;
    setOwn(out, name, value);
  }
  return out;
}
