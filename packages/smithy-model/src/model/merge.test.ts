import { describe, expect, it } from 'vitest';
import { doc, expectModelError } from '../__fixtures__/helpers.js';
import { loadModel } from './build.js';

const A = { type: 'structure', members: { b: { target: 'smithy.api#String' } } };

describe('merging documents', () => {
  it('accepts identical duplicate definitions and cross-document targets', () => {
    const model = loadModel([
      doc({ 'ex#A': A, 'ex#B': { type: 'list', member: { target: 'ex#C' } } }, { file: 'one.json' }),
      doc({ 'ex#A': { members: { b: { target: 'smithy.api#String' } }, type: 'structure' }, 'ex#C': { type: 'string' } }, { file: 'two.json' }),
    ]);
    expect([...model.shapes.keys()].filter((k) => k.startsWith('ex#'))).toEqual(['ex#A', 'ex#B', 'ex#C']);
  });

  it('rejects conflicting definitions naming both files', () => {
    const e = expectModelError(
      () =>
        loadModel([
          doc({ 'ex#A': A }, { file: 'one.json' }),
          doc({ 'ex#A': { type: 'structure', members: { b: { target: 'smithy.api#Integer' } } } }, { file: 'two.json' }),
        ]),
      { file: 'two.json', shapeId: 'ex#A', jsonPath: '$.shapes["ex#A"]' },
    );
    expect(e.message).toContain('one.json');
  });

  it('rejects redefining a prelude shape differently', () => {
    expectModelError(() => loadModel([doc({ 'smithy.api#String': { type: 'integer' } }, { file: 'p.json' })]), {
      file: 'p.json', shapeId: 'smithy.api#String', message: /<prelude> and p.json/,
    });
  });

  it('merges metadata: arrays concatenated, equal values fine, conflicts rejected', () => {
    const model = loadModel([
      doc({}, { metadata: { suppressions: [{ id: 'A' }], owner: 'x', one: 1 } }),
      doc({}, { metadata: { suppressions: [{ id: 'B' }], owner: 'x', two: 2 } }),
    ]);
    expect(model.metadata).toEqual({ suppressions: [{ id: 'A' }, { id: 'B' }], owner: 'x', one: 1, two: 2 });
    expectModelError(
      () => loadModel([doc({}, { file: 'm1.json', metadata: { owner: 'x' } }), doc({}, { file: 'm2.json', metadata: { owner: 'y' } })]),
      { file: 'm2.json', jsonPath: '$.metadata.owner', message: /conflicting metadata "owner" in m1.json and m2.json/ },
    );
  });
});
