/**
 * One HTTP attempt of an operation call: hooks, authentication, signing,
 * the transport (`fetch` by default) with the per-attempt timeout.
 * @packageDocumentation
 */
import { collectBytes, type ByteSource, type HeaderMap, type HttpRequest, type HttpResponse, type OperationSchema } from '@anvil/runtime';
import type { ResolvedAuth } from './auth.js';
import type { ClientBinding } from './config.js';
import type { ResolvedEndpoint } from './endpoint-rules.js';
import { resolveTarget } from './endpoint.js';
import type { ResponseMetadata, ServiceException } from './exception.js';
import type { Middleware } from './middleware.js';
import { signRequest } from '#sign';
import { TIMEOUT_ERROR, attemptSignal, checkTransportResponse, responseMetadata, type RequestHandler, type WireRequest } from './transport.js';
import type { StreamingRequest } from './streaming/streaming-support.js';

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
  /** The streamed request body (a streaming input): made after signing, once. */
  readonly streamBody?: StreamingRequest;
  /** The output streams: a 2xx body is kept as a stream ({@link AttemptOutcome} `stream`), not buffered. */
  readonly streamResponse?: boolean;
}

/** A response (any status) with its metadata, or a typed network/timeout error. */
export type AttemptOutcome =
  | {
      readonly response: HttpResponse;
      readonly metadata: ResponseMetadata;
      /** The unread body of a 2xx response to a streaming operation (then `response.body` is absent). */
      readonly stream?: ByteSource;
      readonly error?: undefined;
    }
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
  const auth = ctx.auth;
  // bearer token / API key (SigV4 signs below)
  const authed = 'support' in auth ? auth.support.apply(request, auth.scheme, auth.identity) : request;
  const endpointUrl = ctx.endpoint instanceof URL ? ctx.endpoint : ctx.endpoint.url;
  const target = resolveTarget(endpointUrl, authed);
  let headers: HeaderMap = { ...authed.headers, host: target.host };
  if (!(ctx.endpoint instanceof URL) && ctx.endpoint.headers) {
    for (const [name, values] of Object.entries(ctx.endpoint.headers)) headers[name.toLowerCase()] = values.join(', ');
  }
  const sigv4 = auth.scheme?.type === 'sigv4' && 'credentials' in auth ? { service: auth.scheme.name, region: ctx.signingRegion ?? '', credentials: auth.credentials } : undefined;
  if (sigv4) {
    if (ctx.streamBody) headers['x-amz-content-sha256'] = ctx.streamBody.payloadHash;
    headers = await signRequest({ method: authed.method, target, query: authed.query, headers, ...(authed.body ? { body: authed.body } : {}) }, sigv4);
  }
  // the seed signature of a signed streamed body's chunks
  const seedSignature = sigv4 && ctx.streamBody ? /Signature=([0-9a-f]+)/.exec(headers['authorization'] ?? '')?.[1] : undefined;
  const bodyStream: WireRequest['bodyStream'] = ctx.streamBody?.body(sigv4 && seedSignature ? { ...sigv4, seedSignature } : undefined);
  const timer = attemptSignal(ctx.signal, ctx.timeout);
  const started = Date.now();
  let response: HttpResponse;
  let stream: ByteSource | undefined;
  try {
    if (timer.signal?.aborted) throw timer.signal.reason;
    const raw = await ctx.send({
      url: target.url,
      method: authed.method,
      headers,
      ...(authed.body ? { body: authed.body } : {}),
      ...(bodyStream ? { bodyStream } : {}),
      ...(ctx.streamResponse ? { streamResponse: true } : {}),
      ...(timer.signal ? { signal: timer.signal } : {}),
    });
    response = raw as HttpResponse;
    // a handler breaking the transport contract (no object, a string body) is reported after the try
    if (typeof raw === 'object' && raw !== null && typeof raw.body === 'object' && raw.body !== null && !(raw.body instanceof Uint8Array)) {
      // a stream: kept for a streaming operation's 2xx response, else read whole (within the timeout)
      const { body: rawBody, ...head } = raw;
      if (ctx.streamResponse && raw.status >= 200 && raw.status <= 299) [response, stream] = [head, rawBody];
      else response = { ...head, ...(await bufferedBody(rawBody)) };
    }
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
  return { response, metadata: responseMetadata(response), ...(stream ? { stream } : {}) };
}

async function bufferedBody(source: ByteSource): Promise<{ body?: Uint8Array }> {
  const bytes = await collectBytes(source);
  return bytes ? { body: bytes } : {};
}
