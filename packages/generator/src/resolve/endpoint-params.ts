/**
 * Where an operation's endpoint rule-set parameters come from (Smithy
 * "Endpoint rules", parameter binding traits `smithy.rules#staticContextParams`,
 * `smithy.rules#contextParam` and `smithy.rules#operationContextParams`), and
 * the service's `smithy.rules#clientContextParams`.
 * @packageDocumentation
 */
import type { OperationShape, Traits } from '@anvil/smithy-model';
import type { ResolveContext } from './context.js';
import type { ClientContextParamNode, EndpointParamsNode } from './service-nodes.js';
import { TRAIT_IDS, UNIT_ID } from './trait-ids.js';
import { objectValue } from './traits.js';

/** A record's entries sorted by key (code-unit order, so output does not depend on the locale). */
export function sorted<V>(record: Readonly<Record<string, V>>): [string, V][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The operation's endpoint parameter bindings, keys sorted.
 * @returns undefined when the operation binds no rule-set parameter
 * @throws Error naming the operation and parameter when a trait value is malformed (no `value` / `name` / `path`)
 */
export function endpointParams(ctx: ResolveContext, op: OperationShape): EndpointParamsNode | undefined {
  const out: { static?: Record<string, unknown>; members?: Record<string, string>; paths?: Record<string, string> } = {};
  const staticParams = objectValue(op.traits, TRAIT_IDS.staticContextParams) as Record<string, { value?: unknown } | undefined> | undefined;
  if (staticParams) {
    out.static = Object.fromEntries(
      sorted(staticParams).map(([param, v]) => {
        if (v?.value === undefined) throw new Error(`${op.id}: smithy.rules#staticContextParams.${param} has no value`);
        return [param, v.value];
      }),
    );
  }
  const members: Record<string, string> = {};
  if (op.input !== UNIT_ID) {
    const input = ctx.shape(op.input);
    for (const m of input.type === 'structure' ? input.members : []) {
      const param = objectValue(m.traits, TRAIT_IDS.contextParam);
      if (!param) continue;
      if (typeof param.name !== 'string') throw new Error(`${m.id}: smithy.rules#contextParam has no name`);
      members[param.name] = m.name;
    }
  }
  if (Object.keys(members).length) out.members = Object.fromEntries(sorted(members));
  const paths = objectValue(op.traits, TRAIT_IDS.operationContextParams) as Record<string, { path?: unknown } | undefined> | undefined;
  if (paths) {
    out.paths = Object.fromEntries(
      sorted(paths).map(([param, v]) => {
        if (typeof v?.path !== 'string') throw new Error(`${op.id}: smithy.rules#operationContextParams.${param} has no path`);
        return [param, v.path];
      }),
    );
  }
  return Object.keys(out).length ? out : undefined;
}

const PARAM_TYPES: Readonly<Record<string, ClientContextParamNode['type']>> = { string: 'string', boolean: 'boolean', stringArray: 'stringArray' };

/**
 * The service's `smithy.rules#clientContextParams` (`type` is `string`, `boolean` or
 * `stringArray`; anything else is `unknown`), sorted by name.
 */
export function clientContextParams(serviceTraits: Traits): ClientContextParamNode[] {
  const params = objectValue(serviceTraits, TRAIT_IDS.clientContextParams) as Record<string, { type?: unknown; documentation?: unknown } | undefined> | undefined;
  if (!params) return [];
  return sorted(params).map(([name, p]) => ({
    name,
    type: (typeof p?.type === 'string' && Object.hasOwn(PARAM_TYPES, p.type) ? PARAM_TYPES[p.type] : undefined) ?? 'unknown',
    ...(typeof p?.documentation === 'string' ? { documentation: p.documentation } : {}),
  }));
}
