/**
 * Compiling `smithy.rules#endpointRuleSet` into the data `@anvil/client-runtime` walks: the compact form,
 * `getAttr` of a reference in the path form, errors for malformed parts, and model strings that stay data
 * in the emitted `endpoint-rules.ts` literal.
 */
import { describe, expect, it } from 'vitest';
import { resolveRuleSet, type CompiledRuleSet } from '@anvil/client-runtime';
import { dataLiteral } from '../emit/client/endpoint-rules-file.js';
import { compileRuleSet } from './endpoint-rules-compile.js';

const arnRuleSet = (url: string) => ({
  version: '1.0',
  parameters: { Arn: { type: 'String', required: true, documentation: 'dropped' }, Region: { type: 'String', builtIn: 'AWS::Region' } },
  rules: [
    {
      type: 'endpoint',
      documentation: 'dropped too',
      conditions: [
        { fn: 'aws.parseArn', argv: [{ ref: 'Arn' }], assign: 'arn' },
        { fn: 'getAttr', argv: [{ ref: 'arn' }, 'resourceId[1]'], assign: 'id' },
        { fn: 'stringEquals', argv: [{ fn: 'getAttr', argv: [{ ref: 'arn' }, 'service'] }, 'drs'] },
      ],
      endpoint: { url, properties: { authSchemes: [{ name: 'sigv4', signingRegion: '{arn#region}' }] }, headers: {} },
    },
    { type: 'error', conditions: [], error: 'not a DRS ARN' },
  ],
});

describe('compileRuleSet', () => {
  it('writes rules as tuples, drops documentation, and turns getAttr of a reference into { ref: "name#path" }', () => {
    const { ruleSet, functions } = compileRuleSet(arnRuleSet('https://{id}.{arn#region}.example.com'), 'ex#Svc');
    expect(ruleSet).toEqual([
      { Arn: [0, null, 1], Region: ['AWS::Region'] },
      [
        [
          1,
          [
            ['aws.parseArn', [{ ref: 'Arn' }], 'arn'],
            ['getAttr', [{ ref: 'arn' }, 'resourceId[1]'], 'id'],
            ['stringEquals', [{ ref: 'arn#service' }, 'drs']],
          ],
          'https://{id}.{arn#region}.example.com',
          { authSchemes: [{ name: 'sigv4', signingRegion: '{arn#region}' }] },
        ],
        [2, [], 'not a DRS ARN'],
      ],
    ]);
    expect(functions).toEqual(['aws.parseArn']);
  });

  it('a tree whose one rule has no conditions becomes that rule; booleanEquals(true, x) reads booleanEquals(x, true)', () => {
    const fips = { fn: 'booleanEquals', argv: [true, { fn: 'getAttr', argv: [{ ref: 'p' }, 'supportsFIPS'] }] };
    const raw = {
      parameters: { Region: { type: 'String' } },
      rules: [
        { type: 'tree', conditions: [{ fn: 'aws.partition', argv: [{ ref: 'Region' }], assign: 'p' }, fips], rules: [{ type: 'endpoint', conditions: [], endpoint: { url: 'https://fips.{Region}' } }] },
        { type: 'tree', conditions: [], rules: [{ type: 'tree', conditions: [], rules: [{ type: 'error', conditions: [], error: 'no FIPS' }] }] },
        { type: 'tree', conditions: [], rules: [{ type: 'error', conditions: [{ fn: 'isSet', argv: [{ ref: 'Region' }] }], error: 'kept' }] },
      ],
    };
    expect(compileRuleSet(raw, 'ex#Svc').ruleSet[1]).toEqual([
      [1, [['aws.partition', [{ ref: 'Region' }], 'p'], ['booleanEquals', [{ ref: 'p#supportsFIPS' }, true]]], 'https://fips.{Region}'],
      [2, [], 'no FIPS'],
      [0, [], [[2, [['isSet', [{ ref: 'Region' }]]], 'kept']]],
    ]);
  });

  it('the compiled rule set resolves as the rule set says', () => {
    const { ruleSet } = compileRuleSet(arnRuleSet('https://{id}.{arn#region}.example.com'), 'ex#Svc');
    const resolved = resolveRuleSet(ruleSet, { Arn: 'arn:aws:drs:eu-west-1:123456789012:source-server/s-1' });
    expect(resolved.url.href).toBe('https://s-1.eu-west-1.example.com/');
    expect(resolved.properties).toEqual({ authSchemes: [{ name: 'sigv4', signingRegion: 'eu-west-1' }] });
    expect(() => resolveRuleSet(ruleSet, { Arn: 'arn:aws:s3:eu-west-1:123456789012:bucket/b' })).toThrow('not a DRS ARN');
    expect(() => resolveRuleSet(ruleSet, {})).toThrow('Missing required endpoint parameter: Arn');
  });

  it('names the service and JSON path of a parameter or assigned name that is not an identifier, and of malformed rules', () => {
    const withParameter = (name: string) => ({ parameters: { [name]: { type: 'String' } }, rules: [] });
    expect(() => compileRuleSet(withParameter('a#b'), 'ex#Svc')).toThrow('ex#Svc: smithy.rules#endpointRuleSet.parameters["a#b"]: a parameter name must be an identifier');
    expect(() => compileRuleSet(JSON.parse('{"parameters":{"__proto__":{"type":"String"}},"rules":[]}'), 'ex#Svc')).toThrow('.parameters["__proto__"]');
    const assigning = { parameters: {}, rules: [{ type: 'error', conditions: [{ fn: 'aws.partition', argv: ['x'], assign: 'p#q' }], error: 'e' }] };
    expect(() => compileRuleSet(assigning, 'ex#Svc')).toThrow('ex#Svc: smithy.rules#endpointRuleSet.rules[0].conditions[0].assign: "p#q" is not an identifier');
    const referencing = { parameters: {}, rules: [{ type: 'error', conditions: [{ fn: 'isSet', argv: [{ ref: 'x}' }] }], error: 'e' }] };
    expect(() => compileRuleSet(referencing, 'ex#Svc')).toThrow('.rules[0].conditions[0].argv[0].ref: "x}" is not a parameter or assigned name');
    expect(() => compileRuleSet({ rules: [{ type: 'loop', conditions: [] }] }, 'ex#Svc')).toThrow('.rules[0]: unknown rule type "loop"');
  });

  it('model strings stay data in the emitted literal (quotes, backticks, ${}, */, </script>, line separators)', () => {
    const hostile = 'a"b`c${d}*/</script>\u2028\\e\'';
    const { ruleSet } = compileRuleSet(arnRuleSet(`https://x.example.com/${hostile}`), 'ex#Svc');
    const text = dataLiteral(ruleSet);
    expect(text).not.toContain('${d}`');
    const back = new Function(`return ${text};`)() as CompiledRuleSet;
    expect(back).toEqual(ruleSet);
    expect(JSON.stringify(back)).toContain(JSON.stringify(hostile).slice(1, -1));
  });
});
