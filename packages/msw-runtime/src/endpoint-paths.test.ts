/**
 * Services whose endpoints carry a base path (Amazon Location: `…amazonaws.com/v2`): the handler
 * answers the `@http` URI with and without that path in front, and nothing else.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OperationSchema, ServiceSchema } from '@anvil/runtime';
import { createHandler } from './create-handler.js';

const S = { type: 'string' } as const;
const service: ServiceSchema = { id: 'x#Maps', name: 'Maps', sdkId: 'Geo Maps', version: '1', protocol: 'restJson1', errors: [], endpointPaths: ['/v2'] };
const GetGlyphs: OperationSchema<{ FontStack: string }, { Name?: string }> = {
  id: 'x#GetGlyphs',
  name: 'GetGlyphs',
  input: { type: 'structure', name: 'GetGlyphsRequest', members: { FontStack: { target: S, httpLabel: true, required: true } } },
  output: { type: 'structure', name: 'GetGlyphsResponse', members: { Name: { target: S } } },
  errors: [],
  http: { method: 'GET', uri: '/glyphs/{FontStack}', code: 200 },
};
const HOST = 'https://maps.geo.us-east-1.amazonaws.com';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('endpoint base paths', () => {
  it('answers /v2/glyphs/x and /glyphs/x with the label read from the URI, and leaves /v3/glyphs/x unhandled', async () => {
    const handler = createHandler(service, GetGlyphs, ({ input }) => ({ Name: input.FontStack }));
    server.use(handler);
    for (const path of ['/v2/glyphs/Arial', '/glyphs/Arial']) {
      const response = await fetch(`${HOST}${path}`);
      expect([response.status, await response.json()]).toEqual([200, { Name: 'Arial' }]);
    }
    await expect(fetch(`${HOST}/v3/glyphs/Arial`)).rejects.toThrow();
    expect(handler.calls.map((c) => c.input)).toEqual([{ FontStack: 'Arial' }, { FontStack: 'Arial' }]);
  });
});
