/**
 * Adapters between fetch `Request`/`Response` objects and the plain wire messages
 * ({@link HttpRequest}/{@link HttpResponse}) the protocol codecs use. No Node `Buffer`: runs in
 * browsers, Node and service workers alike.
 * @packageDocumentation
 */
import type { HeaderMap, HttpRequest, HttpResponse } from './messages.js';
import { encodeQueryString, parseQueryString } from './percent-encoding.js';
import { getOwn, setOwn } from '../schema/index.js';

function headersToMap(headers: Headers): HeaderMap {
  const map: HeaderMap = {};
  headers.forEach((value, name) => {
    const key = name.toLowerCase();
    const seen = getOwn(map, key);
    setOwn(map, key, seen === undefined ? value : `${String(seen)}, ${value}`);
  });
  return map;
}

async function readBody(body: { arrayBuffer(): Promise<ArrayBuffer> }): Promise<Uint8Array | undefined> {
  const bytes = new Uint8Array(await body.arrayBuffer());
  return bytes.byteLength === 0 ? undefined : bytes;
}

/**
 * Read a fetch `Request` (e.g. the one MSW hands a handler) into a wire request.
 * The path stays percent-encoded as received; query parameters are decoded
 * (`%XX` and `+` as space) in wire order; an empty body becomes `undefined`.
 * Consumes the request body.
 */
export async function toHttpRequest(request: Request): Promise<HttpRequest> {
  const head = toHttpRequestHead(request);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return { ...head, body: hasBody ? await readBody(request) : undefined };
}

/**
 * Read a fetch `Request`'s method, URL and headers into a wire request without a body, as
 * {@link toHttpRequest} does (path percent-encoded as received, query decoded in wire order).
 * Does not touch the request body: a mock can decide whether a request is its own before reading it.
 * @param request the fetch request (its body stays unread)
 * @returns the wire request, `body` absent
 */
export function toHttpRequestHead(request: Request): HttpRequest {
  const url = new URL(request.url);
  return {
    method: request.method.toUpperCase(),
    path: url.pathname || '/',
    query: parseQueryString(url.search),
    headers: headersToMap(request.headers),
    hostname: url.hostname,
  };
}

/**
 * Build a fetch `Request` for a wire request.
 * @param req the serialised request; `req.hostname`, when set, replaces the base URL's host name
 * @param baseUrl endpoint such as `https://drs.us-east-1.amazonaws.com` (a path prefix is kept and `req.path` appended)
 */
export function fromHttpRequest(req: HttpRequest, baseUrl: string): Request {
  const url = new URL(baseUrl);
  if (req.hostname) url.hostname = req.hostname;
  const prefix = url.pathname.replace(/\/+$/, '');
  const search = encodeQueryString(req.query, req.valuelessQueryKeys);
  const href = `${url.protocol}//${url.host}${prefix}${req.path}${search ? `?${search}` : ''}`;
  const init: RequestInit = { method: req.method, headers: req.headers };
  if (req.body !== undefined && req.method !== 'GET' && req.method !== 'HEAD') init.body = req.body as BodyInit;
  return new Request(href, init);
}

/** Read a fetch `Response` into a wire response (consumes its body; empty body → `undefined`). */
export async function toHttpResponse(response: Response): Promise<HttpResponse> {
  return { status: response.status, headers: headersToMap(response.headers), body: await readBody(response) };
}

const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

const isContentLength = (name: string) => name.toLowerCase() === 'content-length';

function withoutContentLength(headers: HttpResponse['headers']): HttpResponse['headers'] {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !isContentLength(name)));
}

/**
 * Build a fetch `Response` from a wire response (statuses 204/205/304 never carry a body). Like an
 * HTTP server, it sets `content-length` to the body's byte length, replacing a different declared one;
 * a response without a body keeps a declared `content-length` (a HEAD answer's object size), else gets `0`.
 */
export function fromHttpResponse(res: HttpResponse): Response {
  const bodyless = NULL_BODY_STATUS.has(res.status);
  const body = res.body !== undefined && !bodyless ? (res.body as BodyInit) : null;
  const length = res.body?.byteLength ?? 0;
  const hasLength = Object.keys(res.headers).some(isContentLength);
  // a body's own length wins over a Content-Length member (fake data); without a body a declared length stays (HEAD)
  if (bodyless || (hasLength && length === 0)) return new Response(body, { status: res.status, headers: res.headers });
  // (the common case, no declared length: one copy)
  const headers = hasLength ? withoutContentLength(res.headers) : { ...res.headers };
  headers['content-length'] = String(length);
  return new Response(body, { status: res.status, headers });
}
