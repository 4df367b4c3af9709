/**
 * Error responses of the JSON protocols, both directions (Smithy "restJson1 protocol" and
 * "AWS JSON 1.0 protocol": "Operation error serialization").
 * @packageDocumentation
 */
import { SerializationError } from '../codecs/serialization-error.js';
import type { HeaderMap, HttpResponse } from '../http/messages.js';
import type { ParsedError } from './codec.js';
import { assignOwn } from '../schema/index.js';
import type { CodecFeatures, OperationSchema, ServiceSchema, StructureSchema } from '../schema/index.js';
import { utf8Encode } from '../bytes/utf8.js';
import { bindingsOf } from '../http/bindings/member-bindings.js';
import { findHeader } from '../http/headers.js';
import { writeHeaders } from '../http/bindings/headers-and-query.js';
import { ALL_CODEC_FEATURES } from './features.js';
import { writeBody } from '../http/bindings/payload.js';
import { errorStatus, fillMessageMember, findErrorMessage, findErrorSchema, rawErrorCode, sanitizeErrorCode } from './error-codes.js';
import { structureFromJson, structureToJson, writeJsonText } from '../codecs/json/index.js';
import type { JsonValue } from '../codecs/json/index.js';
import { isEmptyJsonBody, jsonBodyCodec, parseJsonBody } from '../codecs/json/body.js';

/** restJson1 error bodies (mock side): `@jsonName` honoured, every `@default` sent. */
const REST_ERROR_BODY = /* @__PURE__ */ jsonBodyCodec({
  write: { useJsonName: true, defaults: 'all', features: ALL_CODEC_FEATURES },
  read: { useJsonName: true, strict: false, fillDefaults: true, features: ALL_CODEC_FEATURES },
});

/**
 * restJson1: read an error's `@httpHeader` / `@httpPrefixHeaders` members from the response headers into `out`.
 * @returns the names of the members its body holds
 */
export type ErrorHeaderReader = (schema: StructureSchema, headers: HeaderMap, out: Record<string, unknown>, features: CodecFeatures | undefined) => readonly string[];

/**
 * Client: parse a JSON-protocol error response. The code comes from `X-Amzn-Errortype`, else the
 * body's `code`, else `__type` (sanitised); it is `Unknown` when none was sent. Members of a
 * resolved schema are read leniently; a member that fails to parse stops member parsing
 * silently (the code and message are still returned).
 * @param features the operation's codec features (exact big numbers: the body is read with them)
 * @param httpBindings restJson1: reads `@httpHeader` members, and `@jsonName` is honoured; awsJson (absent): the whole body
 */
export function parseJsonError(
  service: ServiceSchema,
  operation: OperationSchema,
  response: HttpResponse,
  features: CodecFeatures | undefined,
  httpBindings?: ErrorHeaderReader,
): ParsedError {
  let body: JsonValue | undefined;
  if (!isEmptyJsonBody(response.body)) {
    try {
      body = parseJsonBody(response.body!, features?.bigNumbers?.parseJson);
    } catch {
      body = undefined;
    }
  }
  const raw = rawErrorCode(response.headers, body);
  const code = raw ? sanitizeErrorCode(raw) || 'Unknown' : 'Unknown';
  const schema = raw ? findErrorSchema(service, operation, code) : undefined;
  const members: Record<string, unknown> = {};
  if (schema) {
    try {
      const names = httpBindings ? httpBindings(schema, response.headers, members, features) : Object.keys(schema.members);
      if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
        assignOwn(members, structureFromJson(schema, body, { useJsonName: httpBindings !== undefined, strict: false, fillDefaults: true, features }, '', names));
      }
    } catch (e) {
      if (!(e instanceof SerializationError)) throw e;
    }
  }
  const message = findErrorMessage(members, body);
  if (schema) fillMessageMember(schema, members, message);
  const parsed: ParsedError = { code, members };
  if (schema) parsed.schema = schema;
  if (message !== undefined) parsed.message = message;
  const queryError = service.awsQueryCompatible ? parseQueryErrorHeader(findHeader(response.headers, QUERY_ERROR_HEADER)?.[1]) : undefined;
  if (queryError) parsed.queryError = queryError;
  return parsed;
}

/** Response header of `@awsQueryCompatible` services: `<awsQuery error code>;<Sender|Receiver>`. */
export const QUERY_ERROR_HEADER = 'x-amzn-query-error';

/**
 * Split an `x-amzn-query-error` value at its first `;` into code and type (awsQuery "awsQueryCompatible trait").
 * @returns `undefined` when the header is absent or has no `;` or an empty code
 */
export function parseQueryErrorHeader(value: string | undefined): { code: string; type: string } | undefined {
  if (value === undefined) return undefined;
  const at = value.indexOf(';');
  if (at <= 0) return undefined;
  return { code: value.slice(0, at).trim(), type: value.slice(at + 1).trim() };
}

/**
 * Mock: serialise a modeled error: status from `@httpError` (else 400 client / 500 server fault),
 * header `X-Amzn-Errortype: <name>`, and a JSON body.
 * @param contentType the protocol's JSON media type
 * @param httpBindings restJson1: header-bound members go to headers, `@jsonName` honoured;
 *   awsJson: every member in the body plus `__type`
 * @param typeName awsJson: the body's `__type` value (default: the error's name; awsJson1_0 sends the shape id)
 * @throws SerializationError naming the member path on a wrongly typed member
 */
export function serializeJsonError(
  error: StructureSchema,
  members: Record<string, unknown>,
  contentType: string,
  httpBindings: boolean,
  typeName?: string,
): HttpResponse {
  const headers: HeaderMap = { 'x-amzn-errortype': error.name };
  let body: Uint8Array | undefined;
  if (httpBindings) {
    const bindings = bindingsOf(error, 'response');
    writeHeaders(bindings, members, headers, ALL_CODEC_FEATURES);
    body = writeBody(error, bindings, members, REST_ERROR_BODY, 'response', { responseAlwaysDocument: true }, ALL_CODEC_FEATURES).body;
  } else {
    body = utf8Encode(writeJsonText({ __type: typeName ?? error.name, ...structureToJson(error, members, { useJsonName: false, defaults: 'all', features: ALL_CODEC_FEATURES }) }));
  }
  headers['content-type'] = contentType;
  return body === undefined ? { status: errorStatus(error), headers } : { status: errorStatus(error), headers, body };
}
