/**
 * Which member of a structure goes where on the HTTP message
 * (Smithy "HTTP binding traits"). Computed once per structure and cached.
 * @packageDocumentation
 */
import type { MemberSchema, StructureSchema } from '../../schema/index.js';

/** A member name with its schema. */
export type Bound = readonly [name: string, member: MemberSchema];

/** The binding of each member of a structure. */
export interface StructureBindings {
  /** `@httpLabel` members (requests only). */
  readonly labels: readonly Bound[];
  /** `@httpQuery` members (requests only). */
  readonly query: readonly Bound[];
  /** The `@httpQueryParams` member (requests only). */
  readonly queryParams?: Bound;
  /** `@httpHeader` members. */
  readonly headers: readonly Bound[];
  /** `@httpPrefixHeaders` members. */
  readonly prefixHeaders: readonly Bound[];
  /** The `@httpPayload` member. */
  readonly payload?: Bound;
  /** The `@httpResponseCode` member (responses only). */
  readonly responseCode?: Bound;
  /** Unbound members: the JSON body (empty when there is a payload member). */
  readonly body: readonly Bound[];
}

/** Which side of the exchange the structure is on: labels/query only bind on requests, the status only on responses. */
export type MessageKind = 'request' | 'response';

const cache = { request: new WeakMap<StructureSchema, StructureBindings>(), response: new WeakMap<StructureSchema, StructureBindings>() };

/** Classify the members of an input (`request`) or output/error (`response`) structure. */
export function bindingsOf(schema: StructureSchema, kind: MessageKind): StructureBindings {
  const hit = cache[kind].get(schema);
  if (hit) return hit;
  const labels: Bound[] = [];
  const query: Bound[] = [];
  const headers: Bound[] = [];
  const prefixHeaders: Bound[] = [];
  const body: Bound[] = [];
  let queryParams: Bound | undefined;
  let payload: Bound | undefined;
  let responseCode: Bound | undefined;
  for (const entry of Object.entries(schema.members)) {
    const m = entry[1];
    if (kind === 'request' && m.httpLabel) labels.push(entry);
    else if (kind === 'request' && m.httpQuery !== undefined) query.push(entry);
    else if (kind === 'request' && m.httpQueryParams) queryParams = entry;
    else if (m.httpHeader !== undefined) headers.push(entry);
    else if (m.httpPrefixHeaders !== undefined) prefixHeaders.push(entry);
    else if (m.httpPayload) payload = entry;
    else if (kind === 'response' && m.httpResponseCode) responseCode = entry;
    else body.push(entry);
  }
  const result: StructureBindings = { labels, query, queryParams, headers, prefixHeaders, payload, responseCode, body: payload ? [] : body };
  cache[kind].set(schema, result);
  return result;
}
