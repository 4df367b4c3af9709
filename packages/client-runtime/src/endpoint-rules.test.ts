import { describe, expect, it } from 'vitest';
import type { OperationSchema } from '@anvil/runtime';
import { operationEndpointParams, ruleSetEndpointResolver } from './endpoint-rules.js';

/** A small rule set: `https://{Mode}.{Region}.example.com`, plus `/{Names[0]}` when `Names` is set. */
const ruleSet = {
  version: '1.1',
  parameters: {
    Region: { type: 'String', builtIn: 'AWS::Region', required: false },
    Mode: { type: 'String', required: true, default: 'dflt' },
    Names: { type: 'stringArray', required: false },
  },
  rules: [
    {
      type: 'tree',
      conditions: [{ fn: 'isSet', argv: [{ ref: 'Region' }] }],
      rules: [
        {
          type: 'endpoint',
          conditions: [{ fn: 'isSet', argv: [{ ref: 'Names' }] }, { fn: 'getAttr', argv: [{ ref: 'Names' }, '[0]'], assign: 'first' }],
          endpoint: { url: 'https://{Mode}.{Region}.example.com/{first}', properties: {}, headers: {} },
        },
        { type: 'endpoint', conditions: [], endpoint: { url: 'https://{Mode}.{Region}.example.com', properties: {}, headers: {} } },
      ],
    },
    { type: 'error', conditions: [], error: 'Region is required' },
  ],
};

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
    expect(href(builtIns, { operation: o, input: { Bucket: 'member', Nested: { Mode: 'path' } } })).toBe('https://static.us-east-1.example.com/');
  });

  it('operationContextParams bind JMESPath results, string arrays included', () => {
    const o = op({ paths: { Names: 'Items[*].Name', Mode: 'Nested.Mode' } });
    const input = { Items: [{ Name: 'first' }, { Name: 'second' }], Nested: { Mode: 'path' } };
    expect(operationEndpointParams(o, input)).toEqual({ Names: ['first', 'second'], Mode: 'path' });
    expect(href(builtIns, { operation: o, input })).toBe('https://path.us-east-1.example.com/first');
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
