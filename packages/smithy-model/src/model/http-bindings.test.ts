import { describe, expect, it } from 'vitest';
import { loadModel } from './build.js';
import { ModelError } from '../errors.js';
import { uriLabels } from './http-bindings.js';

function model(uri: string, labelMember: boolean) {
  return {
    smithy: '2.0',
    shapes: {
      'ex#GetPet': {
        type: 'operation',
        input: { target: 'ex#GetPetInput' },
        traits: { 'smithy.api#http': { method: 'GET', uri } },
      },
      'ex#GetPetInput': {
        type: 'structure',
        members: {
          petId: { target: 'smithy.api#String', traits: { 'smithy.api#required': {}, ...(labelMember ? { 'smithy.api#httpLabel': {} } : {}) } },
        },
      },
    },
  };
}

describe('HTTP label checks', () => {
  it('reads labels, greedy ones included, ignoring the literal query', () => {
    expect(uriLabels('/a/{b}/c/{d+}?x=y')).toEqual(['b', 'd']);
  });

  it('accepts matching labels', () => {
    expect(loadModel([{ file: 'ok.json', json: model('/pets/{petId}', true) }]).shapes.has('ex#GetPet')).toBe(true);
  });

  it('rejects an @httpLabel member whose label is not in the URI, naming file, shape and path', () => {
    const load = () => loadModel([{ file: 'pets.json', json: model('/pets', true) }]);
    expect(load).toThrow(ModelError);
    expect(load).toThrow('pets.json, shape ex#GetPet, at $.shapes["ex#GetPet"].traits["smithy.api#http"].uri: member petId of ex#GetPetInput has @httpLabel but URI /pets has no {petId} label');
  });

  it('rejects a URI label without an @httpLabel member', () => {
    expect(() => loadModel([{ file: 'pets.json', json: model('/pets/{petId}', false) }])).toThrow(
      'URI /pets/{petId} has label {petId} but input ex#GetPetInput has no @httpLabel member petId',
    );
  });
});
