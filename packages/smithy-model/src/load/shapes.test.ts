import { describe, expect, it } from 'vitest';
import { doc } from '../__fixtures__/helpers.js';
import { loadModel } from '../model/build.js';
import type { Shape } from '../ir.js';

const S = 'smithy.api#String';

const everyType = doc({
  'ex#Blob': { type: 'blob', traits: { 'smithy.api#mediaType': 'image/png' } },
  'ex#Bool': { type: 'boolean' },
  'ex#Str': { type: 'string', traits: { 'smithy.api#pattern': '^a+$', 'smithy.api#length': { min: 1, max: 5 } } },
  'ex#Byte': { type: 'byte' },
  'ex#Short': { type: 'short' },
  'ex#Int': { type: 'integer', traits: { 'smithy.api#range': { min: 0, max: 10 } } },
  'ex#Long': { type: 'long' },
  'ex#Float': { type: 'float' },
  'ex#Double': { type: 'double' },
  'ex#BigInt': { type: 'bigInteger' },
  'ex#BigDec': { type: 'bigDecimal' },
  'ex#Time': { type: 'timestamp', traits: { 'smithy.api#timestampFormat': 'epoch-seconds' } },
  'ex#Doc': { type: 'document' },
  'ex#Color': {
    type: 'enum',
    members: {
      RED: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'red' } },
      GREEN: { target: 'smithy.api#Unit' },
    },
  },
  'ex#Level': {
    type: 'intEnum',
    members: { LOW: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 1 } } },
  },
  'ex#Names': { type: 'list', member: { target: S } },
  'ex#Tags': { type: 'set', member: { target: S } },
  'ex#Dict': { type: 'map', key: { target: S }, value: { target: 'ex#Int' } },
  'ex#Struct': {
    type: 'structure',
    members: { b: { target: S }, a: { target: 'ex#Int', traits: { required: {} } } },
    traits: { documentation: 'doc' },
  },
  'ex#Choice': { type: 'union', members: { s: { target: S }, i: { target: 'smithy.api#Integer' } } },
  'ex#Op': { type: 'operation', input: { target: 'ex#Struct' }, errors: [{ target: 'ex#Err' }] },
  'ex#Err': { type: 'structure', members: {}, traits: { 'smithy.api#error': 'client' } },
  'ex#Res': {
    type: 'resource',
    identifiers: { id: { target: S } },
    properties: { name: { target: S } },
    read: { target: 'ex#Op' },
    operations: [{ target: 'ex#Op' }],
  },
  'ex#Svc': {
    type: 'service',
    version: '2024-01-01',
    operations: [{ target: 'ex#Op' }],
    resources: [{ target: 'ex#Res' }],
    errors: [{ target: 'ex#Err' }],
    rename: { 'ex#Struct': 'Thing' },
  },
});

describe('shape types', () => {
  const model = loadModel([everyType]);
  const get = (id: string): Shape => model.shapes.get(id) as Shape;

  it('loads simple shapes with their traits', () => {
    expect(get('ex#Blob')).toEqual({ type: 'blob', id: 'ex#Blob', traits: { 'smithy.api#mediaType': 'image/png' } });
    expect(get('ex#Str').traits).toEqual({ 'smithy.api#pattern': '^a+$', 'smithy.api#length': { min: 1, max: 5 } });
    const types = ['ex#Bool', 'ex#Byte', 'ex#Short', 'ex#Long', 'ex#Float', 'ex#Double', 'ex#BigInt', 'ex#BigDec', 'ex#Time', 'ex#Doc'].map(
      (id) => get(id).type,
    );
    expect(types).toEqual(['boolean', 'byte', 'short', 'long', 'float', 'double', 'bigInteger', 'bigDecimal', 'timestamp', 'document']);
  });

  it('loads enum and intEnum members, defaulting enumValue to the member name', () => {
    expect(get('ex#Color')).toEqual({
      type: 'enum',
      id: 'ex#Color',
      traits: {},
      members: [
        { name: 'RED', id: 'ex#Color$RED', target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'red' } },
        { name: 'GREEN', id: 'ex#Color$GREEN', target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'GREEN' } },
      ],
    });
    expect(get('ex#Level')).toMatchObject({ type: 'intEnum', members: [{ name: 'LOW', traits: { 'smithy.api#enumValue': 1 } }] });
  });

  it('loads list, set (as list + uniqueItems) and map', () => {
    expect(get('ex#Names')).toEqual({
      type: 'list', id: 'ex#Names', traits: {},
      member: { name: 'member', id: 'ex#Names$member', target: S, traits: {} },
    });
    expect(get('ex#Tags')).toMatchObject({ type: 'list', traits: { 'smithy.api#uniqueItems': {} }, member: { target: S } });
    expect(get('ex#Dict')).toEqual({
      type: 'map', id: 'ex#Dict', traits: {},
      key: { name: 'key', id: 'ex#Dict$key', target: S, traits: {} },
      value: { name: 'value', id: 'ex#Dict$value', target: 'ex#Int', traits: {} },
    });
  });

  it('keeps structure member order and resolves relative trait ids', () => {
    const struct = get('ex#Struct');
    expect(struct.traits).toEqual({ 'smithy.api#documentation': 'doc' });
    expect(struct.type === 'structure' && struct.members.map((m) => [m.name, m.target, m.traits])).toEqual([
      ['b', S, {}],
      ['a', 'ex#Int', { 'smithy.api#required': {} }],
    ]);
    expect(get('ex#Choice')).toMatchObject({ type: 'union', members: [{ name: 's' }, { name: 'i', target: 'smithy.api#Integer' }] });
  });

  it('resolves relative prelude targets and absolute-ises relative trait ids on members', () => {
    const m = loadModel([doc({ 'ex#L': { type: 'list', member: { target: 'String', traits: { length: { max: 2 } } } } })]);
    expect(m.shapes.get('ex#L')).toMatchObject({ member: { target: S, traits: { 'smithy.api#length': { max: 2 } } } });
  });

  it('defaults missing operation input/output to smithy.api#Unit', () => {
    expect(get('ex#Op')).toEqual({
      type: 'operation', id: 'ex#Op', traits: {}, input: 'ex#Struct', output: 'smithy.api#Unit', errors: ['ex#Err'],
    });
  });

  it('loads resources and services', () => {
    expect(get('ex#Res')).toEqual({
      type: 'resource', id: 'ex#Res', traits: {},
      identifiers: { id: S }, properties: { name: S }, read: 'ex#Op',
      operations: ['ex#Op'], collectionOperations: [], resources: [],
    });
    expect(get('ex#Svc')).toEqual({
      type: 'service', id: 'ex#Svc', traits: {}, version: '2024-01-01',
      operations: ['ex#Op'], resources: ['ex#Res'], errors: ['ex#Err'], rename: { 'ex#Struct': 'Thing' },
    });
  });

  it('includes the prelude and sorts shapes by id', () => {
    const ids = [...model.shapes.keys()];
    expect(ids).toEqual([...ids].sort());
    expect(ids.filter((id) => id.startsWith('smithy.api#'))).toEqual([
      'smithy.api#BigDecimal', 'smithy.api#BigInteger', 'smithy.api#Blob', 'smithy.api#Boolean', 'smithy.api#Byte',
      'smithy.api#Document', 'smithy.api#Double', 'smithy.api#Float', 'smithy.api#Integer', 'smithy.api#Long',
      'smithy.api#PrimitiveBoolean', 'smithy.api#PrimitiveByte', 'smithy.api#PrimitiveDouble', 'smithy.api#PrimitiveFloat',
      'smithy.api#PrimitiveInteger', 'smithy.api#PrimitiveLong', 'smithy.api#PrimitiveShort', 'smithy.api#Short',
      'smithy.api#String', 'smithy.api#Timestamp', 'smithy.api#Unit',
    ]);
    expect(get('smithy.api#PrimitiveInteger')).toEqual({ type: 'integer', id: 'smithy.api#PrimitiveInteger', traits: { 'smithy.api#default': 0 } });
    expect(get('smithy.api#PrimitiveBoolean').traits).toEqual({ 'smithy.api#default': false });
    expect(get('smithy.api#Unit')).toEqual({ type: 'structure', id: 'smithy.api#Unit', traits: { 'smithy.api#unitType': {} }, members: [] });
    expect(model.smithy).toBe('2.0');
  });
});
