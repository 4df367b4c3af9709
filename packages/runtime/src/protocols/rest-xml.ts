/**
 * The `aws.protocols#restXml` codec (Smithy "AWS restXml protocol"): the HTTP bindings
 * (`./http-binding-messages.ts`) with the XML body codec (`../codecs/xml/body.ts`) — documents named after
 * their structure, the service's `@xmlNamespace` on top-level documents — and XML error bodies
 * (`./xml-errors.ts`: `<ErrorResponse><Error>`, or a bare `<Error>` with `@restXml(noErrorWrapping)`).
 * Responses without a body still say `Content-Type: application/xml`; documents start with the XML
 * declaration, as S3 sends them and the AWS SDKs write them.
 * @packageDocumentation
 */
import { joinCodec } from './codec.js';
import type { ClientCodec, ParsedError, ProtocolCodec, ServerCodec } from './codec.js';
import type { HttpRequest, HttpResponse } from '../http/messages.js';
import { deref } from '../schema/index.js';
import type { OperationSchema, ServiceSchema } from '../schema/index.js';
import type { BodyCodec } from '../codecs/body-codec.js';
import { APPLICATION_XML, xmlBodyCodec } from '../codecs/xml/index.js';
import { bindingsOf } from '../http/bindings/member-bindings.js';
import { readHeaders, writeHeaders } from '../http/bindings/headers-and-query.js';
import type { EmptyBodyRules } from '../http/bindings/payload.js';
import { ALL_CODEC_FEATURES as ALL } from './features.js';
import { matchUriPattern, parseUriPattern } from '../http/uri-pattern.js';
import { checkBoundContentType, matchBoundRequest, parseBoundRequest, parseBoundResponse, serializeBoundRequest, serializeBoundResponse } from './http-binding-messages.js';
import { parseXmlError, serializeXmlError, type ErrorHeaderBinding } from './xml-errors.js';

/** restXml sends no empty documents: no body without body members, nothing for an unset structure payload. */
const REST_XML_EMPTY_BODY: EmptyBodyRules = {};

/** Client: nested `@default`s are sent (after the XML declaration); responses are read leniently with defaults and error correction. */
function clientBody(service: ServiceSchema, operation: OperationSchema): BodyCodec {
  return xmlBodyCodec({
    write: { defaults: 'client' },
    read: { strict: false, fillDefaults: true, errorCorrection: true },
    ...(service.xmlNamespace ? { namespace: service.xmlNamespace } : {}),
    unwrapped: operation.s3UnwrappedXmlOutput === true,
    declaration: true,
  });
}

/** Mock: every `@default` is sent; requests are read strictly with defaults. */
function serverBody(service: ServiceSchema, operation: OperationSchema): BodyCodec {
  return xmlBodyCodec({
    write: { defaults: 'all' },
    read: { strict: true, fillDefaults: true },
    ...(service.xmlNamespace ? { namespace: service.xmlNamespace } : {}),
    unwrapped: operation.s3UnwrappedXmlOutput === true,
    declaration: true,
  });
}

/** Event payloads (Smithy "Event streams" on restXml, e.g. S3 SelectObjectContent): XML documents without declaration. */
const CLIENT_EVENTS: BodyCodec = /* @__PURE__ */ xmlBodyCodec({ write: { defaults: 'client' }, read: { strict: false, fillDefaults: true, errorCorrection: true } });
const SERVER_EVENTS: BodyCodec = /* @__PURE__ */ xmlBodyCodec({ write: { defaults: 'all' }, read: { strict: true, fillDefaults: true } });

/** `@httpHeader` / `@httpPrefixHeaders` members of errors (restXml binds them like any response member). */
const ERROR_HEADERS: ErrorHeaderBinding = {
  bodyMembers: (error) => bindingsOf(error, 'response').body.map(([name]) => name),
  read: (error, headers, out) => readHeaders(bindingsOf(error, 'response'), headers, out, false, ALL),
  write: (error, members, headers) => writeHeaders(bindingsOf(error, 'response'), members, headers, ALL),
};

/** The client half of the restXml codec (what generated clients bundle). */
export const restXmlClient: ClientCodec = {
  name: 'restXml',
  events: { body: CLIENT_EVENTS, initialMessages: false },

  serializeRequest(service, operation, input, options): HttpRequest {
    return serializeBoundRequest('restXml', operation, input, options, clientBody(service, operation), REST_XML_EMPTY_BODY, ALL);
  },

  parseResponse(service, operation, response): Record<string, unknown> {
    return parseBoundResponse(operation, response, clientBody(service, operation), ALL);
  },

  parseError(service, operation, response): ParsedError {
    return parseXmlError(service, operation, response, 'restXml', ERROR_HEADERS);
  },
};

/** The mock half of the restXml codec. */
export const restXmlServer: ServerCodec = {
  name: 'restXml',
  events: { body: SERVER_EVENTS, initialMessages: false },

  matchRequest(_service, operation, request): boolean {
    return matchBoundRequest(operation, request);
  },

  parseRequest(service, operation, request): Record<string, unknown> {
    const body = serverBody(service, operation);
    if (operation.http && matchUriPattern(parseUriPattern(operation.http.uri), request.path)) checkBoundContentType(deref(operation.input), request, body, ALL, false);
    return parseBoundRequest('restXml', operation, request, body, ALL);
  },

  serializeResponse(service, operation, output): HttpResponse {
    return serializeBoundResponse(operation, output, serverBody(service, operation), REST_XML_EMPTY_BODY, ALL, APPLICATION_XML);
  },

  serializeError(service, _operation, error, members, context): HttpResponse {
    return serializeXmlError(service, error, members, 'restXml', context?.requestId, ERROR_HEADERS);
  },
};

/** The restXml protocol codec (client and mock directions). */
export const restXml: ProtocolCodec = /* @__PURE__ */ joinCodec(restXmlClient, restXmlServer);
