import { describe, expect, it } from 'vitest';
import type { OperationSchema } from '@anvil/runtime';
import { operationEndpointParams, ruleSetEndpointResolver, unboundRuleSetEndpointResolver } from './endpoint-rules.js';
import { searchJmes } from './jmespath/index.js';
import type { CompiledRuleSet } from './rules/compiled.js';

/**
 * A small rule set, compiled (`CompiledRuleSet`): `https://{Mode}.{Region}.example.com`, plus `/{Names[0]}` when
 * `Names` is set. Parameters: Region (built-in `AWS::Region`), Mode (required, default `dflt`), Names (stringArray).
 */
const ruleSet: CompiledRuleSet = [
  { Region: ['AWS::Region'], Mode: [0, 'dflt', 1], Names: [0] },
  [
    [0, [['isSet', [{ ref: 'Region' }]]], [
      [1, [['isSet', [{ ref: 'Names' }]], ['getAttr', [{ ref: 'Names' }, '[0]'], 'first']], 'https://{Mode}.{Region}.example.com/{first}'],
      [1, [], 'https://{Mode}.{Region}.example.com'],
    ]],
    [2, [], 'Region is required'],
  ],
];

const op = (endpointParams?: OperationSchema['endpointParams']): OperationSchema => ({
  id: 'x#Op',
  name: 'Op',
  input: () => ({ type: 'structure', id: 'x#In', members: {} }) as never,
  output: () => ({ type: 'structure', id: 'x#Out', members: {} }) as never,
  errors: [],
  ...(endpointParams ? { endpointParams } : {}),
});

const builtIns = { 'AWS::Region': 'us-east-1', 'AWS::UseFIPS': false, 'AWS::UseDualStack': false } as const;
const resolve = ruleSetEndpointResolver(ruleSet);
const href = (...args: Parameters<typeof resolve>): string => resolve(...args).url.href;

describe('ruleSetEndpointResolver parameter precedence (Smithy "Endpoint rules")', () => {
  it('uses the built-in and the rule-set default when nothing else binds', () => {
    expect(href(builtIns)).toBe('https://dflt.us-east-1.example.com/');
    expect(href(builtIns, { operation: op(), input: {} })).toBe('https://dflt.us-east-1.example.com/');
  });

  it('clientContextParams win over defaults and built-ins', () => {
    expect(href(builtIns, { clientContextParams: { Mode: 'client', Region: 'eu-west-1' } })).toBe('https://client.eu-west-1.example.com/');
  });

  it('contextParam (the input member) wins over clientContextParams; an absent member falls through', () => {
    const o = op({ members: { Mode: 'Bucket' } });
    expect(href(builtIns, { operation: o, input: { Bucket: 'member' }, clientContextParams: { Mode: 'client' } })).toBe(
      'https://member.us-east-1.example.com/',
    );
    expect(href(builtIns, { operation: o, input: {}, clientContextParams: { Mode: 'client' } })).toBe('https://client.us-east-1.example.com/');
  });

  it('staticContextParams win over contextParam and operationContextParams', () => {
    const o = op({ static: { Mode: 'static' }, members: { Mode: 'Bucket' }, paths: { Mode: 'Nested.Mode' } });
    expect(href(builtIns, { operation: o, input: { Bucket: 'member', Nested: { Mode: 'path' } }, search: searchJmes })).toBe('https://static.us-east-1.example.com/');
  });

  it('operationContextParams bind JMESPath results, string arrays included', () => {
    const o = op({ paths: { Names: 'Items[*].Name', Mode: 'Nested.Mode' } });
    const input = { Items: [{ Name: 'first' }, { Name: 'second' }], Nested: { Mode: 'path' } };
    expect(operationEndpointParams(o, input, searchJmes)).toEqual({ Names: ['first', 'second'], Mode: 'path' });
    expect(href(builtIns, { operation: o, input, search: searchJmes })).toBe('https://path.us-east-1.example.com/first');
  });

  it('operationContextParams paths need the JMESPath evaluator the operation function passes', () => {
    const o = op({ paths: { Mode: 'Nested.Mode' } });
    expect(() => operationEndpointParams(o, { Nested: { Mode: 'path' } })).toThrow(/x#Op binds endpoint parameters with operationContextParams paths/);
  });

  it('caches by parameter values: the same values give the same resolved endpoint, other values another', () => {
    const a = resolve(builtIns);
    expect(resolve({ ...builtIns })).toBe(a);
    expect(resolve({ ...builtIns, 'AWS::Region': 'eu-west-1' }).url.href).toBe('https://dflt.eu-west-1.example.com/');
    expect(resolve(builtIns)).toBe(a);
  });

  it('ignores names the rule set does not declare, and absent or null values', () => {
    const o = op({ static: { Unknown: 'x' }, members: { Mode: 'Bucket' } });
    expect(operationEndpointParams(o, { Bucket: null })).toEqual({ Unknown: 'x' });
    expect(href(builtIns, { operation: o, input: { Bucket: null }, clientContextParams: { Other: 1 } })).toBe('https://dflt.us-east-1.example.com/');
  });

  it('throws the rule set error when a required value is missing from every source', () => {
    expect(() => resolve({ 'AWS::UseFIPS': false, 'AWS::UseDualStack': false })).toThrow('Region is required');
  });
});

describe('unboundRuleSetEndpointResolver (services whose operations bind no endpoint parameters)', () => {
  it('resolves like ruleSetEndpointResolver from built-ins and clientContextParams, and refuses an operation that binds parameters', () => {
    const unbound = unboundRuleSetEndpointResolver(ruleSet);
    expect(unbound(builtIns, { operation: op(), input: {} }).url.href).toBe('https://dflt.us-east-1.example.com/');
    expect(unbound(builtIns, { clientContextParams: { Mode: 'client' } }).url.href).toBe('https://client.us-east-1.example.com/');
    expect(() => unbound(builtIns, { operation: op({ static: { Mode: 'static' } }), input: {} })).toThrow(
      "x#Op binds endpoint parameters, which this client's unboundRuleSetEndpointResolver ignores",
    );
  });
});
