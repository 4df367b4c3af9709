import { describe, expect, it } from 'vitest';
import { doc, expectModelError } from './__fixtures__/helpers.js';
import { serviceClosure } from './closure.js';
import { loadModel } from './model/build.js';

const S = 'smithy.api#String';
const op = (input?: string, extra: Record<string, unknown> = {}) => ({ type: 'operation', ...(input ? { input: { target: input } } : {}), ...extra });

const model = loadModel([
  doc({
    'ex#Svc': {
      type: 'service',
      version: '1',
      operations: [{ target: 'ex#Ping' }],
      resources: [{ target: 'ex#City' }],
      errors: [{ target: 'ex#ServiceError' }],
      rename: { 'ex#Ping': 'Aaa', 'other#Node': 'OtherNode' },
    },
    'ex#City': {
      type: 'resource',
      identifiers: { cityId: { target: 'ex#CityId' } },
      create: { target: 'ex#CreateCity' },
      read: { target: 'ex#GetCity' },
      list: { target: 'ex#ListCities' },
      operations: [{ target: 'ex#Rename' }],
      collectionOperations: [{ target: 'ex#Bulk' }],
      resources: [{ target: 'ex#Forecast' }],
    },
    'ex#Forecast': { type: 'resource', read: { target: 'ex#GetForecast' }, resources: [{ target: 'ex#City' }] },
    'ex#CityId': { type: 'string' },
    'ex#Ping': op(),
    'ex#CreateCity': op('ex#CityInput'),
    'ex#GetCity': op('ex#CityInput', { output: { target: 'ex#Node' } }),
    'ex#ListCities': op(),
    'ex#Rename': op(),
    'ex#Bulk': op(undefined, { errors: [{ target: 'ex#BulkError' }] }),
    'ex#GetForecast': op('ex#ForecastInput'),
    'ex#Unbound': op('ex#Orphan'),
    'ex#Orphan': { type: 'structure' },
    'ex#CityInput': { type: 'structure', members: { id: { target: 'ex#CityId' }, tags: { target: 'ex#TagMap' } } },
    'ex#ForecastInput': { type: 'structure', members: { days: { target: 'smithy.api#Integer' } } },
    'ex#TagMap': { type: 'map', key: { target: S }, value: { target: 'ex#TagList' } },
    'ex#TagList': { type: 'list', member: { target: S } },
    'ex#Node': { type: 'structure', mixins: [{ target: 'ex#NodeMixin' }], members: { next: { target: 'ex#Node' }, other: { target: 'other#Node' } } },
    'other#Node': { type: 'union', members: { back: { target: 'ex#Node' } } },
    'ex#NodeMixin': { type: 'structure', members: { label: { target: S } }, traits: { 'smithy.api#mixin': {} } },
    'ex#ServiceError': { type: 'structure', traits: { 'smithy.api#error': 'server' } },
    'ex#BulkError': { type: 'structure', traits: { 'smithy.api#error': 'client' } },
  }),
]);

describe('serviceClosure', () => {
  const closure = serviceClosure(model);

  it('collects operations bound directly and through nested resources, sorted by renamed name', () => {
    expect(closure.operations.map((o) => o.id)).toEqual([
      'ex#Ping', // renamed "Aaa"
      'ex#Bulk', 'ex#CreateCity', 'ex#GetCity', 'ex#GetForecast', 'ex#ListCities', 'ex#Rename',
    ]);
    expect(closure.resources.map((r) => r.id)).toEqual(['ex#City', 'ex#Forecast']);
  });

  it('collects reachable shapes (prelude and Unit included, mixins and unbound shapes excluded), without looping on recursion', () => {
    expect(closure.shapes.map((s) => s.id)).toEqual([
      'ex#BulkError', 'ex#CityId', 'ex#CityInput', 'ex#ForecastInput', 'ex#Node', 'ex#ServiceError', 'ex#TagList', 'ex#TagMap',
      'other#Node', 'smithy.api#Integer', 'smithy.api#String', 'smithy.api#Unit',
    ]);
  });

  it('names shapes honouring rename', () => {
    expect(closure.nameOf('ex#Ping')).toBe('Aaa');
    expect(closure.nameOf('other#Node')).toBe('OtherNode');
    expect(closure.nameOf('ex#Node')).toBe('Node');
    expect(closure.nameOf('ex#Node$next')).toBe('Node');
    expect(closure.service.id).toBe('ex#Svc');
  });

  it('picks the service by id, and errors when it is ambiguous or not a service', () => {
    const two = loadModel([doc({ 'ex#A': { type: 'service', version: '1' }, 'ex#B': { type: 'service', version: '1' } })]);
    expect(serviceClosure(two, 'ex#B').operations).toEqual([]);
    expectModelError(() => serviceClosure(two), { message: /2 services \(ex#A, ex#B\)/ });
    expectModelError(() => serviceClosure(two, 'smithy.api#String'), { shapeId: 'smithy.api#String', message: /not a service/ });
    expectModelError(() => serviceClosure(loadModel([])), { message: /0 services \(none\)/ });
  });
});
