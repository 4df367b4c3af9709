/** Test helper: run `Client.send` with customisations and a `fetch` that records what it is given. */
import { awsJson1_1, restJson1 } from '@anvil/runtime';
import type { OperationSchema, ServiceSchema } from '@anvil/runtime';
import { Client, ServiceException } from '../../index.js';
import type { Customization } from '../customization.js';

/** A request as `fetch` received it. */
export interface SentRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Send one call through a client whose binding lists `customizations` (no auth, endpoint `https://example.com`).
 * @returns what `fetch` received
 */
export async function sendWith(
  service: ServiceSchema,
  operation: OperationSchema,
  input: Record<string, unknown>,
  customizations: readonly Customization[],
): Promise<SentRequest> {
  let sent: SentRequest | undefined;
  const fetchFn = (async (url: string, init: RequestInit) => {
    const request = new Request(url, init);
    sent = { url, method: request.method, headers: Object.fromEntries(request.headers), body: await request.text() };
    return new Response('{}', { status: 200 });
  }) as typeof fetch;
  const codec = service.protocol === 'restJson1' ? restJson1 : awsJson1_1;
  const client = new Client(
    { service, errors: {}, baseException: ServiceException, codec, customizations },
    { endpoint: 'https://example.com', fetch: fetchFn },
  );
  await client.send(operation, input);
  if (!sent) throw new Error(`${operation.id}: nothing was sent`);
  return sent;
}

/** An output structure without members. */
export const UNIT = { type: 'structure', name: 'Unit', members: {} } as const;
