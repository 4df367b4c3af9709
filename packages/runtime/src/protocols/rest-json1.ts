/**
 * The `aws.protocols#restJson1` codec (Smithy "restJson1 protocol" and "HTTP binding traits").
 * @packageDocumentation
 */
import { joinCodec, MalformedRequestError } from './codec.js';
import { SerializationError } from '../codecs/serialization-error.js';
import type { ClientCodec, ParsedError, ProtocolCodec, ServerCodec } from './codec.js';
import type { HeaderMap, HttpRequest, HttpResponse } from '../http/messages.js';
import { deref, getOwn, isUnit, setOwn } from '../schema/index.js';
import type { OperationSchema, StructureSchema } from '../schema/index.js';
import { bindingsOf } from '../http/bindings/member-bindings.js';
import { readHeaders, readQuery, writeHeaders, writeQuery } from '../http/bindings/headers-and-query.js';
import { expandUriPattern, matchLiteralQuery, matchUriPattern, parseUriPattern } from '../http/uri-pattern.js';
import { bodyMediaType, readBody, writeBody, type EmptyBodyRules } from '../http/bindings/payload.js';
import { formatScalar, parseScalar } from '../http/bindings/scalar.js';
import { asMalformed } from './malformed.js';
import { fillIdempotencyTokens } from './idempotency.js';
import { mediaTypeOf } from '../http/headers.js';
import { parseJsonError, serializeJsonError } from './json-errors.js';
import { APPLICATION_JSON, jsonBodyCodec } from '../codecs/json/body.js';
import type { BodyCodec } from '../codecs/body-codec.js';
import { percentDecode } from '../http/percent-encoding.js';

/**
 * Client bodies: requests send nested `@default`s (not top-level or `@clientOptional` ones); responses are
 * read leniently, with defaults filled and missing required members error-corrected.
 */
const CLIENT_BODY: BodyCodec = /* @__PURE__ */ jsonBodyCodec({
  write: { useJsonName: true, defaults: 'client' },
  read: { useJsonName: true, strict: false, fillDefaults: true, errorCorrection: true },
});
/** Mock bodies: responses send every `@default`; requests are read strictly, with defaults filled. */
const SERVER_BODY: BodyCodec = /* @__PURE__ */ jsonBodyCodec({
  write: { useJsonName: true, defaults: 'all' },
  read: { useJsonName: true, strict: true, fillDefaults: true },
});
/** restJson1 (compliance-test behaviour): an unset structure payload is sent as `{}`; responses always carry a JSON object. */
export const REST_JSON_EMPTY_BODY: EmptyBodyRules = { unsetStructurePayloadAsDocument: true, responseAlwaysDocument: true };

function httpOf(operation: OperationSchema) {
  if (!operation.http) throw new Error(`restJson1: operation ${operation.id} has no @http binding`);
  return operation.http;
}

function literalQuery(uri: string): Array<[string, string]> {
  return parseUriPattern(uri).query.map(([k, v]) => [safe(k), v === undefined ? '' : safe(v)]);
}

function safe(text: string): string {
  try {
    return percentDecode(text);
  } catch {
    return text;
  }
}

function setContentType(headers: HeaderMap, contentType: string | undefined): void {
  if (contentType && headers['content-type'] === undefined) headers['content-type'] = contentType;
}

/** The client half of the restJson1 codec (what generated clients bundle). */
export const restJson1Client: ClientCodec = {
  name: 'restJson1',

  serializeRequest(_service, operation, input, options): HttpRequest {
    const http = httpOf(operation);
    const schema = deref(operation.input);
    const bindings = bindingsOf(schema, 'request');
    const value = fillIdempotencyTokens(schema, input, options);
    const pattern = parseUriPattern(http.uri);

    const labels: Record<string, string> = {};
    for (const [name, member] of bindings.labels) {
      const v = getOwn(value, name);
      if (v === undefined || v === null) throw new SerializationError(`missing required label ${name} of ${operation.id}`, `/${name}`);
      const text = formatScalar(member, v, 'label', `/${name}`);
      if (text === '') throw new SerializationError(`label ${name} of ${operation.id} must not be empty`, `/${name}`);
      setOwn(labels, name, text);
    }
    const path = expandUriPattern(pattern, labels);

    const query = literalQuery(http.uri);
    writeQuery(bindings, value, query, new Set(query.map(([k]) => k)));

    const headers: HeaderMap = {};
    writeHeaders(bindings, value, headers);
    const { body, contentType } = writeBody(schema, bindings, value, CLIENT_BODY, 'request', REST_JSON_EMPTY_BODY);
    setContentType(headers, contentType);
    const request: HttpRequest = { method: http.method.toUpperCase(), path, query, headers };
    const valueless = pattern.query.filter(([, v]) => v === undefined).map(([k]) => safe(k));
    if (valueless.length > 0) request.valuelessQueryKeys = valueless;
    if (body !== undefined) request.body = body;
    return request;
  },

  parseResponse(_service, operation, response): Record<string, unknown> {
    const schema = deref(operation.output);
    const bindings = bindingsOf(schema, 'response');
    const out: Record<string, unknown> = {};
    readHeaders(bindings, response.headers, out, false);
    if (bindings.responseCode) setOwn(out, bindings.responseCode[0], response.status);
    readBody(schema, bindings, response.body, CLIENT_BODY, out);
    return out;
  },

  parseError(service, operation, response): ParsedError {
    return parseJsonError(service, operation, response, true);
  },
};

/** The mock half of the restJson1 codec. */
export const restJson1Server: ServerCodec = {
  name: 'restJson1',

  matchRequest(_service, operation, request): boolean {
    if (!operation.http || request.method.toUpperCase() !== operation.http.method.toUpperCase()) return false;
    const pattern = parseUriPattern(operation.http.uri);
    return matchUriPattern(pattern, request.path) !== undefined && matchLiteralQuery(pattern, request.query);
  },

  parseRequest(_service, operation, request): Record<string, unknown> {
    const http = httpOf(operation);
    const schema = deref(operation.input);
    const bindings = bindingsOf(schema, 'request');
    const pattern = parseUriPattern(http.uri);
    const labels = matchUriPattern(pattern, request.path);
    if (!labels) throw new MalformedRequestError(`path ${request.path} does not match ${http.uri}`, 404, 'UnknownOperationException');
    checkContentType(schema, request);
    checkAccept(deref(operation.output), request);
    return asMalformed(() => {
      const out: Record<string, unknown> = {};
      for (const [name, member] of bindings.labels) {
        const text = getOwn(labels, name) as string | undefined;
        if (text !== undefined) setOwn(out, name, parseScalar(member, text, 'label', `/${name}`, true));
      }
      readQuery(bindings, request.query, out, new Set(pattern.query.map(([k]) => safe(k))), true);
      readHeaders(bindings, request.headers, out, true);
      readBody(schema, bindings, request.body, SERVER_BODY, out);
      return out;
    });
  },

  serializeResponse(_service, operation, output): HttpResponse {
    const schema = deref(operation.output);
    const bindings = bindingsOf(schema, 'response');
    const headers: HeaderMap = {};
    writeHeaders(bindings, output, headers);
    const { body, contentType } = writeBody(schema, bindings, output, SERVER_BODY, 'response', REST_JSON_EMPTY_BODY);
    setContentType(headers, contentType);
    const code = bindings.responseCode ? getOwn(output, bindings.responseCode[0]) : undefined;
    const status = typeof code === 'number' ? code : operation.http?.code ?? 200;
    return body === undefined ? { status, headers } : { status, headers, body };
  },

  serializeError(_service, _operation, error, members): HttpResponse {
    return serializeJsonError(error, members, APPLICATION_JSON, true);
  },
};

/** The restJson1 protocol codec (client and mock directions). */
export const restJson1: ProtocolCodec = /* @__PURE__ */ joinCodec(restJson1Client, restJson1Server);

function unsupported(message: string): never {
  throw new MalformedRequestError(message, 415, 'UnsupportedMediaTypeException');
}

/**
 * Mock side: reject a body whose content type does not fit the operation (415 `UnsupportedMediaTypeException`):
 * JSON bodies need `application/json`; payloads their `@mediaType` (strings `text/plain` by default; blobs
 * without `@mediaType` accept any type); an input without body members must not carry a typed body
 * (an input structure with no members at all tolerates one, `smithy.api#Unit` does not).
 */
function checkContentType(schema: StructureSchema, request: HttpRequest): void {
  if (SERVER_BODY.isEmpty(request.body)) return;
  const bindings = bindingsOf(schema, 'request');
  const mediaType = mediaTypeOf(request.headers);
  const expected = bodyMediaType(schema, bindings, SERVER_BODY, 'request');
  if (expected === undefined) {
    if (mediaType && (isUnit(schema) || Object.keys(schema.members).length > 0)) unsupported(`operation input has no body, got content-type ${mediaType}`);
    return;
  }
  const payload = bindings.payload ? deref(bindings.payload[1].target) : undefined;
  if (payload?.type === 'blob' && !payload.mediaType) return;
  if (mediaType !== expected.toLowerCase()) unsupported(`expected content-type ${expected}, got ${mediaType || 'none'}`);
}

/** Mock side: reject an `Accept` header that excludes the response's media type (406 `NotAcceptableException`). */
function checkAccept(output: StructureSchema, request: HttpRequest): void {
  const accept = Object.entries(request.headers).find(([k]) => k.toLowerCase() === 'accept')?.[1];
  const bindings = bindingsOf(output, 'response');
  const produced = bodyMediaType(output, bindings, SERVER_BODY, 'response', REST_JSON_EMPTY_BODY);
  if (!accept || !produced) return;
  const payload = bindings.payload;
  const payloadTarget = payload ? deref(payload[1].target) : undefined;
  if (payloadTarget?.type === 'blob' && !payloadTarget.mediaType) return; // any Accept is fine for untyped bytes
  const [type] = produced.toLowerCase().split('/');
  const ok = accept.split(',').some((part) => {
    const range = (part.split(';')[0] ?? '').trim().toLowerCase();
    return range === '*/*' || range === produced.toLowerCase() || range === `${type}/*` || range === '';
  });
  if (!ok) throw new MalformedRequestError(`accept ${accept} does not allow ${produced}`, 406, 'NotAcceptableException');
}
