/**
 * Client-side cases: the real `Client` from `@anvil/client-runtime` must send exactly the request
 * of an `httpRequestTests` case, and parse the canned response of an `httpResponseTests` case into
 * its `params` (output) or its modeled error.
 * @packageDocumentation
 */
import { ALL_BODY_ENCODERS, CUSTOMIZATIONS, Client, ServiceException, eventStreaming, type ClientBinding, type ClientConfig, type Customization, type EndpointResolver } from '@anvil/client-runtime';
import { s3ClientConfig } from './s3-endpoint-rules.js';
import { serviceCustomizations } from '@anvil/generator';
import { awsJson1_0Client, awsJson1_1Client, collectBytes, deref, getProtocol, restJson1Client, streamingMember, type ClientCodec, type OperationSchema, type ProtocolCodec, type ServiceSchema, type StructureSchema } from '@anvil/runtime';
import type { RequestTest, ResponseTest } from './cases.js';
import { placeholderInput } from './placeholder.js';
import { diffValues, structureParams } from './values.js';
import { bodyMediaTypeOf, checkBody, checkHeaders, checkQuery, Failures, headerRecord, rawQueryPairs, testBodyBytes } from './wire.js';

/** The idempotency token the compliance tests expect for auto-filled `@idempotencyToken` members. */
export const TEST_IDEMPOTENCY_TOKEN = '00000000-0000-4000-8000-000000000000';

class ConformanceServiceException extends ServiceException {}

const CREDENTIALS = { accessKeyId: 'AKIDCONFORMANCE', secretAccessKey: 'conformance-secret' };
const SILENT = { warn: () => {} };

/**
 * Client halves that take their codec features (timestamps, base64, exact big numbers) from the operation schema
 * only, as generated clients bundle them: the cases run with exactly the features the generator lists.
 */
const FEATURE_GATED_CLIENTS: Readonly<Record<string, ClientCodec>> = { restJson1: restJson1Client, awsJson1_0: awsJson1_0Client, awsJson1_1: awsJson1_1Client };

/** The service's codec (a generated client's half where it differs), with the fixed test idempotency token (Smithy compliance-test convention). */
function testCodec(service: ServiceSchema): ProtocolCodec {
  const joined = getProtocol(service.protocol);
  const client = FEATURE_GATED_CLIENTS[service.protocol];
  const codec: ProtocolCodec = client ? { ...joined, serializeRequest: client.serializeRequest, parseResponse: client.parseResponse, parseError: client.parseError } : joined;
  return {
    ...codec,
    serializeRequest: (s, op, input, options) => codec.serializeRequest(s, op, input, { idempotencyToken: () => TEST_IDEMPOTENCY_TOKEN, ...options }),
  };
}

/**
 * The customisations a generated client of `service` passes (the generator's lookup, resolved to
 * the `@anvil/client-runtime` exports of those names).
 * @throws Error when the generator names a customisation the runtime does not export
 */
export function customizationsFor(service: ServiceSchema): Customization[] {
  return serviceCustomizations(service.id).map((name) => {
    const customization = CUSTOMIZATIONS[name];
    if (!customization) throw new Error(`${service.id}: the generator names customisation ${name}, which @anvil/client-runtime does not export`);
    return customization;
  });
}

/**
 * The client of a case. With an endpoint rule set (the S3 test service) the rules resolve the host from the region and
 * the case's `vendorParams` (`s3ClientConfig`), and no custom endpoint is given; otherwise every request goes to `endpoint`.
 */
function clientFor(service: ServiceSchema, endpoint: string, fetchFn: typeof fetch, rules?: { resolver: EndpointResolver; vendorParams: unknown }): Client {
  const customizations = customizationsFor(service);
  const binding: ClientBinding = {
    service,
    errors: {},
    baseException: ConformanceServiceException,
    codec: testCodec(service),
    bodyEncoders: ALL_BODY_ENCODERS,
    // what generated streaming operations pass in their OperationBinding (`@streaming` blobs and event streams), bound once here for all
    streaming: eventStreaming,
    ...(customizations.length ? { customizations } : {}),
    ...(rules ? { endpointResolver: rules.resolver } : {}),
  };
  const addressing: ClientConfig = rules ? s3ClientConfig(rules.vendorParams) : { endpoint };
  return new Client(binding, { maxAttempts: 1, region: 'us-east-1', credentials: CREDENTIALS, fetch: fetchFn, deprecationWarnings: false, logger: SILENT, ...addressing });
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** A request as `fetch` received it: the URL string exactly as given, headers and body bytes. */
interface Captured {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: Uint8Array | undefined;
}

/**
 * Headers the real `fetch` adds on the wire (Fetch standard "HTTP-network-or-cache fetch"):
 * `content-length` (the body length; `0` for a body-less POST/PUT) and `host`.
 */
function addFetchHeaders(captured: Captured, host: string): void {
  if (captured.body !== undefined) captured.headers['content-length'] = String(captured.body.length);
  else if (captured.method === 'POST' || captured.method === 'PUT') captured.headers['content-length'] = '0';
  captured.headers['host'] ??= host;
}

/**
 * Run a client request case: serialise `params` with the real client and compare what `fetch` got.
 * @returns failure messages (empty when the case passes)
 */
export async function runClientRequest(service: ServiceSchema, operation: OperationSchema, test: RequestTest, endpointResolver?: EndpointResolver): Promise<string[]> {
  const failures = new Failures();
  const input = structureParams(deref(operation.input), test.params);
  let captured: Captured | undefined;
  const fetchFn = (async (url: string | URL | Request, init?: RequestInit) => {
    const request = new Request(url, init);
    const bytes = init?.body == null ? undefined : new Uint8Array(await request.arrayBuffer());
    captured = { url: String(url), method: request.method, headers: headerRecord(request.headers), body: bytes };
    return new Response(null, { status: 599 });
  }) as typeof fetch;
  const client = clientFor(service, `https://${test.host ?? 'example.com'}`, fetchFn, endpointResolver && { resolver: endpointResolver, vendorParams: test.vendorParams });
  try {
    await client.send(operation, input);
  } catch (error) {
    if (!captured) return [`the client threw before sending: ${errorText(error)}`];
  }
  if (!captured) return ['the client sent nothing'];
  const m = /^[a-z]+:\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?/i.exec(captured.url);
  if (!m) return [`unparsable request URL ${captured.url}`];
  const [, host = '', path = '', search = ''] = m;
  addFetchHeaders(captured, host);
  if (captured.method !== test.method.toUpperCase()) failures.add(`method: expected ${test.method}, got ${captured.method}`);
  if (path !== test.uri) failures.add(`uri: expected ${test.uri}, got ${path}`);
  if (test.resolvedHost !== undefined && host !== test.resolvedHost) failures.add(`host: expected ${test.resolvedHost}, got ${host}`);
  checkQuery(failures, rawQueryPairs(search), test);
  checkHeaders(failures, captured.headers, test);
  checkBody(failures, captured.body, test.body, bodyMediaTypeOf(test));
  return failures.messages;
}

const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

function cannedResponse(test: ResponseTest): Response {
  const body = test.body && !NULL_BODY_STATUS.has(test.code) ? (testBodyBytes(test.body, test.protocol) as Uint8Array<ArrayBuffer>) : null;
  return new Response(body, { status: test.code, headers: test.headers ?? {} });
}

/**
 * Run a client response case: the client parses the canned response into the output `params`,
 * or (with `errorSchema`) throws an exception named after the error with the `params` as members.
 * @param expectedMessage for error cases: the exception's `message` (botocore's `errorMessage`)
 * @returns failure messages (empty when the case passes)
 */
export async function runClientResponse(
  service: ServiceSchema,
  operation: OperationSchema,
  test: ResponseTest,
  errorSchema?: StructureSchema,
  expectedMessage?: string,
  endpointResolver?: EndpointResolver,
): Promise<string[]> {
  const fetchFn = (async () => cannedResponse(test)) as typeof fetch;
  const client = clientFor(service, 'https://example.com', fetchFn, endpointResolver && { resolver: endpointResolver, vendorParams: test.vendorParams });
  let output: Record<string, unknown>;
  try {
    output = await client.send(operation as OperationSchema<Record<string, unknown>, Record<string, unknown>>, placeholderInput(deref(operation.input)));
  } catch (error) {
    if (!errorSchema) return [`expected output, the client threw ${errorText(error)}`];
    const failures = checkError(error, errorSchema, test);
    if (expectedMessage !== undefined && error instanceof Error && error.message !== expectedMessage) {
      failures.push(`error message: expected ${JSON.stringify(expectedMessage)}, got ${JSON.stringify(error.message)}`);
    }
    return failures;
  }
  if (errorSchema) return [`expected error ${errorSchema.name}, the client returned output`];
  const { $metadata: _metadata, ...actual } = output;
  await collectStreamedBlob(operation, actual);
  const diff = diffValues(structureParams(deref(operation.output), test.params), actual);
  return diff ? [`output ${diff}`] : [];
}

function checkError(error: unknown, schema: StructureSchema, test: ResponseTest): string[] {
  if (!(error instanceof ServiceException)) return [`expected a ServiceException, got ${errorText(error)}`];
  const failures: string[] = [];
  if (error.name !== schema.name) failures.push(`error name: expected ${schema.name}, got ${error.name} (${error.message})`);
  const expected = structureParams(schema, test.params);
  const actual: Record<string, unknown> = {};
  const fields = error as unknown as Record<string, unknown>;
  for (const name of Object.keys(schema.members)) {
    // `message` is not copied onto the instance: it is the Error message.
    if (name === 'message') actual[name] = name in expected ? error.message : undefined;
    else actual[name] = fields[name];
  }
  const diff = diffValues(expected, actual);
  if (diff) failures.push(`error members ${diff}`);
  failures.push(...checkErrorCodeParams(error, test));
  return failures;
}

/** Vendor params of error response tests: the error code and awsQuery error type callers see. */
export const ERROR_CODE_PARAMS = 'aws.protocoltests.config#ErrorCodeParams';

/**
 * Check `ErrorCodeParams` vendor params: `code` against the code the exception exposes (the
 * `x-amzn-query-error` code of an `@awsQueryCompatible` service, else its name), `type` (when given)
 * against the query error type.
 */
export function checkErrorCodeParams(error: ServiceException, test: Pick<ResponseTest, 'vendorParamsShape' | 'vendorParams'>): string[] {
  if (test.vendorParamsShape !== ERROR_CODE_PARAMS || !test.vendorParams) return [];
  const failures: string[] = [];
  const { code, type } = test.vendorParams as { code?: string; type?: string };
  const exposed = error.$queryError?.code ?? error.name;
  if (code !== undefined && exposed !== code) failures.push(`error code: expected ${code}, got ${exposed}`);
  if (type !== undefined && error.$queryError?.type !== type) failures.push(`query error type: expected ${type}, got ${String(error.$queryError?.type)}`);
  return failures;
}

/**
 * A `@streaming` blob output member arrives as a ReadableStream: replace it by its bytes, so outputs
 * compare as values (an empty body reads as unset).
 * @param output the parsed output, changed in place
 */
export async function collectStreamedBlob(operation: OperationSchema, output: Record<string, unknown>): Promise<void> {
  const blob = streamingMember(deref(operation.output));
  if (blob?.kind === 'blob' && output[blob.name] instanceof ReadableStream) output[blob.name] = await collectBytes(output[blob.name] as ReadableStream<Uint8Array>);
}
