/**
 * Member nodes: a member's target (type and schema reference), its
 * documentation (its own, else its target's), and the member traits the
 * runtime schemas carry (Smithy "Member shapes", "HTTP binding traits",
 * "JSON protocol traits", "Endpoint traits").
 * @packageDocumentation
 */
import { ExactNumber, type MemberShape } from '@anvil/smithy-model';
import type { ResolveContext } from './context.js';
import type { MemberNode } from './shape-nodes.js';
import { constraints } from './simple-shapes.js';
import { TRAIT_IDS, UNIT_ID } from './trait-ids.js';
import { deprecation, documentation, doubleNumbers, has, stringValue } from './traits.js';
import { schemaRef, typeRef } from './type-refs.js';
import { memberXml } from './xml-traits.js';

/** Is the target a `@streaming` union (Smithy "Event streams")? */
function isEventStream(ctx: ResolveContext, member: MemberShape): boolean {
  if (member.target === UNIT_ID) return false;
  const target = ctx.shape(member.target);
  return target.type === 'union' && has(target.traits, TRAIT_IDS.streaming);
}

/**
 * The `@default` node value as the runtime schema carries it: a number literal a double would change
 * (`ExactNumber`) becomes its exact text on a `bigInteger` / `bigDecimal` target (the runtime reads
 * such text exactly) and the nearest double elsewhere (what the member's type can hold).
 */
function defaultValue(ctx: ResolveContext, member: MemberShape, value: unknown): unknown {
  if (!(value instanceof ExactNumber)) return doubleNumbers(value);
  const type = member.target === UNIT_ID ? undefined : ctx.shape(member.target).type;
  return type === 'bigInteger' || type === 'bigDecimal' ? value.text : value.toNumber();
}

/** Resolve one member of a structure, union, list or map. */
export function memberNode(ctx: ResolveContext, member: MemberShape): MemberNode {
  const t = member.traits;
  const doc = documentation(t) ?? (member.target === UNIT_ID ? undefined : documentation(ctx.shape(member.target).traits));
  const deprecated = deprecation(t);
  const optional = <K extends keyof MemberNode>(key: K, v: MemberNode[K] | undefined) => (v === undefined ? {} : { [key]: v });
  const required = has(t, TRAIT_IDS.required);
  const clientOptional = has(t, TRAIT_IDS.clientOptional);
  return {
    name: member.name,
    id: member.id,
    target: member.target,
    type: typeRef(ctx, member.target),
    schema: schemaRef(ctx, member.target),
    ...optional('documentation', doc),
    ...optional('deprecated', deprecated),
    requiredInType: required && !clientOptional,
    eventStream: isEventStream(ctx, member),
    required,
    ...(has(t, TRAIT_IDS.default) ? { default: { value: defaultValue(ctx, member, t[TRAIT_IDS.default]) } } : {}),
    clientOptional,
    ...optional('jsonName', stringValue(t, TRAIT_IDS.jsonName)),
    ...optional('timestampFormat', stringValue(t, TRAIT_IDS.timestampFormat)),
    idempotencyToken: has(t, TRAIT_IDS.idempotencyToken),
    httpLabel: has(t, TRAIT_IDS.httpLabel),
    ...optional('httpQuery', stringValue(t, TRAIT_IDS.httpQuery)),
    httpQueryParams: has(t, TRAIT_IDS.httpQueryParams),
    ...optional('httpHeader', stringValue(t, TRAIT_IDS.httpHeader)),
    ...optional('httpPrefixHeaders', stringValue(t, TRAIT_IDS.httpPrefixHeaders)),
    httpPayload: has(t, TRAIT_IDS.httpPayload),
    httpResponseCode: has(t, TRAIT_IDS.httpResponseCode),
    hostLabel: has(t, TRAIT_IDS.hostLabel),
    eventHeader: has(t, TRAIT_IDS.eventHeader),
    eventPayload: has(t, TRAIT_IDS.eventPayload),
    constraints: constraints(t),
    ...optional('xml', memberXml(ctx, t, member.id)),
  };
}
