import type { HttpRequest, OperationSchema, ServiceSchema } from '@anvil/runtime';
import { describe, expect, it } from 'vitest';
import { claimedByPrecedingRoute, precedingRoutes, type ServiceRoutes } from './route-precedence.js';

const service = (protocol: ServiceSchema['protocol']): ServiceSchema => ({ id: 'ex#Svc', name: 'Svc', sdkId: 'Svc', version: '1', protocol, errors: [] });
const operation = (method: string, uri: string): OperationSchema => ({
  id: `ex#${method}${uri}`,
  name: 'Op',
  input: { type: 'structure', name: 'In', members: {} },
  output: { type: 'structure', name: 'Out', members: {} },
  errors: [],
  http: { method, uri, code: 200 },
});
const ROUTES: ServiceRoutes = [
  { method: 'GET', uri: '/things/count' },
  { method: 'GET', uri: '/things/{id}' },
  { method: 'GET', uri: '/things/{id}?view=full' },
  { method: 'DELETE', uri: '/things/count' },
  { method: 'GET', uri: '/things/{rest+}' },
];
const get = (path: string, query: Array<[string, string]> = []): HttpRequest => ({ method: 'GET', path, query, headers: {} });

describe('precedingRoutes', () => {
  it('keeps the strictly more specific routes of the same method', () => {
    const preceding = precedingRoutes(service('restJson1'), operation('GET', '/things/{id}'), ROUTES);
    expect(preceding.map((p) => p.segments.map((s) => (s.kind === 'literal' ? s.value : `{${s.name}}`)).join('/'))).toEqual(['things/count', 'things/{id}']);
    expect(precedingRoutes(service('restJson1'), operation('GET', '/things/count'), ROUTES)).toEqual([]);
    expect(precedingRoutes(service('restJson1'), operation('get', '/things/{rest+}'), ROUTES)).toHaveLength(3);
  });

  it('is empty for protocols not routed by @http, and without a route table', () => {
    expect(precedingRoutes(service('awsJson1_1'), operation('GET', '/things/{id}'), ROUTES)).toEqual([]);
    expect(precedingRoutes(service('restJson1'), operation('GET', '/things/{id}'), undefined)).toEqual([]);
  });
});

describe('claimedByPrecedingRoute', () => {
  const preceding = precedingRoutes(service('restJson1'), operation('GET', '/things/{id}'), ROUTES);
  it('claims a request a more specific route matches, path and literal query', () => {
    expect(claimedByPrecedingRoute(preceding, get('/things/count'))).toBe(true);
    expect(claimedByPrecedingRoute(preceding, get('/things/abc', [['view', 'full']]))).toBe(true);
    expect(claimedByPrecedingRoute(preceding, get('/things/abc', [['view', 'short']]))).toBe(false);
    expect(claimedByPrecedingRoute(preceding, get('/things/abc'))).toBe(false);
  });
  it('tolerates a trailing slash only when the handler does', () => {
    expect(claimedByPrecedingRoute(preceding, get('/things/count/'))).toBe(false);
    expect(claimedByPrecedingRoute(preceding, get('/things/count/'), { trailingSlash: true })).toBe(true);
  });
});
