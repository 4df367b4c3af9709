/**
 * Adapters between fetch `Request`/`Response` objects and the plain wire
 * messages ({@link HttpRequest}/{@link HttpResponse}) the protocol codecs use,
 * plus UTF-8 and base64 helpers. No Node `Buffer`: runs in browsers, Node and
 * service workers alike.
 * @packageDocumentation
 */
import type { HeaderMap, HttpRequest, HttpResponse } from './protocol.js';
import { encodeQueryString, parseQueryString } from './protocols/uri.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Encode a string as UTF-8 bytes. */
export function utf8Encode(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Decode UTF-8 bytes to a string (invalid sequences become U+FFFD). */
export function utf8Decode(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Encode bytes as standard base64 (RFC 4648 §4) with `=` padding. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + '==';
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + '=';
  }
  return out;
}

/**
 * Decode standard base64 (ASCII whitespace ignored).
 * @param strict require canonical padding (length a multiple of 4); otherwise padding is optional
 * @throws Error when the text holds a character outside the base64 alphabet or has an impossible length.
 */
export function fromBase64(text: string, strict = false): Uint8Array {
  const compact = text.replace(/[\t\n\f\r ]+/g, '');
  if (strict && compact.length % 4 !== 0) throw new Error(`invalid base64: length ${compact.length} is not a multiple of 4`);
  const clean = compact.replace(/={1,2}$/, '');
  if (clean.length % 4 === 1) throw new Error(`invalid base64: bad length ${text.length}`);
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    const v = code < 128 ? LOOKUP[code]! : -1;
    if (v < 0) throw new Error(`invalid base64: unexpected character ${JSON.stringify(clean[i])} at ${i}`);
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

function headersToMap(headers: Headers): HeaderMap {
  const map: HeaderMap = {};
  headers.forEach((value, name) => {
    const key = name.toLowerCase();
    map[key] = map[key] === undefined ? value : `${map[key]}, ${value}`;
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
  const url = new URL(request.url);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return {
    method: request.method.toUpperCase(),
    path: url.pathname || '/',
    query: parseQueryString(url.search),
    headers: headersToMap(request.headers),
    body: hasBody ? await readBody(request) : undefined,
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

/**
 * Build a fetch `Response` from a wire response (statuses 204/205/304 never carry a body). Like an
 * HTTP server, it sets `content-length` (the body's byte length, `0` without a body) unless the
 * response has one already or its status carries no body.
 */
export function fromHttpResponse(res: HttpResponse): Response {
  const bodyless = NULL_BODY_STATUS.has(res.status);
  const body = res.body !== undefined && !bodyless ? (res.body as BodyInit) : null;
  const hasLength = Object.keys(res.headers).some((name) => name.toLowerCase() === 'content-length');
  const headers = bodyless || hasLength ? res.headers : { ...res.headers, 'content-length': String(res.body?.byteLength ?? 0) };
  return new Response(body, { status: res.status, headers });
}
