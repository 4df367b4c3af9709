import { describe, expect, it } from 'vitest';
import { doc, expectModelError } from './__fixtures__/helpers.js';
import type { StructureShape } from './ir.js';
import { loadModel } from './model/build.js';
import { getShape, hasTrait, listServices, memberTraits, membersOf, shapeName, traitValue } from './query.js';

const model = loadModel([
  doc({
    'ex#Name': { type: 'string', traits: { 'smithy.api#documentation': 'target doc', 'smithy.api#length': { max: 3 } } },
    'ex#A': { type: 'structure', members: { n: { target: 'ex#Name', traits: { 'smithy.api#documentation': 'member doc' } } } },
    'ex#Z': { type: 'service', version: '1' },
    'ex#B': { type: 'service', version: '2' },
  }),
]);

describe('query helpers', () => {
  it('getShape returns shapes and throws ModelError for unknown ids', () => {
    expect(getShape(model, 'ex#Name').type).toBe('string');
    expectModelError(() => getShape(model, 'ex#Nope'), { shapeId: 'ex#Nope', message: /unknown shape/ });
  });

  it('listServices lists services sorted by id', () => {
    expect(listServices(model).map((s) => s.id)).toEqual(['ex#B', 'ex#Z']);
  });

  it('memberTraits overlays member traits on target traits', () => {
    const member = (getShape(model, 'ex#A') as StructureShape).members[0];
    expect(member && memberTraits(model, member)).toEqual({ 'smithy.api#documentation': 'member doc', 'smithy.api#length': { max: 3 } });
  });

  it('traitValue / hasTrait / shapeName / membersOf', () => {
    const traits = getShape(model, 'ex#Name').traits;
    expect(traitValue<{ max: number }>(traits, 'smithy.api#length')).toEqual({ max: 3 });
    expect(traitValue(traits, 'smithy.api#pattern')).toBeUndefined();
    expect(hasTrait(traits, 'smithy.api#documentation')).toBe(true);
    expect(hasTrait(traits, 'smithy.api#required')).toBe(false);
    expect(shapeName('com.example#Widget')).toBe('Widget');
    expect(shapeName('com.example#Widget$size')).toBe('Widget');
    expect(membersOf(getShape(model, 'ex#A')).map((m) => m.id)).toEqual(['ex#A$n']);
    expect(membersOf(getShape(model, 'ex#Name'))).toEqual([]);
  });
});
