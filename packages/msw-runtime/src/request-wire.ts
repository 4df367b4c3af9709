/**
 * The wire form of intercepted requests, for matching and for answering.
 *
 * msw offers the same `Request` object to each handler in turn until one answers, so a handler that
 * does not answer must leave the body unread (the next handler, or the network on passthrough, reads
 * it). Protocols that route without the body (method, path, query, headers) match on the request's
 * head and read the original body only once the handler has matched; protocols that route by the body
 * (awsQuery / ec2Query `Action`) read it from a copy (`request.clone()`), once per request for all handlers.
 * @packageDocumentation
 */
import { concatBytes, decodeRequestBody, EVENT_STREAM_MEDIA_TYPE, mediaTypeOf, toHttpRequest, toHttpRequestHead, type HttpRequest, type ProtocolName } from '@anvil/runtime';

/** Protocols whose codecs match a request by method, path, query and headers alone (Smithy protocol routing rules). */
const ROUTED_WITHOUT_BODY: ReadonlySet<ProtocolName> = new Set<ProtocolName>(['restJson1', 'restXml', 'awsJson1_0', 'awsJson1_1', 'rpcv2Cbor', 'rpcv2Json']);

/**
 * Can requests of these protocols be matched without reading their body?
 * @param protocols the service's protocols
 * @returns `false` when any of them routes by the body (awsQuery, ec2Query) or is not known here
 */
export function routesWithoutBody(protocols: readonly ProtocolName[]): boolean {
  return protocols.every((p) => ROUTED_WITHOUT_BODY.has(p));
}

const heads = new WeakMap<Request, HttpRequest>();

/**
 * The request's method, path, query and headers as a wire request without a body (read once per
 * request for all handlers; the body is left unread).
 */
export function requestHead(request: Request): HttpRequest {
  const seen = heads.get(request);
  if (seen) return seen;
  const head = toHttpRequestHead(request);
  heads.set(request, head);
  return head;
}

const copies = new WeakMap<Request, Promise<HttpRequest>>();

/**
 * The whole wire request, body included, read from a copy of the request (`request.clone()`), once per
 * request for all handlers: the request's own body stays unread. A gzip `Content-Encoding`
 * (`@requestCompression`) is undone. An event stream body is not read here (the handler that answers
 * reads it as it arrives): its wire request has no body.
 * @throws TypeError when the request's body was already read (a handler before this one consumed it)
 */
export function readWireCopy(request: Request): Promise<HttpRequest> {
  let wire = copies.get(request);
  if (!wire) {
    wire = isEventStream(requestHead(request))
      ? Promise.resolve({ ...requestHead(request), body: undefined })
      : toHttpRequest(request.clone()).then(decodeRequestBody);
    copies.set(request, wire);
  }
  return wire;
}

/** A request whose body the handler read to answer it, and the request to hand to user code. */
export interface ReadRequest {
  /** `head` with the body (gzip undone; none for an event stream or a request without body). */
  readonly wire: HttpRequest;
  /**
   * The request for override functions and `calls`: the intercepted one when its body is unread, else a
   * copy with the same URL, method, headers, signal and body bytes (made on first use).
   */
  readonly readable: () => Request;
}

/**
 * Read the body of a request this handler matched on its head, from the request itself (no copy).
 * @param request the intercepted request, matched by this handler (no later handler sees it)
 * @param head the matched wire request without body (path as matched, e.g. a base path removed)
 */
export async function readMatchedBody(request: Request, head: HttpRequest): Promise<ReadRequest> {
  const untouched = { wire: head, readable: () => request };
  if (request.body === null || head.method === 'GET' || head.method === 'HEAD' || isEventStream(head)) return untouched;
  const raw = await readAllBytes(request.body);
  let copy: Request | undefined;
  const readable = () => (copy ??= new Request(request, { body: raw }));
  if (raw.byteLength === 0) return { wire: head, readable };
  return { wire: await decodeRequestBody({ ...head, body: raw }), readable };
}

/**
 * Read a body stream to the end (as `request.arrayBuffer()` does, in about half its time on Node's undici:
 * a JSON request body is one chunk).
 * @throws TypeError when a chunk is not a `Uint8Array` (as `arrayBuffer()` would)
 */
async function readAllBytes(stream: ReadableStream<Uint8Array>): Promise<Uint8Array<ArrayBuffer>> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!(value instanceof Uint8Array)) throw new TypeError('request body: a chunk is not a Uint8Array');
      chunks.push(value);
      total += value.byteLength;
    }
  } finally {
    reader.releaseLock();
  }
  const only = chunks.length === 1 ? chunks[0]! : undefined;
  // a whole buffer is used as is; a view into a larger one, or several chunks, are copied into one
  if (only && only.buffer instanceof ArrayBuffer && only.byteOffset === 0 && only.byteLength === only.buffer.byteLength) return only as Uint8Array<ArrayBuffer>;
  return concatBytes(chunks, total);
}

function isEventStream(head: HttpRequest): boolean {
  return mediaTypeOf(head.headers) === EVENT_STREAM_MEDIA_TYPE;
}
