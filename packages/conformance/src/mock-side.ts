/**
 * Mock-side cases, through the real mock path: a fetch `Request` built from the case is dispatched
 * through the service's whole handlers list (`createHandler` from `@anvil/msw-runtime` per
 * operation, msw's `getResponse`; see `dispatch.ts`), and the case's own operation must claim it.
 * - request tests: the handler parses the request into exactly the case's `params`;
 * - response tests: answering with `params` (or `modeledError(schema, params)`) gives that response;
 * - malformed-request tests: the handler (validation on) rejects with the expected response.
 * @packageDocumentation
 */
import { modeledError, type HandlerAnswer, type HandlerOverride } from '@anvil/msw-runtime';
import { deref, fromHttpRequest, getProtocol, gzip, parseContentEncoding, parseXmlText, type ErrorSchema, type XmlElement, type OperationSchema, type Schema, type ServiceSchema, type StructureSchema } from '@anvil/runtime';
import type { MalformedTest, RequestTest, ResponseTest } from './cases.js';
import { dispatch, routingFailure, type MockService } from './dispatch.js';
import { placeholderInput } from './placeholder.js';
import { diffValues, structureParams } from './values.js';
import { bodyMediaTypeOf, checkBody, checkHeaders, checkMalformedBody, Failures, headerRecord, testBodyBytes } from './wire.js';

type Override = HandlerOverride<Record<string, unknown>, Record<string, unknown>>;

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * A fetch `Request` for a case's request (`https://<host><uri>?<queryParams joined by &>`): the host is the case's
 * `resolvedHost` (where the request is sent: an S3 virtual host carries the bucket), else `host`, else `example.com`.
 * @param supplied headers and body the case does not give (see {@link suppliedCompressedBody}); the case's own
 *   headers win over supplied ones of the same name
 */
export function caseRequest(
  req: MalformedTest['request'] | RequestTest,
  supplied?: { readonly headers: Readonly<Record<string, string>>; readonly body: Uint8Array },
): Request {
  const query = req.queryParams?.length ? `?${req.queryParams.join('&')}` : '';
  const method = req.method.toUpperCase();
  const named = new Set(Object.keys(req.headers ?? {}).map((h) => h.toLowerCase()));
  const extra = Object.entries(supplied?.headers ?? {}).filter(([h]) => !named.has(h.toLowerCase()));
  const init: RequestInit = { method, headers: { ...Object.fromEntries(extra), ...req.headers } };
  // Bytes, not a string: fetch would add `content-type: text/plain` to a string body the case does not send.
  const protocol = 'protocol' in req ? req.protocol : undefined;
  if (req.body !== undefined && req.body !== '' && method !== 'GET' && method !== 'HEAD') init.body = testBodyBytes(req.body, protocol) as Uint8Array<ArrayBuffer>;
  else if (supplied) init.body = supplied.body as Uint8Array<ArrayBuffer>;
  const host = ('resolvedHost' in req ? req.resolvedHost : undefined) ?? req.host ?? 'example.com';
  return new Request(`https://${host}${req.uri}${query}`, init);
}

/**
 * The body a `@requestCompression` request case leaves out (it names only `Content-Encoding: ..., gzip`,
 * since gzip bytes cannot be written into the test): what a client sends for `params` through the shared
 * codec (body and headers the case does not name), gzip-compressed. `undefined` for every other case.
 */
export async function suppliedCompressedBody(
  service: ServiceSchema,
  operation: OperationSchema,
  test: RequestTest,
): Promise<{ headers: Record<string, string>; body: Uint8Array } | undefined> {
  if (test.body !== undefined || !operation.requestCompression) return undefined;
  const encoding = Object.entries(test.headers ?? {}).find(([h]) => h.toLowerCase() === 'content-encoding')?.[1];
  const codings = parseContentEncoding(encoding);
  if (codings.at(-1)?.toLowerCase() !== 'gzip') return undefined;
  const wire = getProtocol(service.protocol).serializeRequest(service, operation, structureParams(deref(operation.input), test.params));
  if (wire.body === undefined) return undefined;
  return { headers: wire.headers, body: await gzip(wire.body) };
}

async function responseParts(response: Response): Promise<{ status: number; headers: Record<string, string>; body: Uint8Array | undefined }> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: headerRecord(response.headers), body: bytes.length === 0 ? undefined : bytes };
}

/**
 * awsJson servers route by `X-Amz-Target`. Some request cases (applying to both sides) omit it
 * because they were written around the body; every awsJson client sends it, so the harness adds
 * `<Service>.<Operation>` when the case has none. The mock still has to match it and parse the body.
 */
function routedRequest(service: ServiceSchema, operation: OperationSchema, test: RequestTest): RequestTest {
  if (service.protocol !== 'awsJson1_0' && service.protocol !== 'awsJson1_1') return test;
  if (Object.keys(test.headers ?? {}).some((h) => h.toLowerCase() === 'x-amz-target')) return test;
  return { ...test, headers: { ...test.headers, 'X-Amz-Target': `${service.name}.${operation.name}` } };
}

/** The answer of a mock request case's handler once it has parsed the input (its response is not checked). */
const CASE_DONE = modeledError({ type: 'structure', name: 'ConformanceCaseDone', error: 'client', members: {} } as ErrorSchema<Record<string, unknown>>);

/**
 * Run a mock request case: the request goes through the service's whole handlers list and must
 * reach `operation`'s handler (validation off), which must parse exactly `params`.
 * @returns failure messages (empty when the case passes)
 */
export async function runMockRequest(target: MockService, operation: OperationSchema, test: RequestTest): Promise<string[]> {
  const { service } = target;
  let input: unknown;
  let called = false;
  const capture: Override = ({ input: parsed }) => {
    called = true;
    input = parsed;
    // The case checks only the parsed input: a tiny error answer skips building the default output.
    return CASE_DONE;
  };
  let response: Response | undefined;
  try {
    const supplied = await suppliedCompressedBody(service, operation, test);
    const request = caseRequest(routedRequest(service, operation, test), supplied);
    const dispatched = await dispatch(target, operation, { override: capture, options: { validate: false } }, request);
    response = dispatched.response;
    const routing = routingFailure(dispatched, operation);
    if (routing) return [routing];
  } catch (error) {
    if (!called) return [`the handler threw: ${errorText(error)}`];
  }
  if (!called) {
    const parts = await responseParts(response!);
    return [`the handler rejected the request: ${parts.status} ${parts.body ? new TextDecoder().decode(parts.body) : ''}`];
  }
  const diff = diffValues(structureParams(deref(operation.input), test.params), input);
  return diff ? [`input ${diff}`] : [];
}

/**
 * The override answering with exactly `value`: members of each structure level that `value`
 * leaves unset are set to `undefined`, which removes them from the generated default answer.
 */
export function exactAnswer(schema: Schema, value: unknown): unknown {
  if (schema.type !== 'structure' || typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(schema.members)) {
    const v = record[name];
    Object.defineProperty(out, name, {
      value: v === undefined || v === null ? undefined : exactAnswer(deref(member.target), v),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** A request the handler of `operation` matches: the codec's serialisation of a placeholder input. */
function matchingRequest(service: ServiceSchema, operation: OperationSchema): Request {
  const wire = getProtocol(service.protocol).serializeRequest(service, operation, placeholderInput(deref(operation.input)));
  return fromHttpRequest(wire, 'https://example.com');
}

const REQUEST_ID_HEADERS = ['x-amzn-requestid', 'x-amz-request-id'];
const REQUEST_ID_ELEMENTS = new Set(['RequestId', 'RequestID', 'requestId']);

/**
 * The request id a response case expects, from its headers or its XML body (`<RequestId>`, `<RequestID>`,
 * `<requestId>` under the root or under `<ResponseMetadata>`). The mock is configured with it
 * (`HandlerOptions.requestId`), as a user pinning the id would; a case without one leaves the mock's own ids.
 */
export function expectedRequestId(test: Pick<ResponseTest, 'headers' | 'body' | 'bodyMediaType'>): string | undefined {
  for (const [name, value] of Object.entries(test.headers ?? {})) if (REQUEST_ID_HEADERS.includes(name.toLowerCase())) return value;
  if (!test.body || !/xml/.test(test.bodyMediaType ?? '')) return undefined;
  let root: XmlElement;
  try {
    root = parseXmlText(test.body);
  } catch {
    return undefined;
  }
  const elements = (e: XmlElement) => e.children.filter((c): c is XmlElement => typeof c !== 'string');
  for (const child of elements(root).flatMap((c) => (c.name === 'ResponseMetadata' || c.name === 'Error' ? [c, ...elements(c)] : [c]))) {
    if (REQUEST_ID_ELEMENTS.has(child.name)) return child.children.join('').trim();
  }
  return undefined;
}

/**
 * Run a mock response case.
 * @param errorSchema set for response tests on error structures
 * @returns failure messages (empty when the case passes)
 */
export async function runMockResponse(
  target: MockService,
  operation: OperationSchema,
  test: ResponseTest,
  errorSchema?: StructureSchema,
): Promise<string[]> {
  const { service } = target;
  const answer: HandlerAnswer<Record<string, unknown>> = errorSchema
    ? modeledError(errorSchema as ErrorSchema<Record<string, unknown>>, exactAnswer(errorSchema, structureParams(errorSchema, test.params)) as Record<string, unknown>)
    : (exactAnswer(deref(operation.output), structureParams(deref(operation.output), test.params)) as Record<string, unknown>);
  let response: Response | undefined;
  try {
    const requestId = expectedRequestId(test);
    const options = requestId === undefined ? { validate: false } : { validate: false, requestId };
    const dispatched = await dispatch(target, operation, { override: answer, options }, matchingRequest(service, operation));
    response = dispatched.response;
    const routing = routingFailure(dispatched, operation);
    if (routing) return [`placeholder request: ${routing}`];
  } catch (error) {
    return [`the handler threw: ${errorText(error)}`];
  }
  const parts = await responseParts(response!);
  const failures = new Failures();
  if (parts.status !== test.code) failures.add(`status: expected ${test.code}, got ${parts.status}`);
  checkHeaders(failures, parts.headers, test);
  checkBody(failures, parts.body, test.body, bodyMediaTypeOf(test), { ownRequestIds: true });
  return failures.messages;
}

/**
 * Run a malformed-request case: through the service's whole handlers list, `operation`'s handler
 * (validation on) must claim the request and reject it with the expected response.
 * @returns failure messages (empty when the case passes)
 */
export async function runMockMalformed(target: MockService, operation: OperationSchema, test: MalformedTest): Promise<string[]> {
  let accepted = false;
  const accept: Override = () => {
    accepted = true;
    return undefined;
  };
  let response: Response | undefined;
  try {
    const dispatched = await dispatch(target, operation, { override: accept, options: {} }, caseRequest(test.request));
    response = dispatched.response;
    const routing = routingFailure(dispatched, operation);
    if (routing) return [`${routing} (expected ${test.response.code})`];
  } catch (error) {
    return [`the handler threw: ${errorText(error)}`];
  }
  const parts = await responseParts(response!);
  const failures = new Failures();
  if (accepted) failures.add(`the request was accepted (answered ${parts.status})`);
  if (parts.status !== test.response.code) {
    failures.add(`status: expected ${test.response.code}, got ${parts.status} ${parts.body ? new TextDecoder().decode(parts.body) : ''}`);
  }
  checkHeaders(failures, parts.headers, test.response);
  checkMalformedBody(failures, parts.body, test.response.body);
  return failures.messages;
}
