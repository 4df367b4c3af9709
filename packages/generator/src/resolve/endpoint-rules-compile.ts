/**
 * Compiling a `smithy.rules#endpointRuleSet` (Smithy "Endpoint rules") into the compact form
 * `@anvil/client-runtime` walks (`CompiledRuleSet`): documentation dropped, rules as tuples
 * (`[0, conditions, rules]` tree, `[1, conditions, url, properties, headers]` endpoint,
 * `[2, conditions, message]` error), conditions as `[fn, argv, assign?]`, parameters as
 * `[builtIn | 0, default | null, 1 if required]`. A tree whose one rule has no conditions becomes that rule,
 * `booleanEquals(true, x)` is written `booleanEquals(x, true)`. Expressions keep their rule-set form, but for `getAttr` of a
 * reference with a literal path, which becomes the reference `{ ref: "name#path" }` (the path form templates
 * use, `{name#path}`); so parameter and `assign` names must be identifiers (Smithy "Endpoint rules").
 * @packageDocumentation
 */
import type * as ClientRuntime from '@anvil/client-runtime';

/** Functions the client-runtime evaluator implements itself (not imported per rule set). */
const CORE_FUNCTIONS = new Set(['isSet', 'not', 'booleanEquals', 'stringEquals', 'getAttr']);

/** What a parameter or `assign` name must look like (an identifier: no `#`, which the path form of a reference uses). */
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** A compiled rule set and the non-core functions it calls. */
export interface CompiledRules {
  readonly ruleSet: ClientRuntime.CompiledRuleSet;
  /** Rule-set function names beyond the core ones (`aws.partition`, `parseURL`, …), sorted. */
  readonly functions: readonly string[];
}

type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };
type Expr = ClientRuntime.RuleExpression;

function isObject(v: unknown): v is Record<string, Json> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Compile a rule set.
 * @param raw the trait value
 * @param where the service shape id, for error messages
 * @returns the compiled rule set and the functions it calls
 * @throws Error naming the service and the JSON path of a malformed part (a rule without a known `type`,
 *   conditions that are not `{ fn, argv }`, parameters that are not objects)
 */
export function compileRuleSet(raw: unknown, where: string): CompiledRules {
  const functions = new Set<string>();
  const fail = (path: string, what: string): never => {
    throw new Error(`${where}: smithy.rules#endpointRuleSet${path}: ${what}`);
  };
  const expr = (e: Json, path: string): Expr => {
    if (e === null) return fail(path, 'null is not an expression');
    if (typeof e !== 'object') return e;
    if (Array.isArray(e)) return (e as readonly Json[]).map((x, i) => expr(x, `${path}[${i}]`));
    if (isObject(e)) {
      if (typeof e.fn === 'string') {
        if (!Array.isArray(e.argv)) fail(path, '`fn` without an `argv` array');
        if (!CORE_FUNCTIONS.has(e.fn)) functions.add(e.fn);
        const argv = args(e.fn, e.argv as Json[], path);
        const [target, attr] = e.argv as Json[];
        // getAttr(ref, "path") → { ref: "name#path" }: the evaluator looks it up as templates do
        if (e.fn === 'getAttr' && argv.length === 2 && isObject(target) && typeof target.ref === 'string' && typeof attr === 'string') {
          return { ref: `${target.ref}#${attr}` };
        }
        return { fn: e.fn, argv };
      }
      if (e.ref !== undefined && (typeof e.ref !== 'string' || !NAME.test(e.ref))) fail(`${path}.ref`, `${JSON.stringify(e.ref)} is not a parameter or assigned name`);
      return Object.fromEntries(Object.entries(e).map(([k, v]) => [k, expr(v, `${path}.${k}`)]));
    }
    return fail(path, 'not an expression');
  };
  /** A call's arguments; `booleanEquals(true, x)` as `booleanEquals(x, true)`, so equal conditions read (and compress) alike. */
  const args = (fn: string, argv: readonly Json[], path: string): Expr[] => {
    const out = argv.map((x, i) => expr(x, `${path}.argv[${i}]`));
    return fn === 'booleanEquals' && out.length === 2 && typeof out[0] === 'boolean' && typeof out[1] !== 'boolean' ? [out[1]!, out[0]] : out;
  };
  const condition = (c: Json, path: string): ClientRuntime.CompiledCondition => {
    if (!isObject(c) || typeof c.fn !== 'string' || !Array.isArray(c.argv)) return fail(path, 'a condition must be { fn, argv }');
    if (!CORE_FUNCTIONS.has(c.fn)) functions.add(c.fn);
    const argv = args(c.fn, c.argv, path);
    if (c.assign === undefined) return [c.fn, argv];
    if (typeof c.assign !== 'string' || !NAME.test(c.assign)) return fail(`${path}.assign`, `${JSON.stringify(c.assign)} is not an identifier`);
    return [c.fn, argv, c.assign];
  };
  const rule = (r: Json, path: string): ClientRuntime.CompiledRule => {
    if (!isObject(r)) return fail(path, 'a rule must be an object');
    const conditions = (Array.isArray(r.conditions) ? r.conditions : []).map((c, i) => condition(c, `${path}.conditions[${i}]`));
    if (r.type === 'tree') {
      if (!Array.isArray(r.rules)) return fail(path, 'a tree rule needs `rules`');
      const rules = r.rules.map((x, i) => rule(x, `${path}.rules[${i}]`));
      // a tree whose one rule has no conditions is that rule under the tree's conditions
      const only = rules.length === 1 && rules[0]![1].length === 0 ? rules[0]! : undefined;
      return only ? ([only[0], conditions, ...only.slice(2)] as unknown as ClientRuntime.CompiledRule) : [0, conditions, rules];
    }
    if (r.type === 'error') return [2, conditions, expr(r.error ?? '', `${path}.error`)];
    if (r.type !== 'endpoint' || !isObject(r.endpoint)) return fail(path, `unknown rule type ${JSON.stringify(r.type)}`);
    const e = r.endpoint;
    const url = expr(e.url ?? '', `${path}.endpoint.url`);
    const properties = isObject(e.properties) && Object.keys(e.properties).length ? (expr(e.properties, `${path}.endpoint.properties`) as Record<string, Expr>) : undefined;
    const headers = isObject(e.headers) && Object.keys(e.headers).length
      ? Object.fromEntries(Object.entries(e.headers).map(([k, v]) => [k, (Array.isArray(v) ? v : []).map((x, i) => expr(x, `${path}.endpoint.headers.${k}[${i}]`))]))
      : undefined;
    if (headers) return [1, conditions, url, properties ?? 0, headers];
    return properties ? [1, conditions, url, properties] : [1, conditions, url];
  };
  if (!isObject(raw)) return fail('', 'not an object');
  const parameters: Record<string, ClientRuntime.CompiledParameter> = {};
  for (const [name, p] of Object.entries(isObject(raw.parameters) ? raw.parameters : {})) {
    if (!NAME.test(name)) return fail(`.parameters[${JSON.stringify(name)}]`, 'a parameter name must be an identifier');
    if (!isObject(p)) return fail(`.parameters.${name}`, 'not an object');
    const builtIn = typeof p.builtIn === 'string' ? p.builtIn : 0;
    const fallback = p.default === undefined ? null : (p.default as ClientRuntime.RuleParameterValue);
    Object.defineProperty(parameters, name, {
      value: p.required === true ? [builtIn, fallback, 1] : fallback === null ? [builtIn] : [builtIn, fallback],
      enumerable: true,
    });
  }
  const rules = (Array.isArray(raw.rules) ? raw.rules : []).map((r, i) => rule(r, `.rules[${i}]`));
  return { ruleSet: [parameters, rules], functions: [...functions].sort() };
}
