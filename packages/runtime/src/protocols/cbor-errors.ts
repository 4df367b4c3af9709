/**
 * Error responses of the rpcv2Cbor protocol, both directions (Smithy "RPC v2 CBOR protocol",
 * "Operation error serialization"): the body is a CBOR map with the error's members and `__type`,
 * the error's shape id (`smithy.example#FooError`).
 * @packageDocumentation
 */
import { SerializationError } from '../codecs/serialization-error.js';
import type { HttpResponse } from '../http/messages.js';
import type { ParsedError } from './codec.js';
import type { OperationSchema, ServiceSchema, StructureSchema } from '../schema/index.js';
import { findHeader } from '../http/headers.js';
import { errorStatus, fillMessageMember } from './error-codes.js';
import { errorCodeOfType, errorSchemaOfType, SMITHY_PROTOCOL_HEADER } from './rpc-v2.js';
import { parseQueryErrorHeader, QUERY_ERROR_HEADER } from './json-errors.js';
import { APPLICATION_CBOR, decodeCbor, encodeCbor, isCborMap, type CborItem, type CborMap } from '../codecs/cbor/wire.js';
import { structureFromCbor } from '../codecs/cbor/deserialize.js';
import { structureToCbor } from '../codecs/cbor/serialize.js';

/** The `smithy-protocol` header value of rpcv2Cbor. */
export const RPC_V2_CBOR = 'rpc-v2-cbor';

function messageOf(members: Record<string, unknown>, body: CborMap | undefined): string | undefined {
  for (const source of [members, body ?? {}]) {
    for (const key of ['message', 'Message', 'errorMessage']) {
      const v = (source as Record<string, unknown>)[key];
      if (typeof v === 'string') return v;
    }
  }
  return undefined;
}

/**
 * Client: parse an rpcv2Cbor error response. The code comes from the body's `__type` (see
 * {@link errorCodeOfType}); it is `Unknown` when the body has none or is not CBOR. Members of a
 * resolved schema are read leniently; a member that fails to parse stops member parsing silently
 * (the code and message are still returned). `@awsQueryCompatible` services: `x-amzn-query-error`
 * becomes {@link ParsedError.queryError}.
 */
export function parseCborError(service: ServiceSchema, operation: OperationSchema, response: HttpResponse): ParsedError {
  let body: CborMap | undefined;
  if (response.body !== undefined && response.body.length > 0) {
    try {
      const item: CborItem = decodeCbor(response.body);
      if (isCborMap(item)) body = item;
    } catch {
      body = undefined;
    }
  }
  const type = typeof body?.['__type'] === 'string' ? body['__type'] : undefined;
  const code = (type && errorCodeOfType(type)) || 'Unknown';
  const schema = type ? errorSchemaOfType(service, operation, type, code) : undefined;
  const members: Record<string, unknown> = {};
  if (schema && body) {
    try {
      Object.assign(members, structureFromCbor(schema, body, { strict: false, fillDefaults: true }));
    } catch (e) {
      if (!(e instanceof SerializationError)) throw e;
    }
  }
  const message = messageOf(members, body);
  if (schema) fillMessageMember(schema, members, message);
  const parsed: ParsedError = { code, members };
  if (schema) parsed.schema = schema;
  if (message !== undefined) parsed.message = message;
  const queryError = service.awsQueryCompatible ? parseQueryErrorHeader(findHeader(response.headers, QUERY_ERROR_HEADER)?.[1]) : undefined;
  if (queryError) parsed.queryError = queryError;
  return parsed;
}

/**
 * Mock: serialise a modeled error: status from `@httpError` (else 400 client / 500 server fault),
 * `smithy-protocol: rpc-v2-cbor`, `Content-Type: application/cbor`, and a CBOR map of the members plus
 * `__type` (the error's shape id, or its name for an error without one). `@awsQueryCompatible`
 * services add `x-amzn-query-error: <code>;<Sender|Receiver>` for errors with `@awsQueryError`.
 * @throws SerializationError naming the member path on a wrongly typed member
 */
export function serializeCborError(service: ServiceSchema, error: StructureSchema, members: Record<string, unknown>): HttpResponse {
  const headers: Record<string, string> = { [SMITHY_PROTOCOL_HEADER]: RPC_V2_CBOR, 'content-type': APPLICATION_CBOR };
  if (service.awsQueryCompatible && error.awsQueryError) {
    headers[QUERY_ERROR_HEADER] = `${error.awsQueryError.code};${error.error === 'server' ? 'Receiver' : 'Sender'}`;
  }
  const body = encodeCbor({ __type: error.id ?? error.name, ...structureToCbor(error, members, { defaults: 'all' }) });
  return { status: errorStatus(error), headers, body };
}
