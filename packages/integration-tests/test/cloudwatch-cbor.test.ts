/**
 * CloudWatch over rpcv2Cbor, end to end. The corpus model (`$ANVIL_SHARED/models/api-models-aws-2026-04/cloudwatch`,
 * which declares rpcv2Cbor, awsJson1_0 and awsQuery) is generated at test time into a temporary directory; then
 * - the official `@aws-sdk/client-cloudwatch` 3.1178.0, switched to rpcv2Cbor with its `protocol` option
 *   (`AwsSmithyRpcV2CborProtocol`; its default is awsJson1_0), calls the generated mocks, and so does the SDK
 *   with its default protocol (the mocks answer every protocol the service declares);
 * - our generated client calls the same mocks, and its requests equal the SDK's (method, path, protocol
 *   headers, body as decoded CBOR);
 * - garbage or truncated CBOR bodies become typed errors with `$metadata` on our client, and the mock answers a
 *   malformed CBOR request with a 400 `SerializationException`;
 * - a one-operation browser bundle of the client holds only the rpcv2Cbor client half.
 * Skipped (with a message) without the shared data, failing under `CI`.
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloudWatchClient, GetMetricDataCommand, InvalidParameterValueException, PutMetricDataCommand, type GetMetricDataCommandInput, type PutMetricDataCommandInput } from '@aws-sdk/client-cloudwatch';
import { AwsSmithyRpcV2CborProtocol } from '@aws-sdk/core/protocols';
import { MALFORMED_RESPONSE, UNKNOWN_ERROR } from '@anvil/client-runtime';
import { unhandledRequests, validate, type ErrorAnswer, type MockHandler } from '@anvil/msw-runtime';
import { decodeCbor, encodeCbor, type StructureSchema } from '@anvil/runtime';
import { generateFixture } from '../fixtures/msw/generateFixture.js';
import { CREDENTIALS, REGION } from './capture.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const MODEL = join(resolve(process.env['ANVIL_SHARED'] ?? join(REPO, '..', 'shared')), 'models/api-models-aws-2026-04/cloudwatch/service/2010-08-01/cloudwatch-2010-08-01.json');
const present = existsSync(MODEL);
if (!present) {
  const message = `CloudWatch model not found at ${MODEL} (set ANVIL_SHARED to the shared data folder)`;
  if (process.env['CI']) throw new Error(message);
  console.warn(`[skip] cloudwatch-cbor: ${message}`);
}

type Input = Record<string, unknown>;
type Output = Record<string, unknown> & { $metadata: { httpStatusCode?: number; requestId?: string } };
interface CloudWatchMsw {
  handlers: HttpHandler[];
  putMetricDataHandler(override?: unknown): MockHandler<Input>;
  getMetricDataHandler(override?: unknown): MockHandler<Input>;
  putMetricDataErrors: { InvalidParameterValueException(members?: Input): ErrorAnswer };
}
type ErrorClass = abstract new (...args: never[]) => Error & { $fault: string; $metadata: { httpStatusCode?: number }; $queryError?: { code: string; type: string } };
interface CloudWatchClientModule {
  CloudwatchClient: new (config: Record<string, unknown>) => { putMetricData(input: object): Promise<Output>; getMetricData(input: object): Promise<Output> };
  CloudwatchServiceException: ErrorClass;
  InvalidParameterValueException: ErrorClass;
}

const out = present ? generateFixture([MODEL], 'cloudwatch') : '';
const load = (kind: string): Promise<unknown> => import(pathToFileURL(join(out, kind, 'src', 'index.ts')).href);
const msw = (present ? await load('msw') : {}) as CloudWatchMsw;
const ours = (present ? await load('client') : {}) as CloudWatchClientModule;
const types = (present ? await load('types') : {}) as Record<string, StructureSchema>;

const ENDPOINT = 'https://monitoring.us-east-1.amazonaws.com';
const PUT: PutMetricDataCommandInput = {
  Namespace: 'Anvil/Test',
  MetricData: [
    { MetricName: 'Latency', Value: 12.5, Unit: 'Milliseconds', Timestamp: new Date(1_764_547_200_123), Dimensions: [{ Name: 'Host', Value: 'a' }] },
    { MetricName: 'Requests', Values: [1, 2, 3.5], Counts: [10, 1, 1], StorageResolution: 1 },
  ],
};
const GET: GetMetricDataCommandInput = {
  StartTime: new Date(1_764_547_200_000),
  EndTime: new Date(1_764_550_800_000),
  MetricDataQueries: [{ Id: 'm1', MetricStat: { Metric: { Namespace: 'Anvil/Test', MetricName: 'Latency', Dimensions: [{ Name: 'Host', Value: 'a' }] }, Period: 60, Stat: 'Average' } }],
  MaxDatapoints: 100,
};

/** A request as it reached MSW, with its body bytes. */
interface Wire {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: Uint8Array;
}

describe.skipIf(!present)('CloudWatch over rpcv2Cbor', () => {
  const server = setupServer(...(present ? msw.handlers : []));
  const seen: Promise<Wire>[] = [];
  server.events.on('request:start', ({ request }) => {
    const clone = request.clone();
    seen.push(clone.arrayBuffer().then((b) => ({ method: request.method, url: new URL(request.url), headers: Object.fromEntries(request.headers), body: new Uint8Array(b) })));
  });
  beforeAll(() => server.listen(unhandledRequests('error')));
  afterEach(() => {
    server.resetHandlers();
    seen.length = 0;
  });
  afterAll(() => server.close());

  const sdk = new CloudWatchClient({ region: REGION, credentials: CREDENTIALS, maxAttempts: 1, protocol: AwsSmithyRpcV2CborProtocol });
  const client = present ? new ours.CloudwatchClient({ region: REGION, credentials: CREDENTIALS, maxAttempts: 1 }) : undefined!;

  describe('the official SDK (rpcv2Cbor) against the generated mocks', () => {
    it('PutMetricData succeeds with an empty output', async () => {
      const result = await sdk.send(new PutMetricDataCommand(PUT));
      expect(result.$metadata.httpStatusCode).toBe(200);
      expect(result.$metadata.requestId).toMatch(/\S+/);
      const [wire] = await Promise.all(seen);
      expect(wire!.url.pathname).toBe('/service/GraniteServiceVersion20100801/operation/PutMetricData');
      expect(wire!.headers['smithy-protocol']).toBe('rpc-v2-cbor');
    });

    it('GetMetricData gets a model-valid output with Date timestamps', async () => {
      const { $metadata, ...output } = await sdk.send(new GetMetricDataCommand(GET));
      expect($metadata.httpStatusCode).toBe(200);
      expect(output.MetricDataResults?.length).toBeGreaterThan(0);
      for (const result of output.MetricDataResults ?? []) for (const t of result.Timestamps ?? []) expect(t).toBeInstanceOf(Date);
      expect(validate(types['GetMetricDataOutput$']!, output)).toEqual([]);
    });

    it('a modeled error arrives as instanceof the SDK class, with the awsQuery code', async () => {
      server.use(msw.putMetricDataHandler(msw.putMetricDataErrors.InvalidParameterValueException({ message: 'Value is not a number' })));
      const error = await sdk.send(new PutMetricDataCommand(PUT)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidParameterValueException);
      const e = error as InvalidParameterValueException & { Code?: string };
      expect([e.name, e.message, e.$fault, e.$metadata.httpStatusCode]).toEqual(['InvalidParameterValueException', 'Value is not a number', 'client', 400]);
      expect(e.Code).toBe('InvalidParameterValue');
    });
  });

  describe('the official SDK with its default protocol (awsJson1_0) against the same mocks', () => {
    const json = new CloudWatchClient({ region: REGION, credentials: CREDENTIALS, maxAttempts: 1 });

    it('GetMetricData and a modeled error work over awsJson1_0 too (the mock answers every declared protocol)', async () => {
      const { $metadata, ...output } = await json.send(new GetMetricDataCommand(GET));
      expect($metadata.httpStatusCode).toBe(200);
      expect(validate(types['GetMetricDataOutput$']!, output)).toEqual([]);
      const [wire] = await Promise.all(seen.splice(0));
      expect([wire!.url.pathname, wire!.headers['x-amz-target'], wire!.headers['content-type']]).toEqual(['/', 'GraniteServiceVersion20100801.GetMetricData', 'application/x-amz-json-1.0']);
      server.use(msw.putMetricDataHandler(msw.putMetricDataErrors.InvalidParameterValueException({ message: 'bad' })));
      const error = await json.send(new PutMetricDataCommand(PUT)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidParameterValueException);
      expect((error as InvalidParameterValueException).message).toBe('bad');
    });
  });

  describe('our generated client against the same mocks', () => {
    it('PutMetricData and GetMetricData succeed', async () => {
      const put = await client.putMetricData(PUT);
      expect(put.$metadata.httpStatusCode).toBe(200);
      const { $metadata, ...output } = await client.getMetricData(GET);
      expect($metadata.httpStatusCode).toBe(200);
      expect(validate(types['GetMetricDataOutput$']!, output)).toEqual([]);
    });

    it('a modeled error is instanceof the generated class, with the awsQuery code and type', async () => {
      server.use(msw.putMetricDataHandler(msw.putMetricDataErrors.InvalidParameterValueException({ message: 'bad' })));
      const error = await client.putMetricData(PUT).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ours.InvalidParameterValueException);
      const e = error as InstanceType<ErrorClass>;
      expect([e.name, e.message, e.$fault, e.$metadata.httpStatusCode, e.$queryError]).toEqual(['InvalidParameterValueException', 'bad', 'client', 400, { code: 'InvalidParameterValue', type: 'Sender' }]);
    });

    it('sends what the SDK sends: method, path, protocol headers and the body as decoded CBOR', async () => {
      for (const [theirs, mine] of [
        [() => sdk.send(new PutMetricDataCommand(PUT)), () => client.putMetricData(PUT)],
        [() => sdk.send(new GetMetricDataCommand(GET)), () => client.getMetricData(GET)],
      ] as const) {
        await theirs();
        const [a] = await Promise.all(seen.splice(0));
        await mine();
        const [b] = await Promise.all(seen.splice(0));
        expect([b!.method, b!.url.href]).toEqual([a!.method, a!.url.href]);
        // content-length: node's http client (the SDK) sets it, fetch adds it below the Request object msw sees
        for (const header of ['smithy-protocol', 'accept', 'content-type', 'x-amzn-query-mode']) expect([header, b!.headers[header]]).toEqual([header, a!.headers[header]]);
        expect(b!.body.length).toBe(Number(a!.headers['content-length']));
        expect(decodeCbor(b!.body)).toEqual(decodeCbor(a!.body));
      }
    });
  });

  describe('malformed CBOR', () => {
    const path = `${ENDPOINT}/service/GraniteServiceVersion20100801/operation/GetMetricData`;
    const answer = (status: number, body: Uint8Array) => http.post(path, () => new HttpResponse(body as Uint8Array<ArrayBuffer>, { status, headers: { 'smithy-protocol': 'rpc-v2-cbor', 'content-type': 'application/cbor', 'x-amzn-requestid': 'req-1' } }));
    const valid = encodeCbor({ MetricDataResults: [{ Id: 'm1', Label: 'Latency', Timestamps: [], Values: [1.5, 2.5] }], Messages: [] });

    it('a garbage or truncated success body is a typed MalformedResponseError with $metadata, never a decoder exception', async () => {
      for (const body of [new Uint8Array([0xff, 0x13, 0x37]), valid.slice(0, valid.length - 5), new TextEncoder().encode('{"MetricDataResults": []}')]) {
        server.use(answer(200, body));
        const error = await client.getMetricData(GET).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ours.CloudwatchServiceException);
        const e = error as InstanceType<ErrorClass> & { cause?: Error };
        expect([e.name, e.$fault, e.$metadata.httpStatusCode]).toEqual([MALFORMED_RESPONSE, 'server', 200]);
        expect(e.message).toMatch(/^Cannot parse the HTTP 200 rpcv2Cbor response of com\.amazonaws\.cloudwatch#GetMetricData/);
        expect(e.cause?.name).toBe('SerializationError');
      }
    });

    it('a garbage error body is a typed Unknown error with $metadata', async () => {
      server.use(answer(400, new Uint8Array([0xbf, 0x61])));
      const error = await client.getMetricData(GET).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ours.CloudwatchServiceException);
      const e = error as InstanceType<ErrorClass>;
      expect([e.name, e.$fault, e.$metadata.httpStatusCode]).toEqual([UNKNOWN_ERROR, 'client', 400]);
    });

    it('the mock answers a malformed CBOR request with a 400 SerializationException', async () => {
      const response = await fetch(path, { method: 'POST', headers: { 'smithy-protocol': 'rpc-v2-cbor', 'content-type': 'application/cbor' }, body: new Uint8Array([0xa1, 0x61]) });
      expect(response.status).toBe(400);
      expect(response.headers.get('smithy-protocol')).toBe('rpc-v2-cbor');
      expect(response.headers.get('content-type')).toBe('application/cbor');
      const body = decodeCbor(new Uint8Array(await response.arrayBuffer())) as Record<string, unknown>;
      expect(body['__type']).toBe('SerializationException');
      expect(body['message']).toMatch(/^invalid CBOR body: /);
    });
  });

  describe('bundle', () => {
    it('a one-operation browser bundle has the rpcv2Cbor client half only', async () => {
      const contents = `import { CloudwatchLiteClient, getMetricData } from '@anvil-gen/cloudwatch-client';
const client = new CloudwatchLiteClient({ region: 'us-east-1' });
export const run = (q) => getMetricData(client, q);`;
      const result = await esbuild.build({
        stdin: { contents, resolveDir: dirname(out), loader: 'ts' },
        bundle: true,
        platform: 'browser',
        format: 'esm',
        minify: true,
        write: false,
        logLevel: 'silent',
        conditions: ['@anvil/source'],
      });
      const code = result.outputFiles[0]!.text;
      expect(code).toContain('/operation/');
      expect(code).toContain('rpc-v2-cbor');
      // no other operation, no JSON codec, no mock half (request checks, error serialisation)
      expect(code).not.toContain('com.amazonaws.cloudwatch#PutMetricData');
      expect(code).not.toContain('application/x-amz-json');
      expect(code).not.toContain('UnsupportedMediaTypeException');
      expect(code).not.toContain('expected header smithy-protocol');
      // the rule-set engine of the model's endpoint rules is most of it
      expect(gzipSync(result.outputFiles[0]!.contents, { level: 9 }).byteLength).toBeLessThan(40_000);
    });
  });
});
