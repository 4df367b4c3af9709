/**
 * Sending a wire request with `fetch` and reading the wire response, plus the
 * response metadata extracted from headers.
 * @packageDocumentation
 */
import { setOwn, type HeaderMap, type HttpResponse } from '@anvil/runtime';
import type { ResponseMetadata } from './exception.js';

/** Headers that `fetch` computes itself and browsers refuse to let scripts set. */
const FETCH_MANAGED_HEADERS = new Set(['host', 'content-length']);

/** One signed request ready to send. */
export interface WireRequest {
  /** Absolute URL with the encoded path and query. */
  url: string;
  /** HTTP method. */
  method: string;
  /** Lower-cased header names, including `host` (the fetch handler drops the headers `fetch` manages itself). */
  headers: HeaderMap;
  /** Body bytes; absent for an empty body. */
  body?: Uint8Array;
  /**
   * The body of an operation with a streaming input (an event stream, or a `@streaming` blob given as a
   * `Blob`, `ReadableStream` or async iterable), in place of `body`: send it as it is produced. Absent otherwise.
   */
  bodyStream?: ReadableStream<Uint8Array> | Blob;
  /**
   * Present when the operation's output streams (an event stream or a `@streaming` blob): a 2xx response's
   * body must be handed back unbuffered, as a `ReadableStream` (or any `AsyncIterable` of `Uint8Array`).
   */
  streamResponse?: true;
  /**
   * Aborts when the caller aborts or the per-attempt timeout fires; present only when the call has an `abortSignal`
   * or a `requestTimeout`. The client never sends a request whose signal has already aborted.
   */
  signal?: AbortSignal;
}

/** A response body as a transport hands it back: bytes, or (for streaming outputs) a stream of byte chunks. */
export type ResponseBody = Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** A response as a transport hands it back ({@link HttpResponse}, whose body may also be a stream). */
export interface TransportResponse {
  status: number;
  headers: HeaderMap;
  body?: ResponseBody;
}

/**
 * The transport (the `requestHandler` client option): sends one signed request and buffers the whole response
 * (for requests with `streamResponse`, a 2xx body may be returned as a stream instead; a buffered one works too).
 * Rejecting (with anything) makes the attempt a `NetworkError` (retried); a rejection after `signal` aborted is a
 * timeout or the caller's abort. The default is {@link fetchHandler}.
 * @param request the signed request
 * @returns status, lower-cased header names (repeated ones joined with `", "`) and the body bytes (absent when empty)
 */
export type RequestHandler = (request: WireRequest) => Promise<TransportResponse>;

/** What a {@link RequestHandler} must resolve, as stated in the error that reports a transport breaking it. */
export const TRANSPORT_CONTRACT =
  'a requestHandler must resolve { status: number, headers: Record<string, string> (lower-case names), body?: Uint8Array }';

/**
 * Check what a {@link RequestHandler} resolved before the client reads it.
 * @param value what the transport resolved
 * @param call the call it answered, for the message (`<operation id> (<METHOD> <url>)`)
 * @returns `value`, typed as a response
 * @throws TypeError stating the transport contract ({@link TRANSPORT_CONTRACT}) and what was resolved instead,
 *   e.g. `undefined` or an object without `headers`; not retried (it is a programming error, not a network failure)
 */
export function checkTransportResponse(value: unknown, call: string): HttpResponse {
  const problem = transportProblem(value);
  if (problem === undefined) return value as HttpResponse;
  throw new TypeError(`The requestHandler answering ${call} resolved ${problem}; ${TRANSPORT_CONTRACT}.`);
}

function transportProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return describe(value);
  const { status, headers, body } = value as Partial<Record<keyof HttpResponse, unknown>>;
  const [field, bad] = !Number.isInteger(status)
    ? ['status is', status]
    : headers === null || typeof headers !== 'object'
      ? ['headers are', headers]
      : body !== undefined && !(body instanceof Uint8Array)
        ? ['body is', body]
        : [];
  return field && `an object whose ${field} ${describe(bad)}`;
}

/** `undefined`, `null`, `a string`, `a Headers object`, `a plain object` … */
function describe(value: unknown): string {
  if (value === undefined || value === null) return String(value);
  return typeof value === 'object' ? `a ${value.constructor?.name ?? 'plain'} object` : `a ${typeof value}`;
}

/**
 * The default transport: `fetch`.
 * @param fetchFn the `fetch` to use; omitted: `globalThis.fetch`, looked up on every request (so msw and other
 *   patches installed after the client was created still apply)
 * @returns a {@link RequestHandler} that strips `host` and `content-length` (browsers refuse them) and buffers the body
 */
export function fetchHandler(fetchFn?: typeof fetch): RequestHandler {
  return (request) => sendRequest(fetchFn ?? globalThis.fetch, request);
}

/**
 * Send a request with `fetch` and buffer the whole response (a 2xx response to a `streamResponse` request
 * keeps its body as the `ReadableStream`). A `ReadableStream` request body is sent with `duplex: 'half'`
 * (required by fetch for streamed uploads).
 * @param fetchFn the `fetch` to use
 * @returns status, lower-cased headers (repeated ones joined with `", "`) and the body bytes (`undefined` when empty)
 * @throws whatever `fetch` throws (network failure `TypeError`, `AbortError` `DOMException`)
 */
export async function sendRequest(fetchFn: typeof fetch, request: WireRequest): Promise<TransportResponse> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (!FETCH_MANAGED_HEADERS.has(name.toLowerCase())) setOwn(headers, name, value);
  }
  const init: RequestInit = { method: request.method, headers };
  if (request.body !== undefined && request.method !== 'GET' && request.method !== 'HEAD') {
    init.body = asArrayBufferView(request.body);
  } else if (request.bodyStream !== undefined) {
    init.body = request.bodyStream;
    // fetch (undici, Chromium) sends a stream body only in half-duplex mode; the option is not in lib.dom yet
    if (!(typeof Blob !== 'undefined' && request.bodyStream instanceof Blob)) (init as RequestInit & { duplex: 'half' }).duplex = 'half';
  }
  if (request.signal) init.signal = request.signal;
  const response = await fetchFn(request.url, init);
  const responseHeaders: HeaderMap = {};
  response.headers.forEach((value, name) => {
    setOwn(responseHeaders, name.toLowerCase(), value);
  });
  if (request.streamResponse && response.ok && response.body) return { status: response.status, headers: responseHeaders, body: response.body };
  const bytes = new Uint8Array(await response.arrayBuffer());
  return bytes.byteLength === 0
    ? { status: response.status, headers: responseHeaders }
    : { status: response.status, headers: responseHeaders, body: bytes };
}

function asArrayBufferView(body: Uint8Array): Uint8Array<ArrayBuffer> {
  return body.buffer instanceof ArrayBuffer ? (body as Uint8Array<ArrayBuffer>) : new Uint8Array(body);
}

/**
 * Response metadata from a wire response.
 * @param response status and lower-cased headers
 * @returns `httpStatusCode`, `requestId` (`x-amzn-requestid`, else `x-amz-request-id`), `extendedRequestId`
 *   (`x-amz-id-2`), `cfId` (`x-amz-cf-id`), `attempts: 1`, `totalRetryDelay: 0` (the client overwrites both after retries)
 */
export function responseMetadata(response: Pick<HttpResponse, 'status' | 'headers'>): ResponseMetadata {
  const h = response.headers;
  const metadata: ResponseMetadata = { httpStatusCode: response.status };
  const requestId = h['x-amzn-requestid'] ?? h['x-amz-request-id'];
  if (requestId !== undefined) metadata.requestId = requestId;
  const extendedRequestId = h['x-amz-id-2'];
  if (extendedRequestId !== undefined) metadata.extendedRequestId = extendedRequestId;
  const cfId = h['x-amz-cf-id'];
  if (cfId !== undefined) metadata.cfId = cfId;
  metadata.attempts = 1;
  metadata.totalRetryDelay = 0;
  return metadata;
}

/** Name of the error for an attempt that got no response within `requestTimeout`. */
export const TIMEOUT_ERROR = 'TimeoutError';

/** What {@link attemptSignal} returns when there is neither a signal nor a timeout. */
const NO_TIMER = { done(): void {} };

/**
 * A signal that aborts when `signal` aborts or after `timeoutMs` (with a `TimeoutError` `DOMException`).
 * @param signal the caller's signal, if any
 * @param timeoutMs per-attempt timeout in ms; `undefined` or ≤ 0 for none
 * @returns the combined signal and `done()` to clear the timer
 */
export function attemptSignal(signal: AbortSignal | undefined, timeoutMs: number | undefined): { signal?: AbortSignal; done(): void } {
  if (timeoutMs === undefined || timeoutMs <= 0) return signal ? { signal, done() {} } : NO_TIMER;
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal!.reason);
  if (signal?.aborted) controller.abort(signal.reason);
  else signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new DOMException(`no response within ${timeoutMs} ms`, TIMEOUT_ERROR)), timeoutMs);
  return {
    signal: controller.signal,
    done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}
