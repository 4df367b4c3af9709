/**
 * Requests and responses of the HTTP-binding protocols (restJson1, restXml), both directions: labels,
 * query, headers, status code and the body, which the protocol's {@link BodyCodec} writes and reads.
 * restJson1 and restXml differ only in the body codec, their empty-body rules and their error
 * layouts (Smithy "HTTP binding traits").
 * @packageDocumentation
 */
import { MalformedRequestError, type SerializeRequestOptions } from './codec.js';
import { SerializationError } from '../codecs/serialization-error.js';
import type { BodyCodec } from '../codecs/body-codec.js';
import type { HeaderMap, HttpRequest, HttpResponse } from '../http/messages.js';
import { deref, getOwn, isUnit, setOwn } from '../schema/index.js';
import type { CodecFeatures, OperationSchema, StructureSchema } from '../schema/index.js';
import { bindingsOf } from '../http/bindings/member-bindings.js';
import { readHeaders, readQuery, writeHeaders } from '../http/bindings/headers-and-query.js';
import { requireFeature } from '../codecs/features.js';
import { expandUriPattern, matchLiteralQuery, matchUriPattern, parseUriPattern } from '../http/uri-pattern.js';
import { bodyMediaType, readBody, writeBody, type EmptyBodyRules } from '../http/bindings/payload.js';
import { mediaTypeOf } from '../http/headers.js';
import { parseScalar } from '../http/bindings/scalar.js';
import { asMalformed } from './malformed.js';
import { fillIdempotencyTokens } from './idempotency.js';
import { percentDecode } from '../http/percent-encoding.js';

/** The `@http` binding of an operation. @throws Error naming the operation when it has none */
export function httpOf(operation: OperationSchema, protocol: string) {
  if (!operation.http) throw new Error(`${protocol}: operation ${operation.id} has no @http binding`);
  return operation.http;
}

function safe(text: string): string {
  try {
    return percentDecode(text);
  } catch {
    return text;
  }
}

function literalQuery(uri: string): Array<[string, string]> {
  return parseUriPattern(uri).query.map(([k, v]) => [safe(k), v === undefined ? '' : safe(v)]);
}

function setContentType(headers: HeaderMap, contentType: string | undefined): void {
  if (contentType && headers['content-type'] === undefined) headers['content-type'] = contentType;
}

/**
 * Client: the request of an operation call (labels expanded, query, headers, body).
 * @throws SerializationError for a missing or empty label, or a wrongly typed member (naming its path)
 */
export function serializeBoundRequest(
  protocol: string,
  operation: OperationSchema,
  input: Record<string, unknown>,
  options: SerializeRequestOptions | undefined,
  body: BodyCodec,
  rules: EmptyBodyRules,
  features?: CodecFeatures,
): HttpRequest {
  const http = httpOf(operation, protocol);
  const schema = deref(operation.input);
  const bindings = bindingsOf(schema, 'request');
  const value = fillIdempotencyTokens(schema, input, options);
  const pattern = parseUriPattern(http.uri);

  const parts = { labels: {} as Record<string, string>, query: literalQuery(http.uri), headers: {} as HeaderMap };
  if (bindings.labels.length + bindings.query.length + bindings.headers.length + bindings.prefixHeaders.length > 0 || bindings.queryParams) {
    requireFeature(features, 'requestBindings', 'label, query or header', '/').write(operation, schema, value, parts, features!);
  }
  const path = expandUriPattern(pattern, parts.labels);
  const { query, headers } = parts;
  const encoded = writeBody(schema, bindings, value, body, 'request', rules, features);
  setContentType(headers, encoded.contentType);
  const request: HttpRequest = { method: http.method.toUpperCase(), path, query, headers };
  const valueless = pattern.query.filter(([, v]) => v === undefined).map(([k]) => safe(k));
  if (valueless.length > 0) request.valuelessQueryKeys = valueless;
  if (encoded.body !== undefined) request.body = encoded.body;
  return request;
}

/**
 * Client: the output of a success response (headers, status code member, body).
 * @throws SerializationError on an unreadable body or a wrongly typed value
 */
export function parseBoundResponse(operation: OperationSchema, response: HttpResponse, body: BodyCodec, features?: CodecFeatures): Record<string, unknown> {
  const schema = deref(operation.output);
  const bindings = bindingsOf(schema, 'response');
  const out: Record<string, unknown> = {};
  readHeaders(bindings, response.headers, out, false, features);
  if (bindings.responseCode) setOwn(out, bindings.responseCode[0], response.status);
  readBody(schema, bindings, response.body, body, out, features);
  return out;
}

/** Mock: does the request's method, path and literal query fit the operation's `@http` binding? */
export function matchBoundRequest(operation: OperationSchema, request: HttpRequest): boolean {
  if (!operation.http || request.method.toUpperCase() !== operation.http.method.toUpperCase()) return false;
  const pattern = parseUriPattern(operation.http.uri);
  return matchUriPattern(pattern, request.path) !== undefined && matchLiteralQuery(pattern, request.query);
}

/**
 * Mock: the input of a request the operation matched (labels, query, headers, body, read strictly).
 * @throws MalformedRequestError (404 for a path that does not fit; 400 `SerializationException` for bad values)
 */
export function parseBoundRequest(protocol: string, operation: OperationSchema, request: HttpRequest, body: BodyCodec, features: CodecFeatures): Record<string, unknown> {
  const http = httpOf(operation, protocol);
  const schema = deref(operation.input);
  const bindings = bindingsOf(schema, 'request');
  const pattern = parseUriPattern(http.uri);
  const labels = matchUriPattern(pattern, request.path);
  if (!labels) throw new MalformedRequestError(`path ${request.path} does not match ${http.uri}`, 404, 'UnknownOperationException');
  return asMalformed(() => {
    const out: Record<string, unknown> = {};
    for (const [name, member] of bindings.labels) {
      const text = getOwn(labels, name) as string | undefined;
      if (text !== undefined) setOwn(out, name, parseScalar(member, text, 'label', `/${name}`, true, features));
    }
    readQuery(bindings, request.query, out, new Set(pattern.query.map(([k]) => safe(k))), true, features);
    readHeaders(bindings, request.headers, out, true, features);
    readBody(schema, bindings, request.body, body, out, features);
    return out;
  });
}

/**
 * Mock: the success response of an output (headers, body; status from the `@httpResponseCode` member, else
 * the `@http` code).
 * @param features the mock's codec features (all of them)
 * @param fallbackContentType content type of a response without body, when the protocol sends one anyway
 * @throws SerializationError naming the member path on a wrongly typed value
 */
export function serializeBoundResponse(
  operation: OperationSchema,
  output: Record<string, unknown>,
  body: BodyCodec,
  rules: EmptyBodyRules,
  features: CodecFeatures,
  fallbackContentType?: string,
): HttpResponse {
  const schema = deref(operation.output);
  const bindings = bindingsOf(schema, 'response');
  const headers: HeaderMap = {};
  writeHeaders(bindings, output, headers, features);
  const encoded = writeBody(schema, bindings, output, body, 'response', rules, features);
  setContentType(headers, encoded.contentType ?? (bindings.payload ? undefined : fallbackContentType));
  const code = bindings.responseCode ? getOwn(output, bindings.responseCode[0]) : undefined;
  // an @httpResponseCode value that is no final HTTP status (the member's `@default(0)`, a fake) answers the @http code
  const status = typeof code === 'number' && Number.isInteger(code) && code >= 200 && code <= 599 ? code : operation.http?.code ?? 200;
  return encoded.body === undefined ? { status, headers } : { status, headers, body: encoded.body };
}

function unsupported(message: string): never {
  throw new MalformedRequestError(message, 415, 'UnsupportedMediaTypeException');
}

/**
 * Mock side: reject a body whose content type does not fit the operation (415 `UnsupportedMediaTypeException`):
 * documents need the body codec's media type (parameters such as `charset` allowed); payloads their
 * `@mediaType` (strings `text/plain` by default; blobs without `@mediaType` accept any type); an input without
 * body members must not carry a typed body (an input structure with no members at all tolerates one,
 * `smithy.api#Unit` does not).
 * @param requireContentType reject a body sent without `Content-Type` (restJson1, whose malformed-request tests
 *   require it); restXml reads such a body by the operation's binding
 * @param features the mock's codec features (all of them)
 * @throws MalformedRequestError (415)
 */
export function checkBoundContentType(schema: StructureSchema, request: HttpRequest, body: BodyCodec, features: CodecFeatures, requireContentType = true): void {
  if (body.isEmpty(request.body)) return;
  const bindings = bindingsOf(schema, 'request');
  const mediaType = mediaTypeOf(request.headers);
  if (!requireContentType && mediaType === '') return;
  const expected = bodyMediaType(schema, bindings, body, 'request', {}, features);
  if (expected === undefined) {
    if (mediaType && (isUnit(schema) || Object.keys(schema.members).length > 0)) unsupported(`operation input has no body, got content-type ${mediaType}`);
    return;
  }
  const payload = bindings.payload ? deref(bindings.payload[1].target) : undefined;
  if (payload?.type === 'blob' && !payload.mediaType) return;
  if (mediaType !== expected.toLowerCase()) unsupported(`expected content-type ${expected}, got ${mediaType || 'none'}`);
}
