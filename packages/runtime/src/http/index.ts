/**
 * HTTP: wire messages, header look-ups, percent-encoding, `Content-Encoding`, fetch adapters.
 * @packageDocumentation
 */
export type { HeaderMap, HttpRequest, HttpResponse } from './messages.js';
export { findHeader, mediaTypeOf } from './headers.js';
export { percentEncode, percentEncodeGreedy, percentDecode, encodeQueryString, parseQueryString } from './percent-encoding.js';
export { SUPPORTED_ENCODINGS, appendContentEncoding, decodeRequestBody, gunzip, gzip, parseContentEncoding } from './content-encoding.js';
export { fromHttpRequest, fromHttpResponse, toHttpRequest, toHttpRequestHead, toHttpResponse } from './fetch.js';
export { parseUriPattern, expandUriPattern, matchUriPattern, matchLiteralQuery, compareUriSpecificity } from './uri-pattern.js';
export type { MatchUriOptions, UriPattern, UriSegment } from './uri-pattern.js';
export * from './event-stream/index.js';
export { byteChunks, collectBytes, readableFromChunks, type ByteSource } from './byte-streams.js';
export { requestBindingFeature } from './bindings/request-bindings.js';
export { payloadFeature } from './bindings/payload-member.js';
export { headerValueFeature } from './bindings/scalar.js';
export { MAX_PRESIGNED_EXPIRY_SECONDS } from './query-auth.js';
