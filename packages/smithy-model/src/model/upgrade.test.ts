import { describe, expect, it } from 'vitest';
import { doc } from '../__fixtures__/helpers.js';
import type { ListShape, StructureShape } from '../ir.js';
import { memberTraits } from '../query.js';
import { loadModel } from './build.js';

describe('Smithy 1.0 normalisation', () => {
  const model = loadModel([
    doc(
      {
        'ex#Ids': { type: 'set', member: { target: 'smithy.api#String' } },
        'ex#Named': {
          type: 'string',
          traits: {
            'smithy.api#documentation': 'colors',
            'smithy.api#enum': [
              { value: 'red', name: 'RED', documentation: 'Red.', tags: ['warm'] },
              { value: 'old-blue', name: 'OLD_BLUE', deprecated: true },
            ],
          },
        },
        'ex#Unnamed': { type: 'string', traits: { 'smithy.api#enum': [{ value: 'a', name: 'A' }, { value: 'b' }] } },
        'ex#Count': { type: 'integer' },
        'ex#BoxedCount': { type: 'integer', traits: { 'smithy.api#box': {} } },
        'ex#Flag': { type: 'boolean' },
        'ex#Thing': {
          type: 'structure',
          members: {
            count: { target: 'ex#Count' },
            boxedMember: { target: 'ex#Count', traits: { 'smithy.api#box': {} } },
            boxedTarget: { target: 'ex#BoxedCount' },
            flag: { target: 'ex#Flag' },
            prim: { target: 'smithy.api#PrimitiveLong' },
            primBoxed: { target: 'smithy.api#PrimitiveBoolean', traits: { box: {} } },
            preludeBoxed: { target: 'smithy.api#Integer' },
            explicit: { target: 'ex#Count', traits: { 'smithy.api#default': 5 } },
          },
        },
      },
      { version: '1.0', file: 'v1.json' },
    ),
  ]);

  it('turns set into list + @uniqueItems', () => {
    const ids = model.shapes.get('ex#Ids') as ListShape;
    expect(ids.type).toBe('list');
    expect(ids.traits).toEqual({ 'smithy.api#uniqueItems': {} });
  });

  it('turns a fully named @enum string into an enum shape', () => {
    expect(model.shapes.get('ex#Named')).toEqual({
      type: 'enum',
      id: 'ex#Named',
      traits: { 'smithy.api#documentation': 'colors' },
      members: [
        {
          name: 'RED', id: 'ex#Named$RED', target: 'smithy.api#Unit',
          traits: { 'smithy.api#enumValue': 'red', 'smithy.api#documentation': 'Red.', 'smithy.api#tags': ['warm'] },
        },
        { name: 'OLD_BLUE', id: 'ex#Named$OLD_BLUE', target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'old-blue', 'smithy.api#deprecated': {} } },
      ],
    });
  });

  it('keeps a partly unnamed @enum string a string with its trait', () => {
    expect(model.shapes.get('ex#Unnamed')).toEqual({
      type: 'string', id: 'ex#Unnamed', traits: { 'smithy.api#enum': [{ value: 'a', name: 'A' }, { value: 'b' }] },
    });
  });

  it('gives unboxed primitive members @default and drops @box', () => {
    const thing = model.shapes.get('ex#Thing') as StructureShape;
    expect(Object.fromEntries(thing.members.map((m) => [m.name, m.traits]))).toEqual({
      count: { 'smithy.api#default': 0 },
      boxedMember: {},
      boxedTarget: {},
      flag: { 'smithy.api#default': false },
      prim: { 'smithy.api#default': 0 },
      primBoxed: { 'smithy.api#default': null },
      preludeBoxed: {},
      explicit: { 'smithy.api#default': 5 },
    });
    expect(model.shapes.get('ex#BoxedCount')?.traits).toEqual({});
    expect(model.shapes.get('ex#Count')?.traits).toEqual({});
    const primBoxed = thing.members.find((m) => m.name === 'primBoxed');
    expect(primBoxed && memberTraits(model, primBoxed)).toEqual({});
  });

  it('does not add defaults in 2.0 documents', () => {
    const v2 = loadModel([doc({ 'ex#N': { type: 'integer' }, 'ex#S': { type: 'structure', members: { n: { target: 'ex#N' } } } })]);
    expect((v2.shapes.get('ex#S') as StructureShape).members[0]?.traits).toEqual({});
  });
});
