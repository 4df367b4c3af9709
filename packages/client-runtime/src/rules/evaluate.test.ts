import { describe, expect, it } from 'vitest';
import { awsPartition } from './aws-functions.js';
import type { CompiledRuleSet } from './compiled.js';
import { evaluateRuleSet } from './evaluate.js';

/** The standard regional rule set, compiled (getAttr of a reference in the `name#path` form), plus a tree rule with no way out. */
const ruleSet: CompiledRuleSet = [
  { Region: ['AWS::Region'], UseFIPS: ['AWS::UseFIPS', false, 1], Endpoint: [0], Dead: [0] },
  [
    [1, [['isSet', [{ ref: 'Endpoint' }]]], { ref: 'Endpoint' }, 0, { 'x-from': ['{Region}'] }],
    [0, [['isSet', [{ ref: 'Dead' }]]], [[2, [['booleanEquals', [{ ref: 'Dead' }, false]]], 'never']]],
    [0, [['isSet', [{ ref: 'Region' }]], ['aws.partition', [{ ref: 'Region' }], 'p']], [
      [0, [['booleanEquals', [{ ref: 'UseFIPS' }, true]]], [
        [1, [['booleanEquals', [{ ref: 'p#supportsFIPS' }, true]]], 'https://svc-fips.{Region}.{p#dnsSuffix}', { authSchemes: [{ name: 'sigv4', signingRegion: '{Region}' }] }],
        [2, [], 'FIPS is enabled but this partition does not support FIPS'],
      ]],
      [1, [['stringEquals', [{ ref: 'p#name' }, 'aws-cn']]], 'https://svc.{Region}.{p#dnsSuffix}/{{cn}}'],
      [1, [], 'https://svc.{Region}.{p#dnsSuffix}'],
    ]],
    [2, [], 'Invalid Configuration: Missing Region'],
  ],
];
const fns = { 'aws.partition': awsPartition };
const resolve = (params: Record<string, unknown>) => evaluateRuleSet(ruleSet, params, fns);

describe('evaluateRuleSet (Smithy "Endpoint rules")', () => {
  it('walks conditions, assignments, references with a path and templates', () => {
    expect(resolve({ Region: 'eu-west-1' })).toEqual({ url: new URL('https://svc.eu-west-1.amazonaws.com') });
    expect(resolve({ Region: 'cn-north-1' }).url.href).toBe('https://svc.cn-north-1.amazonaws.com.cn/%7Bcn%7D');
    expect(resolve({ Region: 'us-gov-west-1', UseFIPS: true })).toEqual({
      url: new URL('https://svc-fips.us-gov-west-1.amazonaws.com'),
      properties: { authSchemes: [{ name: 'sigv4', signingRegion: 'us-gov-west-1' }] },
    });
  });

  it('evaluates endpoint headers and a reference URL', () => {
    expect(resolve({ Region: 'eu-west-1', Endpoint: 'https://example.com/base' })).toEqual({
      url: new URL('https://example.com/base'),
      headers: { 'x-from': ['eu-west-1'] },
    });
  });

  it('throws error rules, a missing required parameter, a tree rule that matches but ends in no rule, and a bad URL', () => {
    expect(() => resolve({})).toThrow('Invalid Configuration: Missing Region');
    // null is unset: the required UseFIPS takes its default, so the rules decide
    expect(() => evaluateRuleSet(ruleSet, { UseFIPS: null }, fns)).toThrow('Invalid Configuration: Missing Region');
    expect(() => evaluateRuleSet([{ A: [0, null, 1] }, []], {}, fns)).toThrow('Missing required endpoint parameter: A');
    expect(() => resolve({ Dead: true, Region: 'eu-west-1' })).toThrow('Rules evaluation failed: no rule matched');
    expect(() => resolve({ Endpoint: 'not a url' })).toThrow('The endpoint rule set produced an invalid URL: not a url');
    expect(() => evaluateRuleSet(ruleSet, { Region: 'eu-west-1' }, {})).toThrow('calls aws.partition, which this client does not provide');
  });

  it('reads only own properties of parameters and assigned values', () => {
    expect(() => resolve({ Region: 'eu-west-1', Endpoint: undefined, constructor: 'x' })).not.toThrow();
    const partition = ['aws.partition', [{ ref: 'Region' }], 'p'] as const;
    const viaProto: CompiledRuleSet = [{ Region: [0] }, [[1, [partition, ['isSet', [{ ref: 'p#constructor' }]]], 'https://bad'], [1, [partition], 'https://{p#name}.ok']]];
    expect(evaluateRuleSet(viaProto, { Region: 'x' }, fns).url.href).toBe('https://aws.ok/');
  });
});
