/**
 * `createHandler`: the msw request handler behind every generated `<op>Handler()`.
 * @packageDocumentation
 */
import {
  fromHttpResponse,
  getProtocol,
  toHttpRequest,
  type HttpRequest,
  type OperationSchema,
  type ServiceSchema,
} from '@anvil/runtime';
import { delay, HttpHandler, HttpResponse, type HttpResponseResolver } from 'msw';
import { answerRequest, type AnswerContext } from './answer.js';
import { requestIdSequence } from './requestId.js';
import { createScopeMatcher, stripPrefix } from './scope.js';
import type { HandlerOptions, HandlerOverride } from './types.js';

/** Request header carrying the request id in AWS responses (read into `$metadata.requestId` by SDKs). */
const REQUEST_ID_HEADER = 'x-amzn-requestid';

/**
 * Wire form of each intercepted request, shared by all handlers: msw offers
 * the same `Request` object to every handler, so its body is read once.
 */
const wireCache = new WeakMap<Request, Promise<HttpRequest>>();

function readWire(request: Request): Promise<HttpRequest> {
  let wire = wireCache.get(request);
  if (!wire) {
    wire = toHttpRequest(request.clone());
    wireCache.set(request, wire);
  }
  return wire;
}

/**
 * Create the msw handler of one operation.
 *
 * Matching: the request must be in scope (`options.baseUrl` / `options.region`;
 * any host by default) and the protocol codec's `matchRequest` must accept it
 * (restJson1: method + `@http` URI; awsJson: `X-Amz-Target: <Service>.<Operation>`).
 * Anything else is not matched, so msw tries the next handler and finally
 * reports it to `onUnhandledRequest`.
 *
 * Answering: after `options.delay` ms, a network error when `options.networkError`;
 * else the request is parsed, validated against the input schema (unless
 * `options.validate === false`; failures answer the operation's modeled
 * `ValidationException`, or `smithy.framework#ValidationException` with status 400),
 * and answered with the override or the default output (fake data seeded by
 * `options.seed ?? operation.id`) through the codec. Every response carries an
 * `x-amzn-requestid` header, deterministic per handler and request count.
 *
 * @typeParam I the operation's input type
 * @typeParam O the operation's output type
 * @param service the service schema (its `protocol` selects the codec)
 * @param operation the operation schema
 * @param override answer to send instead of the default (see {@link HandlerOverride})
 * @param options matching and behaviour options (see {@link HandlerOptions})
 * @returns an msw `HttpHandler` for `setupServer(...)` / `setupWorker(...)` / `server.use(...)`
 * @throws Error from `getProtocol` when the service protocol has no codec;
 *   TypeError when `options.baseUrl` is not an absolute URL
 *
 * @example
 * ```ts
 * const server = setupServer(createHandler(ElasticDisasterRecoveryService$, RetryDataReplication$, { sourceServerID: 's-12345678901234567' }));
 * ```
 */
export function createHandler<I, O>(
  service: ServiceSchema,
  operation: OperationSchema,
  override?: HandlerOverride<I, O>,
  options: HandlerOptions = {},
): HttpHandler {
  const codec = getProtocol(service.protocol);
  const inScope = createScopeMatcher(options);
  const method = handlerMethod(service, operation);
  const nextRequestId = requestIdSequence(`${operation.id}|${String(options.seed ?? '')}`);
  const matched = new WeakMap<Request, HttpRequest>();
  const ctx: AnswerContext<I, O> = {
    service,
    operation,
    codec,
    override,
    seed: options.seed ?? operation.id,
    validate: options.validate !== false,
    status: options.status,
  };

  const predicate = async ({ request }: { request: Request }): Promise<boolean> => {
    if (typeof method === 'string' && request.method.toUpperCase() !== method) return false;
    const prefix = inScope(new URL(request.url));
    if (prefix === undefined) return false;
    let wire: HttpRequest;
    try {
      wire = await readWire(request);
    } catch {
      return false;
    }
    const scoped = prefix === '' ? wire : { ...wire, path: stripPrefix(wire.path, prefix) };
    if (!codec.matchRequest(service, operation, scoped)) return false;
    matched.set(request, scoped);
    return true;
  };

  const resolver: HttpResponseResolver = async ({ request }) => {
    const wire = matched.get(request);
    // The predicate always runs first; without a match, fall through to the next handler.
    if (!wire) return undefined;
    if (options.delay !== undefined) await delay(options.delay);
    if (options.networkError === true) return HttpResponse.error();
    const response = await answerRequest(ctx, wire, request);
    response.headers = { ...response.headers, [REQUEST_ID_HEADER]: nextRequestId() };
    return fromHttpResponse(response);
  };

  return new HttpHandler(method, predicate, resolver, { once: options.once === true });
}

/** The method msw pre-filters on: the `@http` method, POST for the RPC protocols, else any. */
function handlerMethod(service: ServiceSchema, operation: OperationSchema): string | RegExp {
  if (service.protocol === 'awsJson1_0' || service.protocol === 'awsJson1_1') return 'POST';
  return operation.http?.method.toUpperCase() ?? /.+/;
}
