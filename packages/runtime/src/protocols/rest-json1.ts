/**
 * The `aws.protocols#restJson1` codec (Smithy "restJson1 protocol" and "HTTP binding traits").
 * @packageDocumentation
 */
import { joinCodec, MalformedRequestError } from './codec.js';
import type { ClientCodec, ParsedError, ProtocolCodec, ServerCodec } from './codec.js';
import type { HttpRequest, HttpResponse } from '../http/messages.js';
import { deref } from '../schema/index.js';
import type { CodecFeatures, StructureSchema } from '../schema/index.js';
import { ALL_CODEC_FEATURES } from './features.js';
import { bindingsOf } from '../http/bindings/member-bindings.js';
import { readHeaders } from '../http/bindings/headers-and-query.js';
import { matchUriPattern, parseUriPattern } from '../http/uri-pattern.js';
import { bodyMediaType, type EmptyBodyRules } from '../http/bindings/payload.js';
import { parseJsonError, serializeJsonError, type ErrorHeaderReader } from './json-errors.js';
import { APPLICATION_JSON, jsonBodyCodec } from '../codecs/json/body.js';
import type { BodyCodec } from '../codecs/body-codec.js';
import { checkBoundContentType, matchBoundRequest, parseBoundRequest, parseBoundResponse, serializeBoundRequest, serializeBoundResponse } from './http-binding-messages.js';

/**
 * Client bodies: requests send nested `@default`s (not top-level or `@clientOptional` ones); responses are
 * read leniently, with defaults filled and missing required members error-corrected.
 * @param features the codec features of calls whose operation lists none
 */
function clientBody(features?: CodecFeatures): BodyCodec {
  return jsonBodyCodec({
    write: { useJsonName: true, defaults: 'client', features },
    read: { useJsonName: true, strict: false, fillDefaults: true, errorCorrection: true, features },
  });
}
/** Mock bodies: responses send every `@default`; requests are read strictly, with defaults filled. */
const SERVER_BODY: BodyCodec = /* @__PURE__ */ jsonBodyCodec({
  write: { useJsonName: true, defaults: 'all', features: ALL_CODEC_FEATURES },
  read: { useJsonName: true, strict: true, fillDefaults: true, features: ALL_CODEC_FEATURES },
});
/** restJson1 errors bind `@httpHeader` members to headers; the others are the body's. */
const ERROR_HEADERS: ErrorHeaderReader = (schema, headers, out, features) => {
  const bindings = bindingsOf(schema, 'response');
  readHeaders(bindings, headers, out, false, features);
  return bindings.body.map(([n]) => n);
};
/** restJson1 (compliance-test behaviour): an unset structure payload is sent as `{}`; responses always carry a JSON object. */
export const REST_JSON_EMPTY_BODY: EmptyBodyRules = { unsetStructurePayloadAsDocument: true, responseAlwaysDocument: true };

/**
 * A client half of the restJson1 codec. Timestamps, base64 and exact big numbers come from the operation's
 * `features` (generated schemas list what their closure needs), else from `defaults`.
 * @param defaults features for operations that list none (the joined codec: all; generated clients: none)
 */
export function createRestJson1Client(defaults?: CodecFeatures): ClientCodec {
  const body = clientBody(defaults);
  return {
    name: 'restJson1',
    events: { body, initialMessages: false },

    serializeRequest(_service, operation, input, options): HttpRequest {
      return serializeBoundRequest('restJson1', operation, input, options, body, REST_JSON_EMPTY_BODY, operation.features ?? defaults);
    },

    parseResponse(_service, operation, response): Record<string, unknown> {
      return parseBoundResponse(operation, response, body, operation.features ?? defaults);
    },

    parseError(service, operation, response): ParsedError {
      return parseJsonError(service, operation, response, operation.features ?? defaults, ERROR_HEADERS);
    },
  };
}

/** The client half of the restJson1 codec (what generated clients bundle): features from the operation schema only. */
export const restJson1Client: ClientCodec = /* @__PURE__ */ createRestJson1Client();

/** The mock half of the restJson1 codec. */
export const restJson1Server: ServerCodec = {
  name: 'restJson1',
  events: { body: SERVER_BODY, initialMessages: false },

  matchRequest(_service, operation, request): boolean {
    return matchBoundRequest(operation, request);
  },

  parseRequest(_service, operation, request): Record<string, unknown> {
    // a path that does not fit answers 404 before the content type is looked at
    if (!operation.http || !matchUriPattern(parseUriPattern(operation.http.uri), request.path)) return parseBoundRequest('restJson1', operation, request, SERVER_BODY, ALL_CODEC_FEATURES);
    checkBoundContentType(deref(operation.input), request, SERVER_BODY, ALL_CODEC_FEATURES);
    checkAccept(deref(operation.output), request);
    return parseBoundRequest('restJson1', operation, request, SERVER_BODY, ALL_CODEC_FEATURES);
  },

  serializeResponse(_service, operation, output): HttpResponse {
    return serializeBoundResponse(operation, output, SERVER_BODY, REST_JSON_EMPTY_BODY, ALL_CODEC_FEATURES);
  },

  serializeError(_service, _operation, error, members): HttpResponse {
    return serializeJsonError(error, members, APPLICATION_JSON, true);
  },
};

/** The restJson1 protocol codec (client and mock directions; the client half reads any schema: every feature by default). */
export const restJson1: ProtocolCodec = /* @__PURE__ */ joinCodec(/* @__PURE__ */ createRestJson1Client(ALL_CODEC_FEATURES), restJson1Server);

/** Mock side: reject an `Accept` header that excludes the response's media type (406 `NotAcceptableException`). */
function checkAccept(output: StructureSchema, request: HttpRequest): void {
  const accept = Object.entries(request.headers).find(([k]) => k.toLowerCase() === 'accept')?.[1];
  const bindings = bindingsOf(output, 'response');
  const produced = bodyMediaType(output, bindings, SERVER_BODY, 'response', REST_JSON_EMPTY_BODY, ALL_CODEC_FEATURES);
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
