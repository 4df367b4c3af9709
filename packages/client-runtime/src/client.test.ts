import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  DrsLiteClient,
  DrsServiceException,
  InternalServerException,
  ResourceNotFoundException,
  RetryDataReplication$,
  Service$,
  deprecatedOperation,
  errors,
  fakeCodec,
  retryDataReplication,
} from './__fixtures__/service.js';
import { Client, MALFORMED_RESPONSE, SENSITIVE_STRING, ServiceException, UNKNOWN_ERROR, redact, resolveEndpoint, warnDeprecated, type RequestHandler, type WireRequest } from './index.js';

const ENDPOINT = 'https://drs.us-west-2.amazonaws.com';
const creds = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
/** Retries are covered in retry.test.ts; here one attempt keeps the assertions about single responses. */
const config = { region: 'us-west-2', credentials: creds, maxAttempts: 1 };

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Node-crypto Checksum, independent of the WebCrypto adapter under test. */
class NodeSha256 {
  private readonly parts: Uint8Array[] = [];
  private readonly secret: Buffer | undefined;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.secret =
      secret === undefined
        ? undefined
        : typeof secret === 'string'
          ? Buffer.from(secret, 'utf8')
          : secret instanceof ArrayBuffer
            ? Buffer.from(secret)
            : Buffer.from(secret.buffer, secret.byteOffset, secret.byteLength);
  }
  update(chunk: Uint8Array): void {
    this.parts.push(chunk);
  }
  reset(): void {
    this.parts.length = 0;
  }
  async digest(): Promise<Uint8Array> {
    const h = this.secret === undefined ? createHash('sha256') : createHmac('sha256', this.secret);
    for (const p of this.parts) h.update(p);
    return new Uint8Array(h.digest());
  }
}

function captureOnce(status = 200, body: unknown = { sourceServerID: 's-12345678901234567', arn: 'arn:x' }) {
  const seen: Request[] = [];
  server.use(
    http.post(`${ENDPOINT}/RetryDataReplication`, ({ request }) => {
      seen.push(request.clone());
      return HttpResponse.json(body as Record<string, unknown>, {
        status,
        headers: { 'x-amzn-RequestId': 'req-1', 'x-amz-id-2': 'ext-2', 'x-amz-cf-id': 'cf-3' },
      });
    }),
  );
  return seen;
}

describe('Client.send success', () => {
  it('returns the parsed output with $metadata', async () => {
    const seen = captureOnce();
    const out = await retryDataReplication(new DrsLiteClient(config), { sourceServerID: 's-12345678901234567' });
    expect(out).toEqual({
      sourceServerID: 's-12345678901234567',
      arn: 'arn:x',
      $metadata: { httpStatusCode: 200, requestId: 'req-1', extendedRequestId: 'ext-2', cfId: 'cf-3', attempts: 1, totalRetryDelay: 0 },
    });
    expect(seen).toHaveLength(1);
    const req = seen[0]!;
    expect(req.url).toBe(`${ENDPOINT}/RetryDataReplication?mode=a%20b&mode=c`);
    expect(await req.text()).toBe('{"sourceServerID":"s-12345678901234567"}');
    expect(req.headers.get('content-type')).toBe('application/json');
  });

  it('signs with SigV4 so that an independent recomputation matches', async () => {
    const seen = captureOnce();
    await retryDataReplication(
      new DrsLiteClient({ region: 'us-west-2', credentials: { ...creds, sessionToken: 'tok/en+=' } }),
      { sourceServerID: 's-1' },
    );
    const req = seen[0]!;
    const auth = req.headers.get('authorization')!;
    expect(auth).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-west-2\/drs\/aws4_request, SignedHeaders=content-length;content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$/,
    );
    expect(req.headers.get('x-amz-security-token')).toBe('tok/en+=');
    const amzDate = req.headers.get('x-amz-date')!;
    const body = new Uint8Array(await req.arrayBuffer());
    expect(req.headers.get('x-amz-content-sha256')).toBe(createHash('sha256').update(body).digest('hex'));

    const url = new URL(req.url);
    const headers: Record<string, string> = {};
    for (const name of ['content-length', 'content-type', 'x-amz-content-sha256', 'x-amz-security-token']) {
      headers[name] = req.headers.get(name) ?? String(body.byteLength);
    }
    headers.host = url.host;
    const query: Record<string, string | string[]> = {};
    for (const [k, v] of url.searchParams) {
      const prev = query[k];
      query[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
    const signer = new SignatureV4({
      service: 'drs',
      region: 'us-west-2',
      credentials: { ...creds, sessionToken: 'tok/en+=' },
      sha256: NodeSha256,
    });
    const signingDate = new Date(
      `${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`,
    );
    const expected = await signer.sign(
      { method: req.method, protocol: url.protocol, hostname: url.hostname, path: url.pathname, query, headers, body },
      { signingDate },
    );
    expect(expected.headers.authorization).toBe(auth);
    // a tampered body must not verify
    const tampered = await signer.sign(
      { method: req.method, protocol: url.protocol, hostname: url.hostname, path: url.pathname, query, headers: { ...headers, 'x-amz-content-sha256': 'x' }, body },
      { signingDate },
    );
    expect(tampered.headers.authorization).not.toBe(auth);
  });

  it('calls a credentials provider once and caches its result', async () => {
    captureOnce();
    const provider = vi.fn(async () => creds);
    const client = new DrsLiteClient({ region: 'us-west-2', credentials: provider });
    await retryDataReplication(client, { sourceServerID: 's-1' });
    await retryDataReplication(client, { sourceServerID: 's-2' });
    expect(provider).toHaveBeenCalledTimes(1);
  });

  it('sends through a custom requestHandler: it gets the signed request (with host) and answers plain bytes', async () => {
    const seen: WireRequest[] = [];
    const requestHandler: RequestHandler = async (request) => {
      seen.push(request);
      return { status: 200, headers: { 'x-amzn-requestid': 'handler-req' }, body: new TextEncoder().encode('{"arn":"arn:handler"}') };
    };
    const client = new DrsLiteClient({ ...config, requestHandler, fetch: () => Promise.reject(new Error('fetch must not be used')) });
    const out = await retryDataReplication(client, { sourceServerID: 's-1' });
    expect(out).toEqual({ arn: 'arn:handler', $metadata: { httpStatusCode: 200, requestId: 'handler-req', attempts: 1, totalRetryDelay: 0 } });
    expect(seen).toHaveLength(1);
    const sent = seen[0]!;
    expect(sent.method).toBe('POST');
    expect(sent.url).toBe(`${ENDPOINT}/RetryDataReplication?mode=a%20b&mode=c`);
    expect(sent.headers.host).toBe('drs.us-west-2.amazonaws.com');
    expect(sent.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-west-2\/drs\/aws4_request, /);
    expect(new TextDecoder().decode(sent.body)).toBe('{"sourceServerID":"s-1"}');
  });

  it('never calls the requestHandler when the call is already aborted, and hands it the signal otherwise', async () => {
    const signals: Array<AbortSignal | undefined> = [];
    const requestHandler: RequestHandler = async (request) => {
      signals.push(request.signal);
      return { status: 200, headers: {} };
    };
    const client = new DrsLiteClient({ ...config, requestHandler });
    const aborted = new AbortController();
    aborted.abort(new Error('stop'));
    await expect(retryDataReplication(client, { sourceServerID: 's-1' }, { abortSignal: aborted.signal })).rejects.toThrow('stop');
    expect(signals).toEqual([]);
    const live = new AbortController();
    await retryDataReplication(client, { sourceServerID: 's-1' }, { abortSignal: live.signal });
    await retryDataReplication(client, { sourceServerID: 's-1' });
    expect(signals).toEqual([live.signal, undefined]);
  });

  it('turns a rejecting requestHandler into a retried NetworkError', async () => {
    let calls = 0;
    const requestHandler: RequestHandler = async () => {
      calls++;
      throw new Error('socket hang up');
    };
    const client = new DrsLiteClient({ ...config, maxAttempts: 2, retryOptions: { baseDelay: 1 }, requestHandler });
    const error = await retryDataReplication(client, { sourceServerID: 's-1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DrsServiceException);
    expect(error).toMatchObject({ name: 'NetworkError', $fault: 'client', $metadata: { attempts: 2 } });
    expect((error as Error).message).toContain('socket hang up');
    expect(calls).toBe(2);
  });

  it('rejects with an error stating the transport contract when a requestHandler resolves no response (not retried)', async () => {
    const answers: unknown[] = [undefined, null, { status: 200 }, { status: '200', headers: {} }, { status: 200, headers: {}, body: 'text' }];
    const problems = [
      'resolved undefined;',
      'resolved null;',
      'resolved an object whose headers are undefined;',
      'resolved an object whose status is a string;',
      'resolved an object whose body is a string;',
    ];
    for (const [i, answer] of answers.entries()) {
      let calls = 0;
      const requestHandler = (async () => {
        calls++;
        return answer;
      }) as RequestHandler;
      const client = new DrsLiteClient({ ...config, maxAttempts: 3, retryOptions: { baseDelay: 1 }, requestHandler });
      const error = await retryDataReplication(client, { sourceServerID: 's-1' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TypeError);
      const message = (error as Error).message;
      expect(message).toContain(`The requestHandler answering com.example.drs#RetryDataReplication (POST ${ENDPOINT}/RetryDataReplication`);
      expect(message).toContain(problems[i]);
      expect(message).toContain('a requestHandler must resolve { status: number, headers: Record<string, string> (lower-case names), body?: Uint8Array }');
      expect(calls).toBe(1);
    }
  });

  it('uses a custom fetch instead of the global one', async () => {
    const calls: Array<[string, RequestInit | undefined]> = [];
    const fetchFn = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
      calls.push([String(input), init]);
      return new Response('{"arn":"arn:custom"}', { status: 200, headers: { 'x-amzn-requestid': 'custom-req' } });
    });
    const out = await retryDataReplication(new DrsLiteClient({ ...config, fetch: fetchFn as typeof fetch }), { sourceServerID: 's-1' });
    expect(out).toEqual({ arn: 'arn:custom', $metadata: { httpStatusCode: 200, requestId: 'custom-req', attempts: 1, totalRetryDelay: 0 } });
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toBe(`${ENDPOINT}/RetryDataReplication?mode=a%20b&mode=c`);
    const sentHeaders = calls[0]![1]!.headers as Record<string, string>;
    expect(sentHeaders.host).toBeUndefined();
    expect(sentHeaders['content-length']).toBeUndefined();
    expect(sentHeaders.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
  });

  it('sends to an endpoint override with a base path and port', async () => {
    const seen: Request[] = [];
    server.use(
      http.post('http://localhost:4566/base/RetryDataReplication', ({ request }) => {
        seen.push(request);
        return HttpResponse.json({ arn: 'arn:local' });
      }),
    );
    const out = await retryDataReplication(new DrsLiteClient({ ...config, endpoint: new URL('http://localhost:4566/base/') }), {
      sourceServerID: 's-1',
    });
    expect(out.arn).toBe('arn:local');
    expect(seen[0]!.headers.get('authorization')).toContain('/us-west-2/drs/aws4_request');
  });

  it('takes the region from AWS_REGION and fails clearly without one', async () => {
    server.use(http.post('https://drs.eu-central-1.amazonaws.com/RetryDataReplication', () => HttpResponse.json({ arn: 'arn:eu' })));
    vi.stubEnv('AWS_REGION', 'eu-central-1');
    vi.stubEnv('AWS_DEFAULT_REGION', '');
    try {
      const out = await retryDataReplication(new DrsLiteClient({ credentials: creds }), { sourceServerID: 's-1' });
      expect(out.arn).toBe('arn:eu');
      vi.stubEnv('AWS_REGION', '');
      await expect(retryDataReplication(new DrsLiteClient({ credentials: creds }), { sourceServerID: 's-1' })).rejects.toThrow(
        'No region for com.example.drs#ElasticDisasterRecoveryService: pass `region` in the client config or set AWS_REGION',
      );
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('fails clearly without credentials', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', '');
    try {
      await expect(retryDataReplication(new DrsLiteClient({ region: 'us-west-2' }), { sourceServerID: 's-1' })).rejects.toThrow(
        /^No AWS credentials for com\.example\.drs#ElasticDisasterRecoveryService/,
      );
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('sends unsigned requests when the service has no sigv4 trait', async () => {
    const seen: Request[] = [];
    server.use(
      http.post('https://open.example.com/RetryDataReplication', ({ request }) => {
        seen.push(request);
        return HttpResponse.json({});
      }),
    );
    const { sigv4: _drop, ...unsigned } = Service$;
    const client = new Client(
      { service: unsigned, errors, baseException: DrsServiceException, codec: fakeCodec },
      { endpoint: 'https://open.example.com' },
    );
    const out = await client.send(RetryDataReplication$, { sourceServerID: 's-1' });
    expect(out).toEqual({ $metadata: { httpStatusCode: 200, attempts: 1, totalRetryDelay: 0 } });
    expect(seen[0]!.headers.get('authorization')).toBeNull();
    expect(seen[0]!.headers.get('x-amz-date')).toBeNull();
    // a binding with neither a rule set nor defaultEndpoint (hand-written) knows no default host
    await expect(new Client({ service: unsigned, errors, baseException: DrsServiceException, codec: fakeCodec }, { region: 'us-east-1' }).send(RetryDataReplication$, { sourceServerID: 's-1' })).rejects.toThrow(
      `No endpoint for ${Service$.id}: pass \`endpoint\` in the client config (the client binding has no endpointResolver or defaultEndpoint)`,
    );
  });

  it('passes the abort signal to fetch', async () => {
    server.use(http.post(`${ENDPOINT}/RetryDataReplication`, () => HttpResponse.json({})));
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(
      retryDataReplication(new DrsLiteClient(config), { sourceServerID: 's-1' }, { abortSignal: controller.signal }),
    ).rejects.toThrow('stop');
  });
});

describe('Client.send errors', () => {
  it('throws the modeled error class with members and metadata', async () => {
    server.use(
      http.post(`${ENDPOINT}/RetryDataReplication`, () =>
        HttpResponse.json(
          { message: 'no such server', code: 'E1', resourceId: 's-1', resourceType: 'SOURCE_SERVER' },
          { status: 404, headers: { 'x-amzn-errortype': 'ResourceNotFoundException:http://internal', 'x-amzn-requestid': 'req-404' } },
        ),
      ),
    );
    const error = await retryDataReplication(new DrsLiteClient(config), { sourceServerID: 's-1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toBeInstanceOf(DrsServiceException);
    expect(error).toBeInstanceOf(ServiceException);
    const e = error as ResourceNotFoundException;
    expect(e.name).toBe('ResourceNotFoundException');
    expect(e.$fault).toBe('client');
    expect(e.message).toBe('no such server');
    expect([e.code, e.resourceId, e.resourceType]).toEqual(['E1', 's-1', 'SOURCE_SERVER']);
    expect(e.$metadata).toEqual({ httpStatusCode: 404, requestId: 'req-404', attempts: 1, totalRetryDelay: 0 });
    expect(e.$response?.status).toBe(404);
    expect(Object.keys(e)).not.toContain('$response');
  });

  it('resolves service-level errors with a server fault', async () => {
    server.use(
      http.post(`${ENDPOINT}/RetryDataReplication`, () =>
        HttpResponse.json({ __type: 'com.example.drs#InternalServerException', message: 'boom', retryAfterSeconds: 5 }, { status: 500 }),
      ),
    );
    const e = (await retryDataReplication(new DrsLiteClient(config), { sourceServerID: 's-1' }).catch((x: unknown) => x)) as InternalServerException;
    expect(e).toBeInstanceOf(InternalServerException);
    expect([e.name, e.$fault, e.message, e.retryAfterSeconds, e.$metadata.httpStatusCode]).toEqual([
      'InternalServerException',
      'server',
      'boom',
      5,
      500,
    ]);
  });

  it('throws the base exception named after an unknown code', async () => {
    server.use(
      http.post(`${ENDPOINT}/RetryDataReplication`, () =>
        HttpResponse.json({ message: 'slow down', extra: 1 }, { status: 429, headers: { 'x-amzn-errortype': 'ThrottlingException', 'x-amzn-requestid': 'req-429' } }),
      ),
    );
    const e = (await retryDataReplication(new DrsLiteClient(config), { sourceServerID: 's-1' }).catch((x: unknown) => x)) as DrsServiceException;
    expect(e.constructor).toBe(DrsServiceException);
    expect([e.name, e.$fault, e.message]).toEqual(['ThrottlingException', 'client', 'slow down']);
    expect((e as unknown as { extra: number }).extra).toBe(1);
    expect(e.$metadata).toEqual({ httpStatusCode: 429, requestId: 'req-429', attempts: 1, totalRetryDelay: 0 });
  });

  it('turns an HTML 502 from a proxy into a typed server error', async () => {
    server.use(
      http.post(`${ENDPOINT}/RetryDataReplication`, () =>
        new HttpResponse('<html><body>Bad Gateway</body></html>', {
          status: 502,
          headers: { 'content-type': 'text/html', 'x-amzn-requestid': 'req-502' },
        }),
      ),
    );
    const e = (await retryDataReplication(new DrsLiteClient(config), { sourceServerID: 's-1' }).catch((x: unknown) => x)) as DrsServiceException;
    expect(e).toBeInstanceOf(DrsServiceException);
    expect(e.name).toBe(UNKNOWN_ERROR);
    expect(e.$fault).toBe('server');
    expect(e.$metadata).toEqual({ httpStatusCode: 502, requestId: 'req-502', attempts: 1, totalRetryDelay: 0 });
    expect(e.message).toMatch(
      /^HTTP 502 from com\.example\.drs#RetryDataReplication with an unreadable restJson1 error body \(content-type text\/html, 37 bytes\): SerializationError: /,
    );
    expect((e.cause as Error).name).toBe('SerializationError');
  });

  it('turns a non-JSON 2xx body into a typed error, not a SyntaxError', async () => {
    server.use(
      http.post(`${ENDPOINT}/RetryDataReplication`, () =>
        new HttpResponse('not json', { status: 200, headers: { 'x-amzn-requestid': 'req-200' } }),
      ),
    );
    const e = (await retryDataReplication(new DrsLiteClient(config), { sourceServerID: 's-1' }).catch((x: unknown) => x)) as DrsServiceException;
    expect(e).toBeInstanceOf(DrsServiceException);
    expect([e.name, e.$fault]).toEqual([MALFORMED_RESPONSE, 'server']);
    expect(e.$metadata).toEqual({ httpStatusCode: 200, requestId: 'req-200', attempts: 1, totalRetryDelay: 0 });
    expect(e.message).toMatch(/^Cannot parse the HTTP 200 restJson1 response of com\.example\.drs#RetryDataReplication/);
  });
});

describe('deprecated operations', () => {
  /** What a generated function of a `@deprecated` operation passes to `send`. */
  const deprecated = { warnDeprecated };

  it('warns once per operation, through the logger', async () => {
    server.use(http.post(`${ENDPOINT}/RetryDataReplication`, () => HttpResponse.json({})));
    const warn = vi.fn();
    const client = new DrsLiteClient({ ...config, logger: { warn } });
    const op = deprecatedOperation('com.example.drs#OldOne', 'use NewOne');
    await client.send(op, { sourceServerID: 's-1' }, {}, deprecated);
    await client.send(op, { sourceServerID: 's-1' }, {}, deprecated);
    await new DrsLiteClient({ ...config, logger: { warn } }).send(op, {}, {}, deprecated);
    expect(warn.mock.calls).toEqual([['Operation com.example.drs#OldOne is deprecated since 2024-01-01: use NewOne']]);
  });

  it('falls back to console.warn and can be switched off', async () => {
    server.use(http.post(`${ENDPOINT}/RetryDataReplication`, () => HttpResponse.json({})));
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await new DrsLiteClient({ ...config, deprecationWarnings: false }).send(deprecatedOperation('com.example.drs#Quiet'), {}, {}, deprecated);
      expect(spy).not.toHaveBeenCalled();
      await new DrsLiteClient(config).send(deprecatedOperation('com.example.drs#Loud'), {}, {}, deprecated);
      await new DrsLiteClient(config).send(deprecatedOperation('com.example.drs#Loud'), {}, {}, deprecated);
      expect(spy.mock.calls).toEqual([['Operation com.example.drs#Loud is deprecated']]);
      // the warning comes with the generated operation function's binding: a bare send carries none
      await new DrsLiteClient(config).send(deprecatedOperation('com.example.drs#Unbound'), {});
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('debug logs', () => {
  it('redact with the binding\'s redact, log values as they are with redact: false, and leave them out without either', async () => {
    server.use(http.post(`${ENDPOINT}/RetryDataReplication`, () => HttpResponse.json({})));
    const secret: typeof RetryDataReplication$ = {
      ...RetryDataReplication$,
      input: { type: 'structure', name: 'SecretInput', members: { sourceServerID: { target: { type: 'string' }, sensitive: true } } },
    };
    const inputs = async (binding: Partial<ConstructorParameters<typeof Client>[0]>) => {
      const debug = vi.fn();
      const client = new Client({ service: Service$, errors, baseException: DrsServiceException, codec: fakeCodec, defaultEndpoint: resolveEndpoint, ...binding }, { ...config, logger: { warn: () => {}, debug } });
      await client.send(secret, { sourceServerID: 's-1' });
      return debug.mock.calls.find(([line]) => line === `${secret.id} request`)![1] as { input: unknown };
    };
    expect((await inputs({ redact })).input).toEqual({ sourceServerID: SENSITIVE_STRING });
    expect((await inputs({ redact: false })).input).toEqual({ sourceServerID: 's-1' });
    expect((await inputs({})).input).toBe('[not logged: the client binding has no redact]');
  });
});
