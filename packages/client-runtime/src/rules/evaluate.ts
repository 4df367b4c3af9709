/**
 * The endpoint rule-set evaluator (Smithy "Endpoint rules": rule evaluation, conditions, templates,
 * `getAttr` paths): walks a {@link CompiledRuleSet} with the parameter values of one request.
 * @packageDocumentation
 */
import type { CompiledCondition, CompiledEndpointRule, CompiledRule, CompiledRuleSet, RuleExpression, RuleFunctions } from './compiled.js';

/** The error a rule set ends with (an error rule's message), or a malformed rule set's. */
export class EndpointError extends Error {
  override readonly name = 'EndpointError';
}

/** An endpoint the rules resolved to. */
export interface ResolvedEndpoint {
  readonly url: URL;
  /** Headers the endpoint requires. */
  readonly headers?: Readonly<Record<string, readonly string[]>>;
  /** Rule-set properties (e.g. `authSchemes` with `signingName` / `signingRegion`). */
  readonly properties?: Readonly<Record<string, unknown>>;
}

type Scope = Readonly<Record<string, unknown>>;

/**
 * `o[key]` when `key` is an own property of `o` (so `__proto__`, `constructor` … read as absent), else `undefined`.
 * @internal
 */
export const own = (o: object, key: string): unknown => (Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined);

/**
 * Walk `path` (`a.b[2]`, `[0]`) into `value` (Smithy "getAttr function"): a name steps into an object's own
 * property, a number into an array.
 * @returns the value, or `undefined` when a step is missing
 */
export function getAttr(value: unknown, path: string): unknown {
  for (const step of path.split(/[.[\]]/)) {
    if (step) value = value !== null && typeof value === 'object' ? (Array.isArray(value) ? value[+step] : own(value, step)) : undefined;
  }
  return value;
}

/** A reference's value: `name`, or `name#path` (the template form of `getAttr`). */
function lookup(scope: Scope, ref: string): unknown {
  const hash = ref.indexOf('#');
  return hash < 0 ? own(scope, ref) : getAttr(own(scope, ref.slice(0, hash)), ref.slice(hash + 1));
}

/** Expand `{name}` / `{name#path}` in a template string; `{{` and `}}` are literal braces. */
const template = (text: string, scope: Scope): string =>
  text.replace(/\{\{|\}\}|\{([^{}]+)\}/g, (match, ref?: string) => (ref === undefined ? match[0]! : String(lookup(scope, ref))));

function value(e: RuleExpression, scope: Scope, fns: RuleFunctions): unknown {
  if (typeof e === 'string') return template(e, scope);
  if (typeof e !== 'object') return e;
  if (Array.isArray(e)) return e.map((x: RuleExpression) => value(x, scope, fns));
  const { ref, fn, argv } = e as { readonly ref?: unknown; readonly fn?: unknown; readonly argv?: readonly RuleExpression[] };
  if (typeof ref === 'string') return lookup(scope, ref);
  if (typeof fn === 'string') return call(fn, argv!, scope, fns);
  return Object.fromEntries(Object.entries(e).map(([k, v]) => [k, value(v, scope, fns)]));
}

function call(fn: string, argv: readonly RuleExpression[], scope: Scope, fns: RuleFunctions): unknown {
  const args = argv.map((a) => value(a, scope, fns));
  switch (fn) {
    case 'isSet':
      return args[0] != null;
    case 'not':
      return args[0] === false;
    case 'booleanEquals':
    case 'stringEquals':
      return args[0] === args[1];
    case 'getAttr':
      return getAttr(args[0], String(args[1]));
  }
  const f = own(fns, fn) as ((...a: unknown[]) => unknown) | undefined;
  if (!f) throw new EndpointError(`The endpoint rule set calls ${fn}, which this client does not provide`);
  return f(...args);
}

/** The scope after the conditions, or `undefined` when one fails (`false`, `null` or unset). */
function matches(conditions: readonly CompiledCondition[], outer: Scope, fns: RuleFunctions): Scope | undefined {
  let scope = outer;
  for (const [fn, argv, assign] of conditions) {
    const v = call(fn, argv, scope, fns);
    if (v == null || v === false) return undefined;
    if (assign !== undefined) scope = { ...scope, [assign]: v };
  }
  return scope;
}

function endpoint(rule: CompiledEndpointRule, scope: Scope, fns: RuleFunctions): ResolvedEndpoint {
  const url = String(value(rule[2], scope, fns));
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new EndpointError(`The endpoint rule set produced an invalid URL: ${url}`);
  }
  // properties and headers are compiled only when not empty; header values are template strings
  return {
    url: parsed,
    ...(rule[3] ? { properties: value(rule[3], scope, fns) as Record<string, unknown> } : {}),
    ...(rule[4] ? { headers: value(rule[4], scope, fns) as Record<string, string[]> } : {}),
  };
}

/** The endpoint of the first rule that matches; a tree rule that matches must end in one of its rules. */
function walk(rules: readonly CompiledRule[], outer: Scope, fns: RuleFunctions): ResolvedEndpoint {
  for (const rule of rules) {
    const scope = matches(rule[1], outer, fns);
    if (!scope) continue;
    if (rule[0] === 1) return endpoint(rule, scope, fns);
    if (rule[0] === 2) throw new EndpointError(String(value(rule[2], scope, fns)));
    return walk(rule[2], scope, fns);
  }
  throw new EndpointError('Rules evaluation failed: no rule matched');
}

/**
 * Resolve an endpoint (Smithy "Endpoint rules"): bind each declared parameter to its value in `params`,
 * else its default; walk the rules in order.
 * @param ruleSet the compiled rule set
 * @param params parameter values by name (`undefined` / `null` = unset); names the rule set does not declare are ignored
 * @param fns the non-core functions the rule set calls
 * @returns the endpoint of the first endpoint rule whose conditions hold
 * @throws EndpointError with an error rule's message, for a missing required parameter, or when no rule matches
 */
export function evaluateRuleSet(ruleSet: CompiledRuleSet, params: Readonly<Record<string, unknown>>, fns: RuleFunctions): ResolvedEndpoint {
  const [declared, rules] = ruleSet;
  const bound: Array<[string, unknown]> = [];
  for (const name of Object.keys(declared)) {
    const [, fallback, required] = declared[name]!;
    const v = own(params, name) ?? fallback;
    if (v != null) bound.push([name, v]);
    else if (required) throw new EndpointError(`Missing required endpoint parameter: ${name}`);
  }
  // fromEntries: a parameter named `__proto__` stays a plain entry
  return walk(rules, Object.fromEntries(bound), fns);
}
