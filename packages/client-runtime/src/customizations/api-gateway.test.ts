/** API Gateway customisation: `Accept: application/json` on every request. */
import type { OperationSchema, ServiceSchema } from '@anvil/runtime';
import { describe, expect, it } from 'vitest';
import { apiGatewayCustomization } from './api-gateway.js';
import { sendWith, UNIT } from './__fixtures__/send.js';

const ApiGateway$: ServiceSchema = {
  id: 'com.amazonaws.apigateway#BackplaneControlService',
  name: 'BackplaneControlService',
  sdkId: 'API Gateway',
  version: '2015-07-09',
  protocol: 'restJson1',
  errors: [],
  auth: [],
};
const GetRestApis$: OperationSchema = {
  id: 'com.amazonaws.apigateway#GetRestApis',
  name: 'GetRestApis',
  input: { type: 'structure', name: 'GetRestApisRequest', members: { limit: { target: { type: 'integer' }, httpQuery: 'limit' } } },
  output: UNIT,
  errors: [],
  http: { method: 'GET', uri: '/restapis', code: 200 },
};

describe('apiGatewayCustomization', () => {
  it('sends Accept: application/json', async () => {
    const sent = await sendWith(ApiGateway$, GetRestApis$, { limit: 5 }, [apiGatewayCustomization]);
    expect(sent.url).toBe('https://example.com/restapis?limit=5');
    expect(sent.headers['accept']).toBe('application/json');
  });

  it('replaces an Accept header written in any case', async () => {
    const wire = { method: 'GET', path: '/restapis', query: [], headers: { Accept: 'text/html', 'x-other': '1' } };
    const out = await apiGatewayCustomization.finalizeRequest!({ service: ApiGateway$, operation: GetRestApis$, input: {} }, wire);
    expect(out.wire.headers).toEqual({ accept: 'application/json', 'x-other': '1' });
    expect(out.endpoint).toBeUndefined();
    expect(wire.headers).toEqual({ Accept: 'text/html', 'x-other': '1' });
  });
});
