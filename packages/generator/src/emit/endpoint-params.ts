/**
 * The `endpointParams` field of an operation schema: where the operation's
 * endpoint rule-set parameters come from (Smithy "Endpoint rules", parameter
 * binding traits `smithy.rules#staticContextParams`, `smithy.rules#contextParam`
 * and `smithy.rules#operationContextParams`).
 * @packageDocumentation
 */
import type { OperationShape } from '@anvil/smithy-model';
import { T, trait, type ServiceView } from '../view.js';

/**
 * The `endpointParams: { … },` line of an operation schema, or undefined when the
 * operation binds no rule-set parameter.
 * @param view the service view (resolves the input structure)
 * @param op the operation shape
 * @returns a line of the object literal (JSON values, keys sorted for deterministic output)
 * @throws Error naming the operation and parameter when a trait value is malformed (no `value` / `name` / `path`)
 */
export function endpointParamsLine(view: ServiceView, op: OperationShape): string | undefined {
  const fields: string[] = [];
  const staticParams = trait<Record<string, { value?: unknown }>>(op.traits, T.staticContextParams);
  if (staticParams) {
    const values = Object.fromEntries(
      sorted(staticParams).map(([param, v]) => {
        if (v?.value === undefined) throw new Error(`${op.id}: smithy.rules#staticContextParams.${param} has no value`);
        return [param, v.value];
      }),
    );
    fields.push(`static: ${JSON.stringify(values)}`);
  }
  const members: Record<string, string> = {};
  if (op.input !== 'smithy.api#Unit') {
    const input = view.shape(op.input);
    for (const m of input.type === 'structure' ? input.members : []) {
      const ctx = trait<{ name?: unknown }>(m.traits, T.contextParam);
      if (!ctx) continue;
      if (typeof ctx.name !== 'string') throw new Error(`${m.id}: smithy.rules#contextParam has no name`);
      members[ctx.name] = m.name;
    }
  }
  if (Object.keys(members).length) fields.push(`members: ${JSON.stringify(Object.fromEntries(sorted(members)))}`);
  const paths = trait<Record<string, { path?: unknown }>>(op.traits, T.operationContextParams);
  if (paths) {
    const exprs = Object.fromEntries(
      sorted(paths).map(([param, v]) => {
        if (typeof v?.path !== 'string') throw new Error(`${op.id}: smithy.rules#operationContextParams.${param} has no path`);
        return [param, v.path];
      }),
    );
    fields.push(`paths: ${JSON.stringify(exprs)}`);
  }
  return fields.length ? `endpointParams: { ${fields.join(', ')} },` : undefined;
}

/** A record's entries sorted by key (code-unit order, so output does not depend on the locale). */
export function sorted<V>(record: Record<string, V>): [string, V][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
