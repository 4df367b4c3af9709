import { describe, expect, it } from 'vitest';
import { doc, expectModelError } from '../__fixtures__/helpers.js';
import type { OperationShape, ResourceShape, ServiceShape, StructureShape } from '../ir.js';
import { loadModel } from './build.js';

const S = 'smithy.api#String';
const MIXIN = { 'smithy.api#mixin': {} };

describe('mixins', () => {
  const model = loadModel([
    doc({
      'ex#Base': {
        type: 'structure',
        members: { id: { target: S, traits: { 'smithy.api#required': {} } } },
        traits: { ...MIXIN, 'smithy.api#documentation': 'base', 'smithy.api#sensitive': {} },
      },
      'ex#Timestamps': {
        type: 'structure',
        mixins: [{ target: 'ex#Base' }],
        members: { created: { target: 'smithy.api#Timestamp' } },
        traits: { 'smithy.api#mixin': { localTraits: ['smithy.api#internal'] }, 'smithy.api#internal': {}, 'smithy.api#tags': ['t'] },
      },
      'ex#Extra': { type: 'structure', members: { extra: { target: S } }, traits: { ...MIXIN, 'smithy.api#documentation': 'extra' } },
      'ex#User': {
        type: 'structure',
        mixins: [{ target: 'ex#Timestamps' }, { target: 'ex#Extra' }],
        members: {
          name: { target: S },
          id: { target: S, traits: { 'smithy.api#documentation': 'the id' } },
        },
        traits: { 'smithy.api#sensitive': {} },
      },
    }),
  ]);
  const user = model.shapes.get('ex#User') as StructureShape;

  it('copies members recursively, mixin members first in mixin order, local override keeps position', () => {
    expect(user.members).toEqual([
      { name: 'id', id: 'ex#User$id', target: S, traits: { 'smithy.api#required': {}, 'smithy.api#documentation': 'the id' } },
      { name: 'created', id: 'ex#User$created', target: 'smithy.api#Timestamp', traits: {} },
      { name: 'extra', id: 'ex#User$extra', target: S, traits: {} },
      { name: 'name', id: 'ex#User$name', target: S, traits: {} },
    ]);
  });

  it('inherits traits except @mixin and localTraits; later mixins and local traits win', () => {
    expect(user.traits).toEqual({ 'smithy.api#documentation': 'extra', 'smithy.api#sensitive': {}, 'smithy.api#tags': ['t'] });
  });

  it('keeps mixin shapes in the model with their @mixin trait', () => {
    const ts = model.shapes.get('ex#Timestamps') as StructureShape;
    expect(ts.traits['smithy.api#mixin']).toEqual({ localTraits: ['smithy.api#internal'] });
    expect(ts.members.map((m) => m.id)).toEqual(['ex#Timestamps$id', 'ex#Timestamps$created']);
    expect(ts.traits['smithy.api#documentation']).toBe('base');
  });

  it('mixes list members, operation errors, resource and service bindings', () => {
    const m = loadModel([
      doc({
        'ex#ListMixin': { type: 'list', member: { target: S, traits: { 'smithy.api#length': { max: 3 } } }, traits: MIXIN },
        'ex#Names': { type: 'list', mixins: [{ target: 'ex#ListMixin' }] },
        'ex#E1': { type: 'structure', traits: { 'smithy.api#error': 'client' } },
        'ex#E2': { type: 'structure', traits: { 'smithy.api#error': 'server' } },
        'ex#OpMixin': { type: 'operation', errors: [{ target: 'ex#E1' }], traits: MIXIN },
        'ex#Op': { type: 'operation', mixins: [{ target: 'ex#OpMixin' }], errors: [{ target: 'ex#E2' }] },
        'ex#ResMixin': { type: 'resource', identifiers: { id: { target: S } }, read: { target: 'ex#Op' }, traits: MIXIN },
        'ex#Res': { type: 'resource', mixins: [{ target: 'ex#ResMixin' }], operations: [{ target: 'ex#Op' }] },
        'ex#SvcMixin': { type: 'service', version: '1', errors: [{ target: 'ex#E1' }], traits: MIXIN },
        'ex#Svc': { type: 'service', mixins: [{ target: 'ex#SvcMixin' }], operations: [{ target: 'ex#Op' }] },
      }),
    ]);
    expect(m.shapes.get('ex#Names')).toEqual({
      type: 'list', id: 'ex#Names', traits: {},
      member: { name: 'member', id: 'ex#Names$member', target: S, traits: { 'smithy.api#length': { max: 3 } } },
    });
    expect((m.shapes.get('ex#Op') as OperationShape).errors).toEqual(['ex#E1', 'ex#E2']);
    expect(m.shapes.get('ex#Res') as ResourceShape).toMatchObject({ identifiers: { id: S }, read: 'ex#Op', operations: ['ex#Op'] });
    expect(m.shapes.get('ex#Svc') as ServiceShape).toMatchObject({ version: '1', errors: ['ex#E1'], operations: ['ex#Op'], traits: {} });
  });

  it('rejects a mixin without @mixin, of another type, a cycle, or a retargeted member', () => {
    expectModelError(
      () => loadModel([doc({ 'ex#M': { type: 'structure' }, 'ex#A': { type: 'structure', mixins: [{ target: 'ex#M' }] } }, { file: 'm.json' })]),
      { file: 'm.json', shapeId: 'ex#A', jsonPath: '$.shapes["ex#A"].mixins[0].target', message: /no smithy.api#mixin trait/ },
    );
    expectModelError(
      () => loadModel([doc({ 'ex#M': { type: 'union', traits: MIXIN }, 'ex#A': { type: 'structure', mixins: [{ target: 'ex#M' }] } })]),
      { shapeId: 'ex#A', message: /Mixins may only be mixed into shapes of the same type. The following mixins were applied to the structure shape `ex#A` which are not structure shapes: \[`ex#M`\]/ },
    );
    expectModelError(
      () =>
        loadModel([
          doc({
            'ex#M1': { type: 'structure', traits: MIXIN, mixins: [{ target: 'ex#M2' }] },
            'ex#M2': { type: 'structure', traits: MIXIN, mixins: [{ target: 'ex#M1' }] },
          }),
        ]),
      { shapeId: 'ex#M1', message: /mixin cycle/ },
    );
    expectModelError(
      () =>
        loadModel([
          doc({
            'ex#M': { type: 'structure', traits: MIXIN, members: { a: { target: S } } },
            'ex#A': { type: 'structure', mixins: [{ target: 'ex#M' }], members: { a: { target: 'smithy.api#Integer' } } },
          }),
        ]),
      { shapeId: 'ex#A$a', jsonPath: '$.shapes["ex#A"].members.a.target', message: /redefines a mixin member/ },
    );
  });
});
