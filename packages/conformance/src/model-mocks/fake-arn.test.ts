import { describe, expect, it } from 'vitest';
import { fakeArn } from './fake-arn.js';

describe('fakeArn', () => {
  it('takes the parts the compiled rules require, inline (getAttr, or its compiled { ref: "arn#part" } form) or through an assigned variable (CloudFront KeyValueStore)', () => {
    const rules = [
      [0, [['aws.parseArn', [{ ref: 'KvsARN' }], 'parsedArn']], [
        [0, [['stringEquals', [{ fn: 'getAttr', argv: [{ ref: 'parsedArn' }, 'service'] }, 'cloudfront']]], []],
        // as the compiler writes getAttr of a reference
        [0, [['stringEquals', [{ ref: 'parsedArn#region' }, '']]], []],
        [0, [['getAttr', [{ ref: 'parsedArn' }, 'resourceId[0]'], 'arnType']], [[0, [['stringEquals', [{ ref: 'arnType' }, 'key-value-store']]], []]]],
      ]],
    ];
    expect(fakeArn({ rules })).toBe('arn:aws:cloudfront::123456789012:key-value-store/corpus-calls');
  });

  it('without rules, or rules that require nothing of the ARN: a generic well-formed ARN', () => {
    expect(fakeArn(undefined)).toBe('arn:aws:service:us-east-1:123456789012:resource/corpus-calls');
    expect(fakeArn([['stringEquals', [{ ref: 'Region' }, 'us-east-1']]])).toBe('arn:aws:service:us-east-1:123456789012:resource/corpus-calls');
  });
});
