/**
 * `createHandler`: the msw request handler behind every generated `<op>Handler()`.
 * @packageDocumentation
 */
import {
  decodeRequestBody,
  fromHttpResponse,
  getProtocol,
  toHttpRequest,
  type HttpRequest,
  type OperationSchema,
  type ProtocolCodec,
  type ServiceSchema,
} from '@anvil/runtime';
import { delay, HttpHandler, HttpResponse, type HttpResponseResolver } from 'msw';
import { answerRequest, type AnswerContext } from './answer-request.js';
import { DefaultOutputs } from './default-outputs.js';
import { requestIdSequence } from './request-id.js';
import { createScopeMatcher, stripPrefix } from './scope.js';
import { overrideSource } from './sequence.js';
import type { HandlerOptions, HandlerOverride, MockHandler, RecordedCall } from './handler-types.js';
import { matchWithoutCodec, notImplementedResponse } from './unsupported.js';

/** Request header carrying the request id in AWS responses (read into `$metadata.requestId` by SDKs). */
const REQUEST_ID_HEADER = 'x-amzn-requestid';

/**
 * The request-id headers of an answer: `x-amzn-requestid`; restXml services (S3) also send `x-amz-request-id`
 * and an extended id `x-amz-id-2` (the S3 SDK reads them into `$metadata.requestId` / `extendedRequestId`).
 */
function requestIdHeaders(service: ServiceSchema, id: string): Record<string, string> {
  if (service.protocol !== 'restXml') return { [REQUEST_ID_HEADER]: id };
  return { [REQUEST_ID_HEADER]: id, 'x-amz-request-id': id, 'x-amz-id-2': `${id}/extended` };
}

/**
 * Wire form of each intercepted request, shared by all handlers: msw offers
 * the same `Request` object to every handler, so its body is read once. A
 * gzip `Content-Encoding` (clients of `@requestCompression` operations) is
 * undone here, before matching and parsing.
 */
const wireCache = new WeakMap<Request, Promise<HttpRequest>>();

function readWire(request: Request): Promise<HttpRequest> {
  let wire = wireCache.get(request);
  if (!wire) {
    wire = toHttpRequest(request.clone()).then(decodeRequestBody);
    wireCache.set(request, wire);
  }
  return wire;
}

/** The codec of a protocol, or the lookup error's message when it has none (looked up on first use, not at creation). */
type CodecLookup = { readonly codec: ProtocolCodec } | { readonly missing: string };

function lookupCodec(service: ServiceSchema): CodecLookup {
  try {
    return { codec: getProtocol(service.protocol) };
  } catch (error) {
    return { missing: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Create the msw handler of one operation.
 *
 * Matching: the request must be in scope (`options.baseUrl` / `options.region`;
 * any host by default) and the protocol codec's `matchRequest` must accept it
 * (restJson1, restXml: method + `@http` URI; awsJson: `X-Amz-Target: <Service>.<Operation>`;
 * awsQuery, ec2Query: `POST /` with `Action=<Operation>` in the form body, which is read from a clone of the
 * request, once per request for all handlers).
 * Anything else is not matched, so msw tries the next handler and finally
 * reports it to `onUnhandledRequest`. A `'fall-through'` sequence override stops
 * matching once used up.
 *
 * Answering: after `options.delay` ms, a network error when `options.networkError`;
 * else the request is parsed, recorded in `calls`, validated against the input
 * schema (unless `options.validate === false`; failures answer the operation's
 * modeled `ValidationException`, or `smithy.framework#ValidationException` with
 * status 400), and answered with the override or the default output (fake data
 * seeded by `options.seed ?? operation.id`; for `@paginated` operations one page
 * of a finite collection, see `docs/msw.md`) through the codec. Every response
 * carries a request id (`options.requestId`, else deterministic per handler and request count): the
 * `x-amzn-requestid` header (restXml also `x-amz-request-id` and `x-amz-id-2`), and for the XML protocols
 * the body's `<RequestId>` / `<requestId>` where the protocol has one.
 *
 * Services whose protocol has no codec (`rpcv2Cbor` today): creating the handler does not throw; it
 * matches by the protocol's routing rule and answers 501 with a message naming the protocol.
 *
 * @typeParam I the operation's input type
 * @typeParam O the operation's output type
 * @param service the service schema (its `protocol` selects the codec, looked up on the first request)
 * @param operation the operation schema
 * @param override answer to send instead of the default (see {@link HandlerOverride}; a list is a sequence)
 * @param options matching and behaviour options (see {@link HandlerOptions})
 * @returns an msw `HttpHandler` for `setupServer(...)` / `setupWorker(...)` / `server.use(...)`,
 *   with `calls`, the recorded parsed inputs (see {@link MockHandler})
 * @throws TypeError when `options.baseUrl` is not an absolute URL
 *
 * @example
 * ```ts
 * const handler = createHandler(ElasticDisasterRecoveryService$, RetryDataReplication$, { sourceServerID: 's-12345678901234567' });
 * const server = setupServer(handler);
 * // … after the code under test ran:
 * expect(handler.calls.map((c) => c.input)).toEqual([{ sourceServerID: 's-12345678901234567' }]);
 * ```
 */
export function createHandler<I, O>(
  service: ServiceSchema,
  operation: OperationSchema<I, O>,
  override?: HandlerOverride<I, O>,
  options: HandlerOptions = {},
): MockHandler<I> {
  const inScope = createScopeMatcher(options);
  const method = handlerMethod(service, operation);
  const fixedRequestId = options.requestId;
  const nextRequestId = fixedRequestId === undefined ? requestIdSequence(`${operation.id}|${String(options.seed ?? '')}`) : () => fixedRequestId;
  const matched = new WeakMap<Request, HttpRequest>();
  const calls: RecordedCall<I>[] = [];
  const overrides = overrideSource(override, options.afterSequence);
  const defaults = new DefaultOutputs(operation, options.seed ?? operation.id);
  let lookup: CodecLookup | undefined;
  let ctx: AnswerContext<I, O> | undefined;
  const codecLookup = (): CodecLookup => (lookup ??= lookupCodec(service));

  const predicate = async ({ request }: { request: Request }): Promise<boolean> => {
    if (typeof method === 'string' && request.method.toUpperCase() !== method) return false;
    if (overrides.exhausted()) return false;
    const prefix = inScope(new URL(request.url));
    if (prefix === undefined) return false;
    let wire: HttpRequest;
    try {
      wire = await readWire(request);
    } catch {
      return false;
    }
    const scoped = prefix === '' ? wire : { ...wire, path: stripPrefix(wire.path, prefix) };
    const found = codecLookup();
    const accepts = 'codec' in found
      ? found.codec.matchRequest(service, operation, scoped)
      : matchWithoutCodec(service, operation, scoped);
    if (!accepts) return false;
    matched.set(request, scoped);
    return true;
  };

  const resolver: HttpResponseResolver = async ({ request }) => {
    const wire = matched.get(request);
    // The predicate always runs first; without a match, fall through to the next handler.
    if (!wire) return undefined;
    if (options.delay !== undefined) await delay(options.delay);
    if (options.networkError === true) return HttpResponse.error();
    const found = codecLookup();
    const requestId = nextRequestId();
    let response;
    if ('codec' in found) {
      ctx ??= {
        service,
        operation,
        codec: found.codec,
        overrides,
        defaults,
        validate: options.validate !== false,
        status: options.status,
        calls,
      };
      response = await answerRequest(ctx, wire, request, { requestId });
    } else {
      response = notImplementedResponse(service, operation, found.missing);
    }
    return fromHttpResponse({ ...response, headers: { ...response.headers, ...requestIdHeaders(service, requestId) } });
  };

  const handler = new HttpHandler(method, predicate, resolver, { once: options.once === true }) as HttpHandler & {
    calls: RecordedCall<I>[];
  };
  handler.calls = calls;
  return handler;
}

/**
 * The calls a handler from `createHandler` (or a generated `<op>Handler()`) recorded:
 * the same array as `handler.calls`, typed by the operation's input.
 *
 * @param handler a handler created by this package
 * @returns the live array of recorded calls (it grows as requests arrive)
 * @throws TypeError when `handler` was not created by `createHandler`
 *
 * @example
 * ```ts
 * const calls = recordCalls(listTagsForResourceHandler());
 * ```
 */
export function recordCalls<I>(handler: MockHandler<I> | HttpHandler): RecordedCall<I>[] {
  const calls = (handler as { calls?: unknown }).calls;
  if (!Array.isArray(calls)) {
    throw new TypeError('recordCalls: the handler was not created by @anvil/msw-runtime createHandler (it has no calls)');
  }
  return calls as RecordedCall<I>[];
}

/** The method msw pre-filters on: the `@http` method, POST for the RPC protocols, else any. */
function handlerMethod(service: ServiceSchema, operation: OperationSchema): string | RegExp {
  if (service.protocol !== 'restJson1' && service.protocol !== 'restXml') return 'POST';
  return operation.http?.method.toUpperCase() ?? /.+/;
}
