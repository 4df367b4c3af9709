/** Idempotency tokens are filled once per call and reused by every retry (real restJson1 codec). */
import type { OperationSchema, ServiceSchema, StructureSchema } from '@anvil/runtime';
import { restJson1 } from '@anvil/runtime';
import { describe, expect, it } from 'vitest';
import { Client, ServiceException } from './index.js';

const Input$: StructureSchema = {
  type: 'structure', name: 'StartInput',
  members: { clientToken: { target: { type: 'string' }, idempotencyToken: true }, name: { target: { type: 'string' } } },
};
const Start$: OperationSchema = {
  id: 'com.example#Start', name: 'Start', input: Input$, output: { type: 'structure', name: 'Out', members: {} }, errors: [],
  http: { method: 'POST', uri: '/start', code: 200 },
};
const Svc$: ServiceSchema = { id: 'com.example#Svc', name: 'Svc', sdkId: 'Svc', version: '1', protocol: 'restJson1', errors: [] };

describe('idempotency tokens', () => {
  it('fills a missing token once and sends it on every attempt; keeps a given one', async () => {
    const bodies: string[] = [];
    let n = 0;
    const fetchFn = (async (_url: string, init: RequestInit) => {
      bodies.push(new TextDecoder().decode(init.body as Uint8Array));
      return new Response('{}', { status: ++n === 1 ? 503 : 200 });
    }) as typeof fetch;
    const client = new Client(
      { service: Svc$, errors: {}, baseException: ServiceException, codec: restJson1 },
      { endpoint: 'https://svc.example.com', fetch: fetchFn, idempotencyToken: () => 'tok-1', retryOptions: { baseDelay: 1 } },
    );
    const out = await client.send(Start$, { name: 'x' });
    expect(out.$metadata.attempts).toBe(2);
    expect(bodies).toEqual(['{"clientToken":"tok-1","name":"x"}', '{"clientToken":"tok-1","name":"x"}']);
    await client.send(Start$, { name: 'y', clientToken: 'mine' });
    expect(bodies[2]).toBe('{"clientToken":"mine","name":"y"}');
  });
});
