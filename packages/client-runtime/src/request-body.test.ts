/** `@requestCompression`, `@httpChecksumRequired` and `@awsQueryCompatible` through `Client.send` with the real codecs. */
import { awsJson1_0, gunzip, restJson1, utf8Decode, utf8Encode } from '@anvil/runtime';
import type { HttpRequest, OperationSchema, ServiceSchema, StructureSchema } from '@anvil/runtime';
import { describe, expect, it } from 'vitest';
import { Client, ServiceException } from './index.js';
import type { ClientConfig } from './index.js';
import { md5 } from './md5.js';
import { ALL_BODY_ENCODERS, compressionSettings, encodeRequestBody, requestCompression } from './request-body.js';

const PutInput$: StructureSchema = {
  type: 'structure',
  name: 'PutInput',
  members: {
    encoding: { target: { type: 'string' }, httpHeader: 'Content-Encoding' },
    data: { target: { type: 'string' } },
  },
};
const Put$: OperationSchema = {
  id: 'ex#Put',
  name: 'Put',
  input: PutInput$,
  output: { type: 'structure', name: 'Unit', members: {} },
  errors: [],
  http: { method: 'POST', uri: '/put', code: 200 },
  requestCompression: { encodings: ['br', 'gzip'] },
};
const Svc$: ServiceSchema = { id: 'ex#Svc', name: 'Svc', sdkId: 'Svc', version: '1', protocol: 'restJson1', errors: [], auth: [] };

interface Sent {
  headers: Record<string, string>;
  body: Uint8Array;
}

/** A `fetch` that records the request it is given and answers `{}`. */
function capturingFetch(): { fetch: typeof fetch; sent: () => Sent } {
  let sent: Sent | undefined;
  const fetchFn = (async (url: string, init: RequestInit) => {
    const request = new Request(url, init);
    sent = { headers: Object.fromEntries(request.headers), body: new Uint8Array(await request.arrayBuffer()) };
    return new Response('{}', { status: 200 });
  }) as typeof fetch;
  return { fetch: fetchFn, sent: () => sent! };
}

async function send(
  operation: OperationSchema,
  input: Record<string, unknown>,
  config: ClientConfig = {},
  service = Svc$,
  bodyEncoders = ALL_BODY_ENCODERS,
): Promise<Sent> {
  const capture = capturingFetch();
  const codec = service.protocol === 'restJson1' ? restJson1 : awsJson1_0;
  const client = new Client({ service, errors: {}, baseException: ServiceException, codec, bodyEncoders }, { endpoint: 'https://example.com', fetch: capture.fetch, ...config });
  await client.send(operation, input);
  return capture.sent();
}

describe('@requestCompression', () => {
  const big = 'x'.repeat(10240);

  it('gzips bodies of at least 10240 bytes and appends gzip to Content-Encoding', async () => {
    const sent = await send(Put$, { data: big, encoding: 'custom' });
    expect(sent.headers['content-encoding']).toBe('custom, gzip');
    expect(JSON.parse(utf8Decode(await gunzip(sent.body)))).toEqual({ data: big });
    expect((await send(Put$, { data: big })).headers['content-encoding']).toBe('gzip');
  });

  it('leaves small bodies, disabled clients, unsupported encodings and streaming inputs alone', async () => {
    const small = await send(Put$, { data: 'x'.repeat(100) });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(utf8Decode(small.body)).toBe(`{"data":"${'x'.repeat(100)}"}`);
    expect((await send(Put$, { data: 'x'.repeat(100) }, { requestMinCompressionSizeBytes: 0 })).headers['content-encoding']).toBe('gzip');
    expect((await send(Put$, { data: big }, { disableRequestCompression: true })).headers['content-encoding']).toBeUndefined();
    expect((await send({ ...Put$, requestCompression: { encodings: ['br'] } }, { data: big })).headers['content-encoding']).toBeUndefined();
    const Stream$: OperationSchema = {
      ...Put$,
      input: { type: 'structure', name: 'StreamInput', members: { body: { target: { type: 'blob', streaming: true }, httpPayload: true } } },
    };
    const streamed = await send(Stream$, { body: utf8Encode(big) });
    expect(streamed.headers['content-encoding']).toBeUndefined();
    expect(streamed.body.length).toBe(10240);
  });

  it('checks requestMinCompressionSizeBytes', () => {
    expect(compressionSettings({}, 's')).toEqual({ disabled: false, minBytes: 10240 });
    expect(compressionSettings({ requestMinCompressionSizeBytes: 10485760, disableRequestCompression: true }, 's')).toEqual({ disabled: true, minBytes: 10485760 });
    for (const bad of [-1, 10485761, 1.5, NaN]) {
      expect(() => new Client({ service: Svc$, errors: {}, baseException: ServiceException, codec: restJson1, bodyEncoders: [requestCompression] }, { requestMinCompressionSizeBytes: bad })).toThrow(
        `requestMinCompressionSizeBytes for ex#Svc must be an integer from 0 to 10485760, got ${bad}`,
      );
    }
    // a client of a service without @requestCompression (no requestCompression encoder) never reads the option
    expect(new Client({ service: Svc$, errors: {}, baseException: ServiceException, codec: restJson1 }, { requestMinCompressionSizeBytes: -1 })).toBeInstanceOf(Client);
  });
});

describe('@httpChecksumRequired', () => {
  const Checked$: OperationSchema = {
    id: 'ex#Checked',
    name: 'Checked',
    input: { type: 'structure', name: 'CheckedInput', members: { foo: { target: { type: 'string' } } } },
    output: { type: 'structure', name: 'Unit', members: {} },
    errors: [],
    http: { method: 'POST', uri: '/checked', code: 200 },
    httpChecksumRequired: true,
  };

  it('sends Content-MD5 of the body as sent', async () => {
    // RestJsonHttpChecksumRequired: md5('{"foo":"base64 encoded md5 checksum"}')
    const sent = await send(Checked$, { foo: 'base64 encoded md5 checksum' });
    expect(utf8Decode(sent.body)).toBe('{"foo":"base64 encoded md5 checksum"}');
    expect(sent.headers['content-md5']).toBe('iB0/3YSo7maijL0IGOgA9g==');
  });

  it('hashes the compressed body, an empty body, and keeps a Content-MD5 already set', async () => {
    const both: OperationSchema = { ...Checked$, requestCompression: { encodings: ['gzip'] } };
    const wire: HttpRequest = { method: 'POST', path: '/', query: [], headers: {}, body: utf8Encode('abc') };
    const out = await encodeRequestBody(both, wire, { disabled: false, minBytes: 0 }, ALL_BODY_ENCODERS);
    expect(out.headers['content-md5']).toBe(Buffer.from(md5(out.body!)).toString('base64'));
    expect(utf8Decode(await gunzip(out.body!))).toBe('abc');
    expect((await encodeRequestBody(Checked$, { ...wire, body: undefined }, { disabled: false, minBytes: 0 }, ALL_BODY_ENCODERS)).headers['content-md5']).toBe('1B2M2Y8AsgTpgAmY7PhCfg==');
    const preset = { ...wire, headers: { 'Content-MD5': 'given' } };
    expect(await encodeRequestBody(Checked$, preset, { disabled: false, minBytes: 0 }, ALL_BODY_ENCODERS)).toBe(preset);
  });
});

describe('@awsQueryCompatible', () => {
  const Custom$: StructureSchema = {
    type: 'structure',
    id: 'q#CustomCodeError',
    name: 'CustomCodeError',
    error: 'client',
    awsQueryError: { code: 'Customized', httpResponseCode: 402 },
    members: { message: { target: { type: 'string' } } },
  };
  const Op$: OperationSchema = { id: 'q#Op', name: 'Op', input: { type: 'structure', name: 'Unit', members: {} }, output: { type: 'structure', name: 'Unit', members: {} }, errors: [Custom$] };
  const Query$: ServiceSchema = { id: 'q#Svc', name: 'Svc', sdkId: 'Svc', version: '1', protocol: 'awsJson1_0', errors: [], auth: [], awsQueryCompatible: true };

  it('sends x-amzn-query-mode: true', async () => {
    expect((await send(Op$, {}, {}, Query$)).headers['x-amzn-query-mode']).toBe('true');
  });

  it('exposes the x-amzn-query-error code and type on the exception', async () => {
    const fetchFn = (async () =>
      new Response('{"__type":"q#CustomCodeError","message":"Hi"}', {
        status: 400,
        headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-query-error': 'Customized;Sender' },
      })) as typeof fetch;
    const client = new Client({ service: Query$, errors: {}, baseException: ServiceException, codec: awsJson1_0 }, { endpoint: 'https://example.com', fetch: fetchFn, maxAttempts: 1 });
    const error = (await client.send(Op$, {}).catch((e: unknown) => e)) as ServiceException;
    expect(error.name).toBe('CustomCodeError');
    expect(error.message).toBe('Hi');
    expect(error.$queryError).toEqual({ code: 'Customized', type: 'Sender' });
    expect(Object.keys(error)).not.toContain('$queryError');
  });
});

describe('body encoders are opt-in per client', () => {
  it('a client without bodyEncoders sends the body as serialised', async () => {
    const sent = await send(Put$, { data: 'x'.repeat(20_000) }, { requestMinCompressionSizeBytes: 0 }, Svc$, []);
    expect(sent.headers['content-encoding']).toBeUndefined();
    expect(utf8Decode(sent.body)).toBe(`{"data":"${'x'.repeat(20_000)}"}`);
  });
});
