/**
 * Error responses of the rpcv2Json protocol, both directions (Smithy "RPC v2 JSON protocol",
 * "Operation error serialization"): the body is the error's members as a JSON object plus `__type`,
 * the error's absolute shape id (`smithy.example#FooError`). `code`/`Code` body fields and the
 * `X-Amzn-ErrorType` header do not name the error in this protocol.
 * @packageDocumentation
 */
import type { HttpResponse } from '../http/messages.js';
import type { ParsedError } from './codec.js';
import type { OperationSchema, ServiceSchema, StructureSchema } from '../schema/index.js';
import { utf8Encode } from '../bytes/utf8.js';
import { findHeader } from '../http/headers.js';
import { errorStatus } from './error-codes.js';
import { parsedRpcV2Error, rpcV2ErrorHeaders, SMITHY_PROTOCOL_HEADER } from './rpc-v2.js';
import { JsonNumber, structureFromJson, structureToJson, writeJsonText } from '../codecs/json/index.js';
import type { JsonCodecOptions, JsonValue } from '../codecs/json/index.js';
import { APPLICATION_JSON, isEmptyJsonBody, parseJsonBody } from '../codecs/json/body.js';
import { parseJsonText } from '../codecs/json/text.js';
import { ALL_CODEC_FEATURES } from './features.js';

/** The `smithy-protocol` header value of rpcv2Json. */
export const RPC_V2_JSON = 'rpc-v2-json';

/** How rpcv2Json writes and reads values: member names (no `@jsonName`), exact big numbers as strings, epoch-seconds timestamps. */
export const RPC_V2_JSON_VALUES: JsonCodecOptions = { useJsonName: false, bigNumbersAsStrings: true, ignoreTimestampFormat: true, features: ALL_CODEC_FEATURES };

/** Does a response carry `smithy-protocol: rpc-v2-json` (Smithy "Operation response deserialization", rule 1)? */
export function isRpcV2JsonResponse(response: HttpResponse): boolean {
  return findHeader(response.headers, SMITHY_PROTOCOL_HEADER)?.[1]?.trim() === RPC_V2_JSON;
}

function readBody(response: HttpResponse): Record<string, JsonValue> | undefined {
  if (isEmptyJsonBody(response.body)) return undefined;
  try {
    const body = parseJsonBody(response.body!, parseJsonText);
    return body !== null && typeof body === 'object' && !Array.isArray(body) && !(body instanceof JsonNumber) ? body : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Client: parse an rpcv2Json error response. The code is the body's `__type` (see `errorCodeOfType`:
 * namespace and any `,`/`:` suffix dropped; the shape id resolves the schema first, then the name); `Unknown` when there is none, when the body is not a JSON object, or when
 * the response lacks `smithy-protocol: rpc-v2-json` (a malformed response is judged by its status
 * alone). Members of a resolved schema are read leniently; a member that fails to parse stops member
 * parsing silently (the code and message are still returned).
 */
export function parseRpcV2JsonError(service: ServiceSchema, operation: OperationSchema, response: HttpResponse): ParsedError {
  if (!isRpcV2JsonResponse(response)) {
    return { code: 'Unknown', members: {}, message: `HTTP ${response.status} without ${SMITHY_PROTOCOL_HEADER}: ${RPC_V2_JSON} from ${operation.id}` };
  }
  const body = readBody(response);
  return parsedRpcV2Error(service, operation, response, body, (schema, map) =>
    structureFromJson(schema, map as Record<string, JsonValue>, { ...RPC_V2_JSON_VALUES, strict: false, fillDefaults: true }),
  );
}

/**
 * Mock: serialise a modeled error: status from `@httpError` (else 400 client / 500 server fault),
 * `smithy-protocol: rpc-v2-json`, `Content-Type: application/json`, and a JSON object of the members
 * (every `@default` sent) plus `__type` (the error's shape id, or its name for an error without one).
 * `@awsQueryCompatible` services add `x-amzn-query-error: <code>;<Sender|Receiver>` for errors with
 * `@awsQueryError`.
 * @throws SerializationError naming the member path on a wrongly typed member
 */
export function serializeRpcV2JsonError(service: ServiceSchema, error: StructureSchema, members: Record<string, unknown>): HttpResponse {
  const headers = rpcV2ErrorHeaders(service, error, RPC_V2_JSON, APPLICATION_JSON);
  const fields = structureToJson(error, members, { ...RPC_V2_JSON_VALUES, defaults: 'all' });
  const body = utf8Encode(writeJsonText({ __type: error.id ?? error.name, ...fields }));
  return { status: errorStatus(error), headers, body };
}
