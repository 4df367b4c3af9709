/**
 * Request body content codings, shared by client (compress) and mock (decompress):
 * gzip through the web-standard `CompressionStream` / `DecompressionStream`
 * (Node ≥ 18, every current browser), and `Content-Encoding` list handling.
 *
 * Spec: Smithy "requestCompression trait"; RFC 9110 §8.4 (`Content-Encoding` lists
 * codings in the order they were applied).
 * @packageDocumentation
 */
import type { HeaderMap, HttpRequest } from './messages.js';
import { findHeader } from './headers.js';

/** Content codings this runtime can apply and remove. */
export const SUPPORTED_ENCODINGS: readonly string[] = ['gzip'];

async function pipeBytes(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * gzip-compress bytes (RFC 1952).
 * @returns the compressed bytes
 */
export function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  return pipeBytes(bytes, new CompressionStream('gzip'));
}

/**
 * Decompress gzip bytes (RFC 1952).
 * @returns the original bytes
 * @throws TypeError when `bytes` are not valid gzip data
 */
export function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  return pipeBytes(bytes, new DecompressionStream('gzip'));
}

/** The codings of a `Content-Encoding` value in application order, as written (trimmed), empty entries dropped. */
export function parseContentEncoding(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
}

/**
 * Headers with `encoding` appended to `Content-Encoding` (`custom` → `custom, gzip`; set when absent).
 * @returns a new header map (the input is not changed); the header is written as `content-encoding`
 */
export function appendContentEncoding(headers: HeaderMap, encoding: string): HeaderMap {
  const existing = findHeader(headers, 'content-encoding');
  const out: HeaderMap = { ...headers };
  if (existing) delete out[existing[0]];
  const current = existing?.[1].trim();
  out['content-encoding'] = current ? `${current}, ${encoding}` : encoding;
  return out;
}

/**
 * Server side: undo the gzip codings applied last (`Content-Encoding: custom, gzip` → body gunzipped,
 * header `custom`; a header left empty is removed). Codings other than gzip, and a body that is not
 * valid gzip, are left as they are (the codec then rejects an undecodable body as malformed).
 * @param request the wire request as received
 * @returns the request with a decoded body, or `request` itself when nothing was decoded
 */
export async function decodeRequestBody(request: HttpRequest): Promise<HttpRequest> {
  const entry = findHeader(request.headers, 'content-encoding');
  if (!entry || request.body === undefined) return request;
  const codings = parseContentEncoding(entry[1]);
  let body = request.body;
  let decoded = 0;
  while (codings.length > 0 && codings[codings.length - 1]!.toLowerCase() === 'gzip') {
    try {
      body = await gunzip(body);
    } catch {
      break;
    }
    codings.pop();
    decoded++;
  }
  if (decoded === 0) return request;
  const headers: HeaderMap = { ...request.headers };
  delete headers[entry[0]];
  if (codings.length > 0) headers['content-encoding'] = codings.join(', ');
  return { ...request, headers, body };
}
