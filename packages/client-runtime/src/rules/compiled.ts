/**
 * The compiled form of a Smithy endpoint rule set (`smithy.rules#endpointRuleSet`, Smithy "Endpoint rules"):
 * what the generator writes into a client package and {@link evaluateRuleSet} walks. It is the rule set with
 * its documentation dropped and its rules as short tuples; expressions keep the rule-set JSON form
 * (template strings, literals, `{ ref }`, `{ fn, argv }`), so a compiled rule set stays readable, except that
 * `getAttr` of a reference becomes the reference's path form `{ ref: "name#path" }` (as in templates, `{name#path}`).
 *
 * Why a tree of tuples and not a decision diagram (`smithy.rules#endpointBdd`, which no corpus model carries):
 * compiled to a diagram (conditions and results deduplicated, nodes as index triples) the rule sets are smaller
 * minified but larger gzipped (Lambda 460 B vs 420 B, DynamoDB 1361 B vs 1082 B gzip -9), as index triples
 * compress worse than repeated rule text.
 * @packageDocumentation
 */

/**
 * An expression as the rule set writes it: a template string, a literal, a reference (`{ ref: "name" }`, or
 * `{ ref: "name#path" }` for `getAttr(name, path)`), a function call, or (in endpoint properties) arrays and
 * objects of them.
 */
export type RuleExpression =
  | string
  | boolean
  | number
  | { readonly ref: string }
  | { readonly fn: string; readonly argv: readonly RuleExpression[] }
  | readonly RuleExpression[]
  | { readonly [key: string]: RuleExpression };

/** One condition: a function call, its arguments, and the name its result is bound to (`assign`). */
export type CompiledCondition = readonly [fn: string, argv: readonly RuleExpression[], assign?: string];

/** A tree rule (`0`): when its conditions hold, its rules are evaluated and one of them must match. */
export type CompiledTreeRule = readonly [kind: 0, conditions: readonly CompiledCondition[], rules: readonly CompiledRule[]];

/** An endpoint rule (`1`): URL template, properties (`0` when none but headers follow) and headers. */
export type CompiledEndpointRule = readonly [
  kind: 1,
  conditions: readonly CompiledCondition[],
  url: RuleExpression,
  properties?: { readonly [key: string]: RuleExpression } | 0,
  headers?: { readonly [name: string]: readonly RuleExpression[] },
];

/** An error rule (`2`): evaluation stops with the message. */
export type CompiledErrorRule = readonly [kind: 2, conditions: readonly CompiledCondition[], message: RuleExpression];

/** A rule of any kind. */
export type CompiledRule = CompiledTreeRule | CompiledEndpointRule | CompiledErrorRule;

/** A parameter value (`String`, `Boolean` or `stringArray` parameters). */
export type RuleParameterValue = string | boolean | readonly string[];

/** A declared parameter: its built-in (`0` for none), its default (`null` for none) and `1` when required. */
export type CompiledParameter = readonly [builtIn: string | 0, defaultValue?: RuleParameterValue | null, required?: 1];

/** A compiled rule set: the declared parameters by name, and the top-level rules. */
export type CompiledRuleSet = readonly [parameters: { readonly [name: string]: CompiledParameter }, rules: readonly CompiledRule[]];

/**
 * Functions a rule set calls beyond the core ones the evaluator knows (`isSet`, `not`, `booleanEquals`,
 * `stringEquals`, `getAttr`), by rule-set name (`aws.partition`, `parseURL`, …). Generated clients pass only
 * the functions their rule set uses.
 */
export type RuleFunctions = { readonly [name: string]: (...args: never[]) => unknown };
