/**
 * One HTTP attempt of an operation call: hooks, authentication, signing,
 * the transport (`fetch` by default) with the per-attempt timeout.
 * @packageDocumentation
 */
import type { HeaderMap, HttpRequest, HttpResponse, OperationSchema } from '@anvil/runtime';
import { applyTokenAuth, type ResolvedAuth } from './auth.js';
import type { ClientBinding } from './config.js';
import type { ResolvedEndpoint } from './endpoint-rules.js';
import { resolveTarget } from './endpoint.js';
import type { ResponseMetadata, ServiceException } from './exception.js';
import type { Middleware } from './middleware.js';
import { signRequest } from '#sign';
import { TIMEOUT_ERROR, attemptSignal, checkTransportResponse, responseMetadata, type RequestHandler } from './transport.js';

/** Name of the error for an attempt whose transport failed (DNS, connection reset, CORS). */
export const NETWORK_ERROR = 'NetworkError';

/** Everything an attempt needs, fixed for the whole call. */
export interface AttemptContext {
  readonly operation: OperationSchema;
  /** The serialised request (serialised once, so idempotency tokens stay the same across retries). */
  readonly wire: HttpRequest;
  readonly endpoint: URL | ResolvedEndpoint;
  readonly auth: ResolvedAuth;
  /** Region to sign for (SigV4 only). */
  readonly signingRegion?: string;
  /** The transport. */
  readonly send: RequestHandler;
  readonly middleware: readonly Middleware[];
  readonly signal?: AbortSignal;
  /** Per-attempt timeout, ms. */
  readonly timeout: number | undefined;
  readonly binding: ClientBinding;
}

/** A response (any status) with its metadata, or a typed network/timeout error. */
export type AttemptOutcome =
  | { readonly response: HttpResponse; readonly metadata: ResponseMetadata; readonly error?: undefined }
  | { readonly response?: undefined; readonly error: ServiceException };

/**
 * Run one attempt.
 * @param attempt 1-based attempt number
 * @returns the response, or a `NetworkError` / `TimeoutError` exception (an instance of the service's base exception)
 * @throws the abort signal's reason when the caller aborted; whatever a hook throws; TypeError when the transport
 *   resolves something other than a response (see `checkTransportResponse`)
 */
export async function runAttempt(ctx: AttemptContext, attempt: number): Promise<AttemptOutcome> {
  const { operation, binding } = ctx;
  // hooks may edit the request: they get a copy per attempt (without hooks, nothing writes to it)
  const request: HttpRequest = ctx.middleware.length ? { ...ctx.wire, headers: { ...ctx.wire.headers }, query: [...ctx.wire.query] } : ctx.wire;
  for (const m of ctx.middleware) await m.beforeSend?.({ operation, attempt, request });
  const authed = applyTokenAuth(request, ctx.auth);
  const endpointUrl = ctx.endpoint instanceof URL ? ctx.endpoint : ctx.endpoint.url;
  const target = resolveTarget(endpointUrl, authed);
  let headers: HeaderMap = { ...authed.headers, host: target.host };
  if (!(ctx.endpoint instanceof URL) && ctx.endpoint.headers) {
    for (const [name, values] of Object.entries(ctx.endpoint.headers)) headers[name.toLowerCase()] = values.join(', ');
  }
  const auth = ctx.auth;
  if (auth.scheme?.type === 'sigv4' && 'credentials' in auth) {
    headers = await signRequest(
      { method: authed.method, target, query: authed.query, headers, ...(authed.body ? { body: authed.body } : {}) },
      { service: auth.scheme.name, region: ctx.signingRegion ?? '', credentials: auth.credentials },
    );
  }
  const timer = attemptSignal(ctx.signal, ctx.timeout);
  const started = Date.now();
  let response: HttpResponse;
  try {
    if (timer.signal?.aborted) throw timer.signal.reason;
    response = await ctx.send({
      url: target.url,
      method: authed.method,
      headers,
      ...(authed.body ? { body: authed.body } : {}),
      ...(timer.signal ? { signal: timer.signal } : {}),
    });
  } catch (cause) {
    if (ctx.signal?.aborted) throw ctx.signal.reason;
    const timedOut = (cause as { name?: string } | null)?.name === TIMEOUT_ERROR && timer.signal?.aborted === true;
    const name = timedOut ? TIMEOUT_ERROR : NETWORK_ERROR;
    const detail = timedOut ? `no response within ${ctx.timeout} ms` : cause instanceof Error ? cause.message : String(cause);
    return {
      error: new binding.baseException({
        name,
        $fault: 'client',
        $metadata: {},
        message: `${name} calling ${operation.id} (${authed.method} ${target.url}): ${detail}`,
        cause,
      }),
    };
  } finally {
    timer.done();
  }
  response = checkTransportResponse(response, `${operation.id} (${authed.method} ${target.url})`);
  for (const m of ctx.middleware) {
    await m.afterReceive?.({ operation, attempt, request, response, durationMs: Date.now() - started });
  }
  return { response, metadata: responseMetadata(response) };
}
