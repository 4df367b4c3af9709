/**
 * Streaming members of operation inputs and outputs (Smithy "streaming trait", "Event streams"): a
 * member targeting a `@streaming` union is an event stream, one targeting a `@streaming` blob is a
 * byte stream. Smithy allows at most one per top-level input or output structure.
 * @packageDocumentation
 */
import type { MemberSchema, StructureSchema, UnionSchema } from './shapes.js';
import { deref } from './thunk.js';

/** The streaming member of an input or output structure. */
export interface StreamingMember {
  /** Member name (e.g. `stream` of Bedrock `ConverseStreamResponse`). */
  readonly name: string;
  readonly member: MemberSchema;
  /** `events`: targets a `@streaming` union; `blob`: targets a `@streaming` blob. */
  readonly kind: 'events' | 'blob';
  /** The event stream union (only for `events`). */
  readonly union?: UnionSchema;
}

const cache = new WeakMap<StructureSchema, StreamingMember | null>();

/**
 * The streaming member of a structure, if it has one (cached per schema object).
 * @param structure an operation's input or output schema
 * @returns the first member targeting a `@streaming` union or blob, else `undefined`
 */
export function streamingMember(structure: StructureSchema): StreamingMember | undefined {
  let found = cache.get(structure);
  if (found === undefined) {
    found = null;
    for (const [name, member] of Object.entries(structure.members)) {
      const target = deref(member.target);
      if (target.type === 'union' && target.streaming) found = { name, member, kind: 'events', union: target };
      else if (target.type === 'blob' && target.streaming) found = { name, member, kind: 'blob' };
      if (found) break;
    }
    cache.set(structure, found);
  }
  return found ?? undefined;
}

/** Is this schema an event stream (a `@streaming` union)? */
export function isEventStreamUnion(schema: { readonly type: string; readonly streaming?: true }): schema is UnionSchema {
  return schema.type === 'union' && schema.streaming === true;
}
