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
}

/** An endpoint the rules resolved to. */
export interface ResolvedEndpoint {
  readonly url: URL;
  /** Headers the endpoint requires. */
  readonly headers?: Readonly<Record<string, readonly string[]>>;
  /** Rule-set properties (e.g. `authSchemes` with `signingName` / `signingRegion`). */
  readonly properties?: Readonly<Record<string, unknown>>;
}

/** Resolves the endpoint of one request from the built-ins. Throws the rule set's error message when no rule matches. */
export type EndpointResolver = (builtIns: EndpointBuiltIns) => ResolvedEndpoint;

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
 * @param params rule-set parameters by name (`{ Region: 'us-east-1', UseFIPS: true }`)
 * @returns the resolved endpoint
 * @throws EndpointError (from `@smithy/util-endpoints`) with the rule set's error text when no rule matches
 */
export function resolveRuleSet(ruleSet: unknown, params: Readonly<Record<string, unknown>>): ResolvedEndpoint {
  customEndpointFunctions.aws ??= awsEndpointFunctions as unknown as (typeof customEndpointFunctions)[string];
  const endpointParams: Record<string, string | boolean> = {};
  for (const [k, v] of Object.entries(params)) if (typeof v === 'string' || typeof v === 'boolean') endpointParams[k] = v;
  const endpoint = resolveEndpoint(ruleSet as RuleSetObject, { endpointParams });
  const out: { url: URL; headers?: Record<string, string[]>; properties?: Record<string, unknown> } = { url: endpoint.url };
  if (endpoint.headers && Object.keys(endpoint.headers).length) out.headers = endpoint.headers as Record<string, string[]>;
  if (endpoint.properties && Object.keys(endpoint.properties).length) out.properties = endpoint.properties as Record<string, unknown>;
  return out;
}

/**
 * Build the endpoint resolver of a generated client from its rule set: each
 * parameter with a `builtIn` takes the built-in's value (booleans default to
 * the parameter's `default`), then the rules run.
 *
 * @param ruleSet the model's `smithy.rules#endpointRuleSet`, emitted as data into the client package
 * @returns the resolver to put in the client binding (`endpointResolver`)
 */
export function ruleSetEndpointResolver(ruleSet: unknown): EndpointResolver {
  const parameters = ((ruleSet as { parameters?: Record<string, ParameterDecl> }).parameters ?? {}) as Record<string, ParameterDecl>;
  return (builtIns) => {
    const params: Record<string, unknown> = {};
    for (const [name, decl] of Object.entries(parameters)) {
      const value = decl.builtIn === undefined ? undefined : builtIns[decl.builtIn as keyof EndpointBuiltIns];
      if (value !== undefined) params[name] = value;
      else if (decl.default !== undefined) params[name] = decl.default;
    }
    return resolveRuleSet(ruleSet, params);
  };
}
