/**
 * `createHandler`: the msw request handler behind every generated `<op>Handler()`.
 * @packageDocumentation
 */
import {
  fromHttpResponse,
  getProtocol,
  type HttpRequest,
  type OperationSchema,
  type ProtocolCodec,
  type ProtocolName,
  type ServiceSchema,
} from '@anvil/runtime';
import { delay, HttpHandler, HttpResponse, type HttpResponseResolver } from 'msw';
import { answerRequest, type AnswerContext } from './answer-request.js';
import { DefaultOutputs } from './default-outputs.js';
import { requestIdSequence } from './request-id.js';
import { isPreflightFor, preflightResponse } from './cors-preflight.js';
import { claimedByPrecedingRoute, precedingRoutes } from './route-precedence.js';
import { endpointPathCandidates } from './endpoint-paths.js';
import { createScopeMatcher, stripPrefix } from './scope.js';
import { overrideSource } from './sequence.js';
import type { HandlerModel, HandlerOptions, HandlerOverride, MockHandler, RecordedCall } from './handler-types.js';
import { matchWithoutCodec, notImplementedResponse } from './unsupported.js';
import { pathStyleRequest } from './s3-addressing.js';
import { readMatchedBody, readWireCopy, requestHead, routesWithoutBody } from './request-wire.js';

/** Request header carrying the request id in AWS responses (read into `$metadata.requestId` by SDKs). */
const REQUEST_ID_HEADER = 'x-amzn-requestid';

/**
 * The request-id headers of an answer: `x-amzn-requestid`; restXml services (S3) also send `x-amz-request-id`
 * and an extended id `x-amz-id-2` (the S3 SDK reads them into `$metadata.requestId` / `extendedRequestId`).
 */
function requestIdHeaders(protocol: ProtocolName, id: string): Record<string, string> {
  if (protocol !== 'restXml') return { [REQUEST_ID_HEADER]: id };
  return { [REQUEST_ID_HEADER]: id, 'x-amz-request-id': id, 'x-amz-id-2': `${id}/extended` };
}

/**
 * The codecs of the service's protocols that the runtime implements, in order of preference, or the
 * lookup error's message when it has none (looked up on first use, not at creation).
 */
type CodecLookup = { readonly codecs: readonly ProtocolCodec[] } | { readonly missing: string };

/** The service's protocols: `protocol`, then the others it declares (`protocols`). */
function protocolsOf(service: ServiceSchema): ProtocolName[] {
  return [...new Set([service.protocol, ...(service.protocols ?? [])])];
}

function lookupCodecs(service: ServiceSchema): CodecLookup {
  const codecs: ProtocolCodec[] = [];
  let missing: string | undefined;
  for (const protocol of protocolsOf(service)) {
    try {
      codecs.push(getProtocol(protocol));
    } catch (error) {
      missing ??= error instanceof Error ? error.message : String(error);
    }
  }
  return codecs.length > 0 ? { codecs } : { missing: missing ?? `${service.id} declares no protocol` };
}

/**
 * Create the msw handler of one operation.
 *
 * Matching: the request must be in scope (`options.baseUrl` / `options.region`;
 * any host by default) and the protocol codec's `matchRequest` must accept it
 * (restJson1, restXml: method + `@http` URI; awsJson: `X-Amz-Target: <Service>.<Operation>`;
 * awsQuery, ec2Query: `POST /` with `Action=<Operation>` in the form body, which is read from a clone of the
 * request, once per request for all handlers; the other protocols match without reading the body, and
 * the handler reads the request's own body once it has matched, see `request-wire.ts`), and, for
 * protocols routed by `@http`, no more specific route of `routes` may match it (route precedence:
 * `GET /things/count` is left to `CountThings` even by a `GET /things/{id}` handler registered
 * before it; see `route-precedence.ts`). Anything else is not matched, so msw tries the next handler
 * and finally reports it as unhandled (`onUnhandledRequest` in msw 2, `onUnhandledFrame` in msw 3).
 * A `'fall-through'` sequence override stops matching once used up. A CORS preflight
 * (`OPTIONS`) for the operation's URL gets a `204` allowing the request (see
 * `cors-preflight.ts`: happy-dom sends them under msw 3), unless `options.once` is set.
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
 * A service that declares several protocols (`ServiceSchema.protocols`, e.g. CloudWatch: rpcv2Cbor,
 * awsJson1_0, awsQuery) is answered in whichever of them with a codec the request matches first, in
 * order of preference, so clients on any of its protocols reach the same handler, override and `calls`.
 *
 * Services none of whose protocols has a codec: creating the handler does not throw; it matches by the
 * protocol's routing rule and answers 501 with a message naming the protocol.
 *
 * @typeParam I the operation's input type
 * @typeParam O the operation's output type
 * @param service the service schema (its `protocol` selects the codec, looked up on the first request)
 * @param operation the operation schema
 * @param override answer to send instead of the default (see {@link HandlerOverride}; a list is a sequence)
 * @param options matching and behaviour options (see {@link HandlerOptions})
 * @param model the operation's examples and stateful answer (see {@link HandlerModel}; generated code passes it)
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
  model: HandlerModel<I> = {},
): MockHandler<I> {
  const inScope = createScopeMatcher(options);
  const scoped = options.baseUrl !== undefined || options.region !== undefined;
  const preceding = precedingRoutes(service, operation, model.routes);
  const method = handlerMethod(service, operation);
  const fixedRequestId = options.requestId;
  const nextRequestId = fixedRequestId === undefined ? requestIdSequence(`${operation.id}|${String(options.seed ?? '')}`) : () => fixedRequestId;
  // restJson1, restXml, awsJson, rpcv2: matched on the request's head, the body read once matched (no copy)
  const headOnly = routesWithoutBody(protocolsOf(service));
  const matched = new WeakMap<Request, { readonly wire: HttpRequest; readonly codec?: ProtocolCodec }>();
  const calls: RecordedCall<I>[] = [];
  const overrides = overrideSource(override, options.afterSequence);
  const defaults = new DefaultOutputs(operation, options.seed ?? operation.id);
  let lookup: CodecLookup | undefined;
  const contexts = new Map<ProtocolCodec, AnswerContext<I, O>>();
  const codecLookup = (): CodecLookup => (lookup ??= lookupCodecs(service));

  // Not for `once` handlers: a preflight would use up their one answer.
  const answersPreflight = options.once !== true;
  const preflights = new WeakSet<Request>();

  const predicate = async ({ request }: { request: Request }): Promise<boolean> => {
    const preflight = answersPreflight && request.method.toUpperCase() === 'OPTIONS';
    if (!preflight && typeof method === 'string' && request.method.toUpperCase() !== method) return false;
    if (overrides.exhausted()) return false;
    // without a baseUrl or region every URL is in scope: no URL parse per request
    const prefix = scoped ? inScope(new URL(request.url)) : '';
    if (prefix === undefined) return false;
    if (preflight) {
      const { pathname } = new URL(request.url);
      if (!isPreflightFor(service, operation, protocolsOf(service), request, stripPrefix(pathname, prefix))) return false;
      preflights.add(request);
      return true;
    }
    let wire: HttpRequest;
    if (headOnly) {
      // a body a handler before this one consumed cannot be answered from
      if (request.bodyUsed) return false;
      wire = requestHead(request);
    } else {
      try {
        wire = await readWireCopy(request);
      } catch {
        return false;
      }
    }
    const sent = pathStyleRequest(service, wire.hostname ?? new URL(request.url).hostname, prefix === '' ? wire : { ...wire, path: stripPrefix(wire.path, prefix) });
    const candidates = endpointPathCandidates(service, sent);
    const found = codecLookup();
    if (!('codecs' in found)) {
      const local = candidates.find((c) => matchWithoutCodec(service, operation, c));
      if (!local) return false;
      if (preceding.length > 0 && claimedByPrecedingRoute(preceding, local, { trailingSlash: true })) return false;
      matched.set(request, { wire: local });
      return true;
    }
    let local: HttpRequest | undefined;
    let codec: ProtocolCodec | undefined;
    for (const candidate of candidates) {
      codec = found.codecs.find((k) => k.matchRequest(service, operation, candidate));
      if (codec) {
        local = candidate;
        break;
      }
    }
    if (!local || !codec) return false;
    // A more specific route of the service (literal segments before labels) takes the request, whatever the order.
    if (preceding.length > 0 && claimedByPrecedingRoute(preceding, local, { trailingSlash: false })) return false;
    matched.set(request, { wire: local, codec });
    return true;
  };

  const resolver: HttpResponseResolver = async ({ request }) => {
    const match = matched.get(request);
    // The predicate always runs first; without a match, fall through to the next handler.
    if (preflights.has(request)) return preflightResponse(request, typeof method === 'string' ? method : operation.http?.method.toUpperCase() ?? 'POST');
    if (!match) return undefined;
    const { codec } = match;
    if (options.delay !== undefined) await delay(options.delay);
    if (options.networkError === true) return HttpResponse.error();
    const { wire, readable } = headOnly ? await readMatchedBody(request, match.wire) : { wire: match.wire, readable: () => request };
    const requestId = nextRequestId();
    let response;
    if (codec) {
      let ctx = contexts.get(codec);
      if (!ctx) {
        ctx = {
          service,
          operation,
          codec,
          overrides,
          defaults,
          validate: options.validate !== false,
          status: options.status,
          calls,
          model,
          seed: options.seed ?? operation.id,
          ...(options.eventDelay === undefined ? {} : { eventDelay: options.eventDelay }),
        };
        contexts.set(codec, ctx);
      }
      response = await answerRequest(ctx, wire, request, { requestId }, readable);
    } else {
      const found = codecLookup();
      response = notImplementedResponse(service, operation, 'missing' in found ? found.missing : '');
    }
    // a fresh header map: cached default responses are shared between requests
    const headers = { ...response.headers, ...requestIdHeaders(codec?.name ?? service.protocol, requestId) };
    // a streamed body (event streams, streaming blobs) has no content-length
    if ('stream' in response) return new Response(response.stream, { status: response.status, headers });
    // a response to HEAD carries no content, errors included (RFC 9110 §9.3.2): the status alone tells the client
    const bodyless = response.body === undefined || request.method.toUpperCase() === 'HEAD';
    return fromHttpResponse({ status: response.status, headers, ...(bodyless ? {} : { body: response.body }) });
  };

  // msw checks the method before the predicate: let OPTIONS through when preflights are answered.
  const mswMethod = answersPreflight && typeof method === 'string' ? new RegExp(`^(?:${method}|OPTIONS)$`, 'i') : method;
  const handler = new HttpHandler(mswMethod, predicate, resolver, { once: options.once === true }) as HttpHandler & {
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

/** The method msw pre-filters on: POST when every protocol is an RPC one, the `@http` method when every one is REST, else any. */
function handlerMethod(service: ServiceSchema, operation: OperationSchema): string | RegExp {
  const rest = protocolsOf(service).map((p) => p === 'restJson1' || p === 'restXml');
  if (rest.every((r) => !r)) return 'POST';
  return rest.every(Boolean) ? operation.http?.method.toUpperCase() ?? /.+/ : /.+/;
}
