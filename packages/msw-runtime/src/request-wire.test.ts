/**
 * Reading request bodies: a handler that does not match leaves the body to the next handler, whether its
 * protocol routes by headers (awsJson, matched on the request's head) or by the body (awsQuery, read from
 * a copy); a matched handler hands override functions and `calls` a request whose body can be read.
 */
import { gzip, type OperationSchema, type ProtocolName, type ServiceSchema, type StructureSchema } from '@anvil/runtime';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from './create-handler.js';
import { unhandledRequests } from './unhandled-requests.js';

const Input$: StructureSchema = { type: 'structure', id: 'ex.notes#Input', name: 'Input', members: { Text: { target: { type: 'string' }, required: true } } };
const Output$: StructureSchema = { type: 'structure', id: 'ex.notes#Output', name: 'Output', members: { Stored: { target: { type: 'integer' } } } };
const operation = (name: string, uri: string): OperationSchema<Record<string, unknown>, Record<string, unknown>> => ({
  id: `ex.notes#${name}`,
  name,
  input: () => Input$,
  output: () => Output$,
  errors: [],
  http: { method: 'POST', uri, code: 200 },
});
const PutNote$ = operation('PutNote', '/notes');
const DeleteNote$ = operation('DeleteNote', '/notes/delete');
const service = (protocol: ProtocolName): ServiceSchema => ({ id: 'ex.notes#Notes', name: 'Notes', sdkId: 'Notes', version: '2024-01-01', protocol, errors: [] });

const ENDPOINT = 'https://notes.example.com';
const server = setupServer();
beforeAll(() => server.listen(unhandledRequests('error')));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A plain msw handler after the generated ones: answers with the body text it reads. */
const echo = (path: string) => http.post(`${ENDPOINT}${path}`, async ({ request }) => HttpResponse.json({ echoed: await request.text() }));

const requests = {
  awsJson1_1: (op: string, body: string) =>
    fetch(`${ENDPOINT}/`, { method: 'POST', headers: { 'x-amz-target': `Notes.${op}`, 'content-type': 'application/x-amz-json-1.1' }, body }),
  restJson1: (op: string, body: string) =>
    fetch(`${ENDPOINT}${op === 'PutNote' ? '/notes' : '/notes/delete'}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
  awsQuery: (op: string, body: string) =>
    fetch(`${ENDPOINT}/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `Action=${op}&Version=2024-01-01&${body}` }),
};

describe('a handler that does not match', () => {
  it.each([
    ['awsJson1_1', '{"Text":"hello"}'],
    ['restJson1', '{"Text":"hello"}'],
    ['awsQuery', 'Text=hello'],
  ] as const)('%s: leaves the body readable for the next handler', async (protocol, body) => {
    const handler = createHandler(service(protocol), PutNote$, { Stored: 1 });
    server.use(handler, echo(protocol === 'restJson1' ? '/notes/delete' : '/'));
    const response = await requests[protocol]('DeleteNote', body);
    expect(response.status).toBe(200);
    const echoed = ((await response.json()) as { echoed: string }).echoed;
    expect(echoed).toBe(protocol === 'awsQuery' ? `Action=DeleteNote&Version=2024-01-01&${body}` : body);
    expect(handler.calls).toEqual([]);
  });

  it.each(['awsJson1_1', 'awsQuery'] as const)('%s: several handlers that do not match leave it too, and the right one answers', async (protocol) => {
    const put = createHandler(service(protocol), PutNote$, { Stored: 1 });
    const del = createHandler(service(protocol), DeleteNote$, { Stored: 2 });
    server.use(put, put, del);
    const response = await requests[protocol]('DeleteNote', protocol === 'awsQuery' ? 'Text=bye' : '{"Text":"bye"}');
    expect(response.status).toBe(200);
    expect(del.calls.map((c) => c.input)).toEqual([{ Text: 'bye' }]);
    expect(put.calls).toEqual([]);
  });
});

describe('a handler that matches', () => {
  it.each(['awsJson1_1', 'restJson1', 'awsQuery'] as const)('%s: hands the override and calls a request whose body can be read', async (protocol) => {
    const body = protocol === 'awsQuery' ? 'Text=hi' : '{"Text":"hi"}';
    let seen = '';
    const handler = createHandler(service(protocol), PutNote$, async ({ request }) => {
      seen = await request.clone().text();
      return { Stored: 7 };
    });
    server.use(handler);
    const response = await requests[protocol]('PutNote', body);
    expect(response.status).toBe(200);
    const sent = protocol === 'awsQuery' ? `Action=PutNote&Version=2024-01-01&${body}` : body;
    expect(seen).toBe(sent);
    expect(handler.calls).toHaveLength(1);
    expect(handler.calls[0]!.input).toEqual({ Text: 'hi' });
    expect(await handler.calls[0]!.request.text()).toBe(sent);
    expect(handler.calls[0]!.request.url).toBe(protocol === 'restJson1' ? `${ENDPOINT}/notes` : `${ENDPOINT}/`);
    expect(handler.calls[0]!.request.headers.get('content-type')).toMatch(/json|form/);
  });

  it('awsJson1_1: parses a gzip body and hands over the bytes as sent', async () => {
    const compressed = await gzip(new TextEncoder().encode('{"Text":"zipped"}'));
    const handler = createHandler(service('awsJson1_1'), PutNote$, { Stored: 3 });
    server.use(handler);
    const response = await fetch(`${ENDPOINT}/`, {
      method: 'POST',
      headers: { 'x-amz-target': 'Notes.PutNote', 'content-type': 'application/x-amz-json-1.1', 'content-encoding': 'gzip' },
      body: compressed as Uint8Array<ArrayBuffer>,
    });
    expect([response.status, await response.json()]).toEqual([200, { Stored: 3 }]);
    expect(handler.calls[0]!.input).toEqual({ Text: 'zipped' });
    expect(new Uint8Array(await handler.calls[0]!.request.arrayBuffer())).toEqual(compressed);
  });

  it('awsJson1_1: reads a body that arrives in several chunks', async () => {
    const parts = ['{"Te', 'xt":"chu', 'nked"}'].map((p) => new TextEncoder().encode(p));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of parts) controller.enqueue(part);
        controller.close();
      },
    });
    const handler = createHandler(service('awsJson1_1'), PutNote$, { Stored: 4 });
    server.use(handler);
    const init = { method: 'POST', headers: { 'x-amz-target': 'Notes.PutNote', 'content-type': 'application/x-amz-json-1.1' }, body, duplex: 'half' };
    const response = await fetch(`${ENDPOINT}/`, init as RequestInit);
    expect([response.status, await response.json()]).toEqual([200, { Stored: 4 }]);
    expect(handler.calls[0]!.input).toEqual({ Text: 'chunked' });
    expect(await handler.calls[0]!.request.text()).toBe('{"Text":"chunked"}');
  });

  it('awsJson1_1: does not take a request whose body an earlier handler consumed', async () => {
    const handler = createHandler(service('awsJson1_1'), PutNote$, { Stored: 1 });
    const consumer = http.post(`${ENDPOINT}/`, async ({ request }) => {
      await request.text();
      return undefined;
    });
    const fallback = http.post(`${ENDPOINT}/`, () => HttpResponse.text('fallback', { status: 418 }));
    server.use(consumer, handler, fallback);
    const response = await requests.awsJson1_1('PutNote', '{"Text":"x"}');
    expect([response.status, await response.text()]).toEqual([418, 'fallback']);
    expect(handler.calls).toEqual([]);
  });
});
