import { describe, expect, it } from 'vitest';
import { doc, expectModelError } from '../__fixtures__/helpers.js';
import type { StructureShape } from '../ir.js';
import { loadModel } from './build.js';

const S = 'smithy.api#String';

describe('apply', () => {
  it('adds traits to shapes and members, across documents, including mixed-in members', () => {
    const model = loadModel([
      doc({
        'ex#M': { type: 'structure', members: { m: { target: S } }, traits: { 'smithy.api#mixin': {} } },
        'ex#A': { type: 'structure', mixins: [{ target: 'ex#M' }], members: { b: { target: S } } },
      }),
      doc(
        {
          'ex#A': { type: 'apply', traits: { documentation: 'A doc', 'smithy.api#tags': ['x'] } },
          'ex#A$b': { type: 'apply', traits: { 'smithy.api#required': {} } },
          'ex#A$m': { type: 'apply', traits: { 'smithy.api#jsonName': 'M' } },
          'ex#M$m': { type: 'apply', traits: { 'smithy.api#documentation': 'from mixin' } },
        },
        { file: 'apply.json' },
      ),
    ]);
    const a = model.shapes.get('ex#A') as StructureShape;
    expect(a.traits).toEqual({ 'smithy.api#documentation': 'A doc', 'smithy.api#tags': ['x'] });
    expect(a.members.map((m) => [m.name, m.traits])).toEqual([
      ['m', { 'smithy.api#documentation': 'from mixin', 'smithy.api#jsonName': 'M' }],
      ['b', { 'smithy.api#required': {} }],
    ]);
  });

  it('concatenates list trait values and accepts equal values', () => {
    const model = loadModel([
      doc({ 'ex#A': { type: 'string', traits: { 'smithy.api#tags': ['a'], 'smithy.api#documentation': 'd' } } }),
      doc({ 'ex#A': { type: 'apply', traits: { 'smithy.api#tags': ['b'], 'smithy.api#documentation': 'd' } } }),
    ]);
    expect(model.shapes.get('ex#A')?.traits).toEqual({ 'smithy.api#tags': ['a', 'b'], 'smithy.api#documentation': 'd' });
  });

  it('rejects an apply to a missing shape or member, and a conflicting value', () => {
    expectModelError(() => loadModel([doc({ 'ex#Nope': { type: 'apply', traits: { 'smithy.api#sensitive': {} } } }, { file: 'ap.json' })]), {
      file: 'ap.json', shapeId: 'ex#Nope', jsonPath: '$.shapes["ex#Nope"]', message: /apply target ex#Nope does not exist/,
    });
    expectModelError(
      () => loadModel([doc({ 'ex#A': { type: 'structure', members: {} }, 'ex#A$zz': { type: 'apply', traits: { 'smithy.api#required': {} } } })]),
      { shapeId: 'ex#A$zz', jsonPath: '$.shapes["ex#A$zz"]' },
    );
    expectModelError(
      () =>
        loadModel([
          doc({ 'ex#A': { type: 'string', traits: { 'smithy.api#documentation': 'one' } } }),
          doc({ 'ex#A': { type: 'apply', traits: { 'smithy.api#documentation': 'two' } } }, { file: 'two.json' }),
        ]),
      { file: 'two.json', shapeId: 'ex#A', jsonPath: '$.shapes["ex#A"].traits["smithy.api#documentation"]', message: /conflicts/ },
    );
  });
});
