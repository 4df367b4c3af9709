/**
 * Endpoint resolution from a Smithy rule set (`smithy.rules#endpointRuleSet`,
 * Smithy "Endpoint rules") with `@smithy/util-endpoints`, the `aws.*`
 * functions (`aws.partition`, `aws.parseArn`, …) from `@aws-sdk/util-endpoints`.
 * Generated clients import this module only when their model has a rule set,
 * so clients without one do not carry it.
 * @packageDocumentation
 */
import { awsEndpointFunctions } from '@aws-sdk/util-endpoints';
import { customEndpointFunctions, resolveEndpoint, type RuleSetObject } from '@smithy/util-endpoints';
import type { OperationSchema } from '@anvil/runtime';
import { searchJmes } from './jmespath/index.js';

/** Values of the rule-set built-ins a client knows (Smithy "Built-ins"; AWS rules built-ins). */
export interface EndpointBuiltIns {
  /** `AWS::Region` */
  readonly 'AWS::Region'?: string;
  /** `AWS::UseFIPS` */
  readonly 'AWS::UseFIPS': boolean;
  /** `AWS::UseDualStack` */
  readonly 'AWS::UseDualStack': boolean;
  /** `SDK::Endpoint` (the configured custom endpoint, as a URL string) */
  readonly 'SDK::Endpoint'?: string;
  /** `AWS::Auth::AccountId`: the account id of the resolved credentials, when the credentials carry one */
  readonly 'AWS::Auth::AccountId'?: string;
  /** `AWS::Auth::AccountIdEndpointMode`: `preferred`, `required` or `disabled` (account-based endpoints, e.g. DynamoDB) */
  readonly 'AWS::Auth::AccountIdEndpointMode'?: string;
}

/** An endpoint the rules resolved to. */
export interface ResolvedEndpoint {
  readonly url: URL;
  /** Headers the endpoint requires. */
  readonly headers?: Readonly<Record<string, readonly string[]>>;
  /** Rule-set properties (e.g. `authSchemes` with `signingName` / `signingRegion`). */
  readonly properties?: Readonly<Record<string, unknown>>;
}

/**
 * Parameter values of one request beyond the built-ins (Smithy "Endpoint rules", parameter binding traits),
 * by rule-set parameter name.
 */
export interface EndpointContext {
  /** `ClientConfig.clientContextParams` (`smithy.rules#clientContextParams` of the service). */
  readonly clientContextParams?: Readonly<Record<string, unknown>>;
  /** The operation being sent; its `endpointParams` bind values from `input` ({@link operationEndpointParams}). */
  readonly operation?: OperationSchema;
  /** The operation input (member names as keys). */
  readonly input?: Readonly<Record<string, unknown>>;
}

/**
 * Resolves the endpoint of one request from the built-ins and the request's other parameter values.
 * Throws the rule set's error message when no rule matches.
 */
export type EndpointResolver = (builtIns: EndpointBuiltIns, context?: EndpointContext) => ResolvedEndpoint;

/** A rule-set parameter as the rule set declares it. */
interface ParameterDecl {
  readonly builtIn?: string;
  readonly default?: unknown;
  readonly type?: string;
}

/**
 * Resolve parameters straight through the rule set (no built-in mapping); used by
 * `smithy.rules#endpointTests` runners.
 * @param ruleSet the `smithy.rules#endpointRuleSet` value
 * @param params rule-set parameters by name (`{ Region: 'us-east-1', UseFIPS: true }`); string, boolean and
 *   string-array values are passed, others ignored
 * @returns the resolved endpoint
 * @throws EndpointError (from `@smithy/util-endpoints`) with the rule set's error text when no rule matches
 */
export function resolveRuleSet(ruleSet: unknown, params: Readonly<Record<string, unknown>>): ResolvedEndpoint {
  customEndpointFunctions.aws ??= awsEndpointFunctions as unknown as (typeof customEndpointFunctions)[string];
  // `stringArray` parameters (Smithy rules 1.1) are passed as arrays of strings; the evaluator accepts them.
  const endpointParams: Record<string, string | boolean | string[]> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'string' || typeof v === 'boolean') endpointParams[k] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) endpointParams[k] = v as string[];
  }
  const endpoint = resolveEndpoint(ruleSet as RuleSetObject, { endpointParams: endpointParams as Record<string, string | boolean> });
  const out: { url: URL; headers?: Record<string, string[]>; properties?: Record<string, unknown> } = { url: endpoint.url };
  if (endpoint.headers && Object.keys(endpoint.headers).length) out.headers = endpoint.headers as Record<string, string[]>;
  if (endpoint.properties && Object.keys(endpoint.properties).length) out.properties = endpoint.properties as Record<string, unknown>;
  return out;
}

/**
 * Build the endpoint resolver of a generated client from its rule set. Each declared parameter takes,
 * highest precedence first (Smithy "Endpoint rules", "Parameter binding"): the operation's bound value
 * (`staticContextParams`, `contextParam`, `operationContextParams`), the client's `clientContextParams`,
 * the built-in's value (`builtIn`), the parameter's `default`. Values that are `undefined` or `null` fall
 * through to the next source; names the rule set does not declare are ignored.
 *
 * @param ruleSet the model's `smithy.rules#endpointRuleSet`, emitted as data into the client package
 * @returns the resolver to put in the client binding (`endpointResolver`)
 */
export function ruleSetEndpointResolver(ruleSet: unknown): EndpointResolver {
  const parameters = ((ruleSet as { parameters?: Record<string, ParameterDecl> }).parameters ?? {}) as Record<string, ParameterDecl>;
  return (builtIns, context = {}) => {
    const bound = context.operation ? operationEndpointParams(context.operation, context.input ?? {}) : {};
    const params: Record<string, unknown> = {};
    for (const [name, decl] of Object.entries(parameters)) {
      const value =
        bound[name] ??
        context.clientContextParams?.[name] ??
        (decl.builtIn === undefined ? undefined : builtIns[decl.builtIn as keyof EndpointBuiltIns]) ??
        decl.default;
      if (value !== undefined && value !== null) params[name] = value;
    }
    return resolveRuleSet(ruleSet, params);
  };
}

/**
 * The rule-set parameter values an operation binds from its schema's `endpointParams`, highest precedence
 * first: `static` (`smithy.rules#staticContextParams`), `members` (`smithy.rules#contextParam`: the input
 * member's value), `paths` (`smithy.rules#operationContextParams`: the JMESPath expression over the input).
 * Members and paths that are absent (or evaluate to `null`) bind nothing.
 *
 * @param operation the operation schema
 * @param input the operation input (member names as keys)
 * @returns values by parameter name (empty when the operation binds none)
 * @throws SyntaxError (from the JMESPath subset) naming the expression when a path uses unsupported syntax
 */
export function operationEndpointParams(operation: OperationSchema, input: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const bindings = operation.endpointParams;
  const out: Record<string, unknown> = {};
  if (!bindings) return out;
  const bind = (name: string, value: unknown): void => {
    if (value !== undefined && value !== null && !(name in out)) out[name] = value;
  };
  for (const [name, value] of Object.entries(bindings.static ?? {})) bind(name, value);
  for (const [name, member] of Object.entries(bindings.members ?? {})) bind(name, input[member]);
  for (const [name, path] of Object.entries(bindings.paths ?? {})) bind(name, searchJmes(input, path));
  return out;
}
