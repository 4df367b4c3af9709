import { describe, expect, it } from 'vitest';
import { doc, expectModelError } from '../__fixtures__/helpers.js';
import { ModelError } from '../errors.js';
import { loadModel } from '../model/build.js';

const load = (shapes: Record<string, unknown>, version = '2.0') => () => loadModel([doc(shapes, { file: 'bad.json', version })]);

describe('document errors', () => {
  it('rejects a non-object document', () => {
    expectModelError(() => loadModel([{ file: 'arr.json', json: [] }]), { file: 'arr.json', jsonPath: '$', message: /JSON object/ });
  });

  it('rejects unsupported versions but accepts 1, 1.0, 2, 2.0', () => {
    expectModelError(load({}, '3.0'), { file: 'bad.json', jsonPath: '$.smithy', message: /unsupported Smithy version "3.0"/ });
    expectModelError(() => loadModel([{ file: 'nov.json', json: { shapes: {} } }]), { file: 'nov.json', jsonPath: '$.smithy' });
    for (const v of ['1', '1.0', '2', '2.0']) expect(loadModel([doc({}, { version: v })]).smithy).toBe('2.0');
  });

  it('rejects an unknown shape type', () => {
    expectModelError(load({ 'ex#A': { type: 'widget' } }), {
      file: 'bad.json', shapeId: 'ex#A', jsonPath: '$.shapes["ex#A"].type', message: /unknown shape type "widget"/,
    });
  });

  it('rejects an invalid shape id', () => {
    expectModelError(load({ 'no-namespace': { type: 'string' } }), { file: 'bad.json', shapeId: 'no-namespace', jsonPath: '$.shapes["no-namespace"]' });
  });

  it('rejects a member without a string target', () => {
    expectModelError(load({ 'ex#A': { type: 'structure', members: { b: { traits: {} } } } }), {
      file: 'bad.json', shapeId: 'ex#A', jsonPath: '$.shapes["ex#A"].members.b.target',
    });
  });
});

describe('reference errors', () => {
  it('rejects a member target that does not exist', () => {
    expectModelError(load({ 'ex#A': { type: 'structure', members: { b: { target: 'ex#Missing' } } } }), {
      file: 'bad.json', shapeId: 'ex#A', jsonPath: '$.shapes["ex#A"].members.b.target', message: /ex#Missing does not exist/,
    });
  });

  it('rejects a dangling list member / map value target', () => {
    expectModelError(load({ 'ex#L': { type: 'list', member: { target: 'ex#Nope' } } }), {
      shapeId: 'ex#L', jsonPath: '$.shapes["ex#L"].member.target',
    });
    expectModelError(load({ 'ex#M': { type: 'map', key: { target: 'smithy.api#String' }, value: { target: 'ex#Nope' } } }), {
      shapeId: 'ex#M', jsonPath: '$.shapes["ex#M"].value.target',
    });
  });

  it('rejects dangling operation input / errors', () => {
    expectModelError(load({ 'ex#Op': { type: 'operation', input: { target: 'ex#In' } } }), {
      file: 'bad.json', shapeId: 'ex#Op', jsonPath: '$.shapes["ex#Op"].input.target', message: /operation input ex#In does not exist/,
    });
    expectModelError(load({ 'ex#Op': { type: 'operation', errors: [{ target: 'smithy.api#Unit' }, { target: 'ex#E' }] } }), {
      shapeId: 'ex#Op', jsonPath: '$.shapes["ex#Op"].errors[1].target',
    });
  });

  it('rejects dangling service and resource bindings', () => {
    expectModelError(load({ 'ex#S': { type: 'service', version: '1', operations: [{ target: 'ex#Gone' }] } }), {
      file: 'bad.json', shapeId: 'ex#S', jsonPath: '$.shapes["ex#S"].operations[0].target',
    });
    expectModelError(load({ 'ex#S': { type: 'service', version: '1', resources: [{ target: 'ex#R' }] } }), {
      shapeId: 'ex#S', jsonPath: '$.shapes["ex#S"].resources[0].target',
    });
    expectModelError(load({ 'ex#R': { type: 'resource', read: { target: 'ex#Get' } } }), {
      shapeId: 'ex#R', jsonPath: '$.shapes["ex#R"].read.target',
    });
    expectModelError(load({ 'ex#R': { type: 'resource', identifiers: { id: { target: 'ex#Id' } } } }), {
      shapeId: 'ex#R', jsonPath: '$.shapes["ex#R"].identifiers.id.target',
    });
  });

  it('rejects references to the wrong kind of shape', () => {
    expectModelError(
      load({ 'ex#S': { type: 'service', version: '1', operations: [{ target: 'ex#NotOp' }] }, 'ex#NotOp': { type: 'structure' } }),
      { shapeId: 'ex#S', jsonPath: '$.shapes["ex#S"].operations[0].target', message: /must be operation, but it is structure/ },
    );
    expectModelError(
      load({ 'ex#A': { type: 'structure', members: { op: { target: 'ex#Op' } } }, 'ex#Op': { type: 'operation' } }),
      { shapeId: 'ex#A', jsonPath: '$.shapes["ex#A"].members.op.target', message: /cannot target operation/ },
    );
  });
});

describe('trait value errors', () => {
  it('rejects @http without method or with a bad uri', () => {
    expectModelError(load({ 'ex#Op': { type: 'operation', traits: { 'smithy.api#http': { uri: '/x' } } } }), {
      file: 'bad.json', shapeId: 'ex#Op', jsonPath: '$.shapes["ex#Op"].traits["smithy.api#http"]', message: /missing required property "method"/,
    });
    expectModelError(load({ 'ex#Op': { type: 'operation', traits: { http: { method: 'GET' } } } }), {
      shapeId: 'ex#Op', jsonPath: '$.shapes["ex#Op"].traits.http', message: /smithy.api#http is missing required property "uri"/,
    });
  });

  it('rejects @length with a non-numeric min', () => {
    expectModelError(load({ 'ex#S': { type: 'string', traits: { 'smithy.api#length': { min: '1' } } } }), {
      file: 'bad.json', shapeId: 'ex#S', jsonPath: '$.shapes["ex#S"].traits["smithy.api#length"]', message: /property "min" must be a number/,
    });
  });

  it('rejects member trait values with the member id and path', () => {
    expectModelError(
      load({ 'ex#A': { type: 'structure', members: { b: { target: 'smithy.api#String', traits: { 'smithy.api#httpHeader': 5 } } } } }),
      { shapeId: 'ex#A$b', jsonPath: '$.shapes["ex#A"].members.b.traits["smithy.api#httpHeader"]' },
    );
  });

  it('rejects @enumValue of the wrong type on enum and intEnum members', () => {
    expectModelError(
      load({ 'ex#E': { type: 'enum', members: { A: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 1 } } } } }),
      { file: 'bad.json', shapeId: 'ex#E', jsonPath: '$.shapes["ex#E"].members.A.traits["smithy.api#enumValue"]', message: /must be a string/ },
    );
    expectModelError(
      load({ 'ex#I': { type: 'intEnum', members: { A: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'a' } } } } }),
      { shapeId: 'ex#I', jsonPath: '$.shapes["ex#I"].members.A.traits["smithy.api#enumValue"]', message: /must be an integer/ },
    );
    expectModelError(
      load({ 'ex#E': { type: 'enum', members: { A: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': { v: 1 } } } } } }),
      { shapeId: 'ex#E$A', jsonPath: '$.shapes["ex#E"].members.A.traits["smithy.api#enumValue"]', message: /string or an integer/ },
    );
  });

  it('rejects @error other than client/server and a malformed 1.0 @enum', () => {
    expectModelError(load({ 'ex#E': { type: 'structure', traits: { 'smithy.api#error': 'oops' } } }), {
      shapeId: 'ex#E', jsonPath: '$.shapes["ex#E"].traits["smithy.api#error"]',
    });
    expectModelError(load({ 'ex#S': { type: 'string', traits: { 'smithy.api#enum': [{ name: 'A' }] } } }, '1.0'), {
      shapeId: 'ex#S', jsonPath: '$.shapes["ex#S"].traits["smithy.api#enum"]', message: /entry \[0\] is missing required property "value"/,
    });
  });

  it('ModelError message lists file, shape and path', () => {
    const e = new ModelError('boom', { file: 'f.json', shapeId: 'ex#A', jsonPath: '$.shapes["ex#A"]' });
    expect(e.message).toBe('f.json, shape ex#A, at $.shapes["ex#A"]: boom');
    expect(e.name).toBe('ModelError');
    expect(new ModelError('plain').message).toBe('plain');
  });
});
