/**
 * Endpoint resolution from a Smithy rule set (`smithy.rules#endpointRuleSet`, Smithy "Endpoint rules"):
 * binding the parameters of one request (built-ins, client context parameters, the operation's bound values)
 * and evaluating the rule set the generator compiled into the client package (`rules/evaluate.ts`).
 * Generated clients import this module only when their model has a rule set, so clients without one do not
 * carry it.
 * @packageDocumentation
 */
import type { OperationSchema } from '@anvil/runtime';
import type { CompiledRuleSet, RuleFunctions } from './rules/compiled.js';
import { evaluateRuleSet, own, type ResolvedEndpoint } from './rules/evaluate.js';
import { awsIsVirtualHostableS3Bucket, awsParseArn, awsPartition } from './rules/aws-functions.js';
import { isValidHostLabel, parseUrl, substring, uriEncode } from './rules/standard-functions.js';

export type { ResolvedEndpoint } from './rules/evaluate.js';

/** Values of the rule-set built-ins a client knows (Smithy "Built-ins"; AWS rules built-ins). */
export interface EndpointBuiltIns {
  /** `AWS::Region` */
  readonly 'AWS::Region'?: string;
  /** `AWS::UseFIPS` */
  readonly 'AWS::UseFIPS': boolean;
  /** `AWS::UseDualStack` */
  readonly 'AWS::UseDualStack': boolean;
  /** `AWS::S3::ForcePathStyle`: S3 buckets in the path, never in the host (`ClientConfig.forcePathStyle`) */
  readonly 'AWS::S3::ForcePathStyle'?: boolean;
  /** `AWS::S3::Accelerate`: S3 Transfer Acceleration endpoints (`ClientConfig.useAccelerateEndpoint`) */
  readonly 'AWS::S3::Accelerate'?: boolean;
  /** `SDK::Endpoint` (the configured custom endpoint, as a URL string) */
  readonly 'SDK::Endpoint'?: string;
  /** `AWS::Auth::AccountId`: the account id of the resolved credentials, when the credentials carry one */
  readonly 'AWS::Auth::AccountId'?: string;
  /** `AWS::Auth::AccountIdEndpointMode`: `preferred`, `required` or `disabled` (account-based endpoints, e.g. DynamoDB) */
  readonly 'AWS::Auth::AccountIdEndpointMode'?: string;
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
  /**
   * Evaluates the operation's `smithy.rules#operationContextParams` paths (the JMESPath subset, `searchJmes`).
   * Generated operation functions pass it only for operations that have such paths, so other bundles do not
   * carry the JMESPath evaluator.
   */
  readonly search?: (value: unknown, path: string) => unknown;
}

/**
 * Resolves the endpoint of one request from the built-ins and the request's other parameter values.
 * Throws the rule set's error message when no rule matches.
 */
export type EndpointResolver = (builtIns: EndpointBuiltIns, context?: EndpointContext) => ResolvedEndpoint;

/** Every non-core rule-set function this package provides, by rule-set name (what {@link resolveRuleSet} uses). */
export const ENDPOINT_FUNCTIONS: RuleFunctions = {
  'aws.partition': awsPartition,
  'aws.parseArn': awsParseArn,
  'aws.isVirtualHostableS3Bucket': awsIsVirtualHostableS3Bucket,
  parseURL: parseUrl,
  isValidHostLabel,
  substring,
  uriEncode,
};

/**
 * Resolve parameters straight through a compiled rule set (no built-in mapping); used by
 * `smithy.rules#endpointTests` runners.
 * @param ruleSet the compiled rule set (`endpointRuleSet` of a generated client's `endpoint-rules.ts`)
 * @param params rule-set parameters by name (`{ Region: 'us-east-1', UseFIPS: true }`)
 * @param fns the rule-set functions (default: all of {@link ENDPOINT_FUNCTIONS})
 * @returns the resolved endpoint
 * @throws EndpointError with the rule set's error text when no rule matches
 */
export function resolveRuleSet(ruleSet: CompiledRuleSet, params: Readonly<Record<string, unknown>>, fns: RuleFunctions = ENDPOINT_FUNCTIONS): ResolvedEndpoint {
  return evaluateRuleSet(ruleSet, params, fns);
}

/** Resolved endpoints kept per resolver, by parameter values. */
const CACHE_SIZE = 50;

/**
 * Build the endpoint resolver of a generated client from its compiled rule set. Each declared parameter takes,
 * highest precedence first (Smithy "Endpoint rules", "Parameter binding"): the operation's bound value
 * (`staticContextParams`, `contextParam`, `operationContextParams`), the client's `clientContextParams`,
 * the built-in's value (`builtIn`), the parameter's `default`. Values that are `undefined` or `null` fall
 * through to the next source; names the rule set does not declare are ignored. Results are cached by
 * parameter values (the last 50), so repeated calls with the same region and flags cost one map lookup.
 *
 * @param ruleSet the compiled rule set, emitted as data into the client package
 * @param fns the rule-set functions it calls (the generated client passes exactly those)
 * @returns the resolver to put in the client binding (`endpointResolver`)
 */
export function ruleSetEndpointResolver(ruleSet: CompiledRuleSet, fns: RuleFunctions = {}): EndpointResolver {
  return resolverOf(ruleSet, fns, operationEndpointParams);
}

/**
 * {@link ruleSetEndpointResolver} for a service none of whose operations bind endpoint parameters (no
 * `staticContextParams`, `contextParam` or `operationContextParams`): the same resolver without the binding code,
 * which generated clients of such services use so that their bundles do not carry it.
 *
 * @param ruleSet the compiled rule set, emitted as data into the client package
 * @param fns the rule-set functions it calls (the generated client passes exactly those)
 * @returns the resolver to put in the client binding (`endpointResolver`); it throws an Error naming the operation
 *   when called for an operation that binds endpoint parameters
 */
export function unboundRuleSetEndpointResolver(ruleSet: CompiledRuleSet, fns: RuleFunctions = {}): EndpointResolver {
  return resolverOf(ruleSet, fns);
}

function resolverOf(ruleSet: CompiledRuleSet, fns: RuleFunctions, bind?: typeof operationEndpointParams): EndpointResolver {
  const declared = ruleSet[0];
  const names = Object.keys(declared);
  const cache = new Map<string, ResolvedEndpoint>();
  return (builtIns, context = {}) => {
    const operation = context.operation;
    let bound: Record<string, unknown> | undefined;
    if (operation?.endpointParams) {
      if (!bind) throw new Error(`${operation.id} binds endpoint parameters, which this client's unboundRuleSetEndpointResolver ignores`);
      bound = bind(operation, context.input ?? {}, context.search);
    }
    const values: unknown[] = [];
    let key = '';
    for (const name of names) {
      const builtIn = declared[name]![0];
      const value =
        (bound ? own(bound, name) : undefined) ??
        (context.clientContextParams ? own(context.clientContextParams, name) : undefined) ??
        (builtIn === 0 ? undefined : builtIns[builtIn as keyof EndpointBuiltIns]);
      values.push(value);
      key += cacheKeyPart(value);
    }
    const hit = cache.get(key);
    if (hit) return hit;
    // unset values (undefined / null) take the parameter's default in evaluateRuleSet
    const resolved = evaluateRuleSet(ruleSet, Object.fromEntries(names.map((name, i) => [name, values[i]])), fns);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, resolved);
    return resolved;
  };
}

/**
 * One parameter value in a resolver cache key (per call, so cheaper than `JSON.stringify` for the usual strings):
 * strings length-prefixed (no value can imitate a neighbour), booleans and string lists as JSON, unset as `-`.
 */
function cacheKeyPart(value: unknown): string {
  if (value === undefined || value === null) return '-,';
  if (typeof value === 'string') return `"${value.length}:${value},`;
  return `${JSON.stringify(value)},`;
}

/**
 * The rule-set parameter values an operation binds from its schema's `endpointParams`, highest precedence
 * first: `static` (`smithy.rules#staticContextParams`), `members` (`smithy.rules#contextParam`: the input
 * member's value), `paths` (`smithy.rules#operationContextParams`: the JMESPath expression over the input).
 * Members and paths that are absent (or evaluate to `null`) bind nothing.
 *
 * @param operation the operation schema
 * @param input the operation input (member names as keys)
 * @param search the JMESPath evaluator for `paths` (`searchJmes`)
 * @returns values by parameter name (empty when the operation binds none)
 * @throws Error naming the operation when it has `paths` and no `search` was given
 * @throws SyntaxError (from the JMESPath subset) naming the expression when a path uses unsupported syntax
 */
export function operationEndpointParams(
  operation: OperationSchema,
  input: Readonly<Record<string, unknown>>,
  search?: (value: unknown, path: string) => unknown,
): Record<string, unknown> {
  const bindings = operation.endpointParams;
  if (!bindings) return {};
  const out = new Map<string, unknown>();
  const bind = (name: string, value: unknown): void => {
    if (value !== undefined && value !== null && !out.has(name)) out.set(name, value);
  };
  if (bindings.static) for (const [name, value] of Object.entries(bindings.static)) bind(name, value);
  if (bindings.members) for (const [name, member] of Object.entries(bindings.members)) bind(name, own(input, member));
  if (bindings.paths) {
    const paths = Object.entries(bindings.paths);
    if (paths.length && !search) {
      throw new Error(`${operation.id} binds endpoint parameters with operationContextParams paths: call it through its generated operation function (which passes the JMESPath evaluator)`);
    }
    for (const [name, path] of paths) bind(name, search!(input, path));
  }
  return Object.fromEntries(out);
}

/**
 * `signingRegion` of the first SigV4 auth scheme in a rule-set endpoint's properties.
 * @internal
 */
export function signingRegionOf(endpoint: URL | ResolvedEndpoint): string | undefined {
  if (endpoint instanceof URL) return undefined;
  const schemes = endpoint.properties?.authSchemes;
  if (!Array.isArray(schemes)) return undefined;
  const sigv4 = schemes.find((s: { name?: string }) => s?.name === 'sigv4') as { signingRegion?: unknown } | undefined;
  return typeof sigv4?.signingRegion === 'string' ? sigv4.signingRegion : undefined;
}
