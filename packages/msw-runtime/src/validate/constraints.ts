/**
 * Effective constraints of a member: Smithy "Constraint traits" applied to a
 * member replace the same trait on its target (member `@length` wins over the
 * target's `@length`, and so on).
 * @packageDocumentation
 */
import { deref } from '@anvil/runtime';
import type { LengthConstraint, MemberSchema, RangeConstraint, Schema } from '@anvil/runtime';

/** The constraints that apply to one value position. */
export interface Effective {
  readonly target: Schema;
  readonly length: LengthConstraint | undefined;
  readonly range: RangeConstraint | undefined;
  readonly pattern: string | undefined;
  /** The object that declares `pattern` (member or target): the regex cache key. */
  readonly patternHolder: object;
}

const memberCache = new WeakMap<MemberSchema, Effective>();

/**
 * Resolve a member's target and merge its constraints (member first). Cached
 * per member object; thunks are resolved once.
 */
export function effectiveOf(member: MemberSchema): Effective {
  let found = memberCache.get(member);
  if (found === undefined) {
    const target = deref(member.target);
    found = {
      target,
      length: member.length ?? ('length' in target ? target.length : undefined),
      range: member.range ?? ('range' in target ? target.range : undefined),
      pattern: member.pattern ?? ('pattern' in target ? target.pattern : undefined),
      patternHolder: member.pattern !== undefined ? member : target,
    };
    memberCache.set(member, found);
  }
  return found;
}

const schemaCache = new WeakMap<Schema, Effective>();

/** The constraints of a schema used on its own (no member). */
export function effectiveOfSchema(target: Schema): Effective {
  let found = schemaCache.get(target);
  if (found === undefined) {
    found = {
      target,
      length: 'length' in target ? target.length : undefined,
      range: 'range' in target ? target.range : undefined,
      pattern: 'pattern' in target ? target.pattern : undefined,
      patternHolder: target,
    };
    schemaCache.set(target, found);
  }
  return found;
}

/** Label used in error messages: the shape id, else its type. */
export function shapeLabel(schema: Schema): string {
  return schema.id ?? `(${schema.type})`;
}

const entriesCache = new WeakMap<object, readonly (readonly [string, MemberSchema])[]>();

/** `Object.entries(members)`, cached per members object (model order). */
export function memberEntries(members: Readonly<Record<string, MemberSchema>>): readonly (readonly [string, MemberSchema])[] {
  let found = entriesCache.get(members);
  if (found === undefined) {
    found = Object.entries(members);
    entriesCache.set(members, found);
  }
  return found;
}

/** Escape one JSON pointer reference token (RFC 6901: `~` → `~0`, `/` → `~1`). */
export function pointerToken(token: string): string {
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}
