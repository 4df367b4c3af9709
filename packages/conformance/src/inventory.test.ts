/**
 * The inventory and its accounting on a small inline model: side selection (`appliesTo`, side
 * tags), malformed expansion, test services for unbound operations, and the reasons of cases
 * that cannot run.
 */
import { loadModel, listServices, type Model } from '@anvil/smithy-model';
import { describe, expect, it } from 'vitest';
import { casesOfService, testedServices, sidesOf } from './cases.js';
import { accountFor, findCases, inventoryKey } from './inventory.js';
import { notRunExplainer, serviceProtocol } from './not-run.js';
import { testServicesFor } from './test-services.js';

const REST = 'aws.protocols#restJson1';
const req = (id: string, extra: Record<string, unknown> = {}) => ({ id, protocol: REST, method: 'GET', uri: '/a', params: {}, ...extra });
const res = (id: string, extra: Record<string, unknown> = {}) => ({ id, protocol: REST, code: 200, params: {}, ...extra });

const SHAPES = {
  'ex#Svc': { type: 'service', version: '1', operations: [{ target: 'ex#A' }], traits: { [REST]: {} } },
  'ex#Rpc': { type: 'service', version: '1', operations: [{ target: 'ex#Other' }], traits: { 'aws.protocols#awsJson1_0': {} } },
  'ex#A': {
    type: 'operation',
    input: { target: 'smithy.api#Unit' },
    output: { target: 'smithy.api#Unit' },
    errors: [{ target: 'ex#E' }],
    traits: {
      'smithy.api#http': { method: 'GET', uri: '/a' },
      'smithy.test#httpRequestTests': [req('Both'), req('ClientOnly', { appliesTo: 'client' }), req('TaggedServer', { tags: ['server-only', 'defaults'] })],
      'smithy.test#httpResponseTests': [res('Both')],
      'smithy.test#httpMalformedRequestTests': [
        { id: 'Bad', protocol: REST, request: { method: 'GET', uri: '/a/$x:L' }, response: { code: 400 }, testParameters: { x: ['1', '2'] } },
      ],
    },
  },
  'ex#E': { type: 'structure', members: {}, traits: { 'smithy.api#error': 'client', 'smithy.test#httpResponseTests': [res('ErrorCase', { code: 400 })] } },
  'ex#Loose': {
    type: 'operation',
    traits: { 'smithy.api#http': { method: 'GET', uri: '/loose' }, 'smithy.test#httpRequestTests': [req('LooseServer', { uri: '/loose', appliesTo: 'server' })] },
  },
  'ex#Other': { type: 'operation', traits: { 'smithy.test#httpRequestTests': [req('WrongProtocol')] } },
  'ex#Orphan': { type: 'structure', members: {}, traits: { 'smithy.api#error': 'server', 'smithy.test#httpResponseTests': [res('OrphanError', { code: 500 })] } },
};

function model(extra: Record<string, unknown> = {}): Model {
  return loadModel([{ file: 'inline.json', json: { smithy: '2.0', shapes: { ...SHAPES, ...extra } } }]);
}

describe('side selection', () => {
  it('follows appliesTo, else a client-only / server-only tag, else both sides', () => {
    expect(sidesOf({ appliesTo: 'client' })).toEqual(['client']);
    expect(sidesOf({ appliesTo: 'server', tags: ['client-only'] })).toEqual(['mock']);
    expect(sidesOf({ tags: ['client-only'] })).toEqual(['client']);
    expect(sidesOf({ tags: ['defaults', 'server-only'] })).toEqual(['mock']);
    expect(sidesOf({ tags: ['client-only', 'server-only'] })).toEqual(['client', 'mock']);
    expect(sidesOf({ tags: ['defaults'] })).toEqual(['client', 'mock']);
  });
});

describe('inventory', () => {
  const m = model();
  const found = findCases(m);

  it('finds every JSON-protocol case on any shape, expanded per side and malformed parameter', () => {
    expect(found.map((c) => `${c.shape} ${c.kind} ${c.side} ${c.id} ${c.selectedBy}`).sort()).toEqual([
      'ex#A malformed mock Bad#0 none',
      'ex#A malformed mock Bad#1 none',
      'ex#A request client Both none',
      'ex#A request client ClientOnly appliesTo',
      'ex#A request mock Both none',
      'ex#A request mock TaggedServer tag',
      'ex#A response client Both none',
      'ex#A response mock Both none',
      'ex#E response client ErrorCase none',
      'ex#E response mock ErrorCase none',
      'ex#Loose request mock LooseServer appliesTo',
      'ex#Orphan response client OrphanError none',
      'ex#Orphan response mock OrphanError none',
      'ex#Other request client WrongProtocol none',
      'ex#Other request mock WrongProtocol none',
    ]);
  });

  it('collects the same cases from the service as the inventory has for it', () => {
    const keys = casesOfService(m, 'ex#Svc').map(inventoryKey).sort();
    expect(keys).toEqual(found.filter((c) => c.shape === 'ex#A' || c.shape === 'ex#E').map(inventoryKey).sort());
  });

  it('accounts results one to one', () => {
    const [first, second] = found;
    expect(accountFor([first!, second!], [first!, first!])).toEqual({ missing: [inventoryKey(second!)], extra: [inventoryKey(first!)] });
    expect(accountFor(found, found)).toEqual({ missing: [], extra: [] });
  });
});

describe('test services and not-run reasons', () => {
  it('binds operations no service binds to a test service of their tests protocol', () => {
    expect(testServicesFor(model())).toEqual([{ id: 'ex#RestJson1TestService', protocol: 'restJson1', operations: ['ex#Loose'] }]);
    expect(() => testServicesFor(model({ 'ex#RestJson1TestService': { type: 'structure', members: {} } }))).toThrow(
      'conformance: test service ex#RestJson1TestService for ex#Loose is already a shape of the model',
    );
  });

  it('explains every case that cannot run', () => {
    const m = model();
    expect(testedServices(m)).toEqual(['ex#Rpc', 'ex#Svc']);
    const scope = { services: listServices(m).map((s) => ({ id: s.id, protocol: serviceProtocol(m, s.id), ran: s.id === 'ex#Svc' })) };
    const explain = notRunExplainer(m, scope);
    const reason = (id: string) => explain(findCases(m).find((c) => c.id === id)!);
    expect(reason('WrongProtocol')).toBe('only ex#Rpc (awsJson1_0) binds it; a restJson1 case needs a restJson1 service');
    expect(reason('OrphanError')).toBe('no operation of any service can return ex#Orphan');
    expect(reason('LooseServer')).toBe('ex#Loose is bound to no service');
    expect(notRunExplainer(m, { ...scope, filter: 'Both' })(findCases(m).find((c) => c.id === 'Bad#0')!)).toBe('left out by --filter Both');
    const narrowed = notRunExplainer(m, { services: scope.services.map((s) => ({ ...s, ran: false })) });
    expect(narrowed(findCases(m).find((c) => c.id === 'ClientOnly')!)).toBe('left out by the services option (ex#Svc)');
  });
});
