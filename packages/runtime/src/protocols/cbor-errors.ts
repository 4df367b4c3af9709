/**
 * Error responses of the rpcv2Cbor protocol, both directions (Smithy "RPC v2 CBOR protocol",
 * "Operation error serialization"): the body is a CBOR map with the error's members and `__type`,
 * the error's shape id (`smithy.example#FooError`).
 * @packageDocumentation
 */
import type { HttpResponse } from '../http/messages.js';
import type { ParsedError } from './codec.js';
import type { OperationSchema, ServiceSchema, StructureSchema } from '../schema/index.js';
import { errorStatus } from './error-codes.js';
import { parsedRpcV2Error, rpcV2ErrorHeaders } from './rpc-v2.js';
import { APPLICATION_CBOR, decodeCbor, encodeCbor, isCborMap, type CborItem, type CborMap } from '../codecs/cbor/wire.js';
import { structureFromCbor } from '../codecs/cbor/deserialize.js';
import { structureToCbor } from '../codecs/cbor/serialize.js';

/** The `smithy-protocol` header value of rpcv2Cbor. */
export const RPC_V2_CBOR = 'rpc-v2-cbor';

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
  return parsedRpcV2Error(service, operation, response, body, (schema, map) => structureFromCbor(schema, map as CborMap, { strict: false, fillDefaults: true }));
}

/**
 * Mock: serialise a modeled error: status from `@httpError` (else 400 client / 500 server fault),
 * `smithy-protocol: rpc-v2-cbor`, `Content-Type: application/cbor`, and a CBOR map of the members plus
 * `__type` (the error's shape id, or its name for an error without one). `@awsQueryCompatible`
 * services add `x-amzn-query-error: <code>;<Sender|Receiver>` for errors with `@awsQueryError`.
 * @throws SerializationError naming the member path on a wrongly typed member
 */
export function serializeCborError(service: ServiceSchema, error: StructureSchema, members: Record<string, unknown>): HttpResponse {
  const headers = rpcV2ErrorHeaders(service, error, RPC_V2_CBOR, APPLICATION_CBOR);
  const body = encodeCbor({ __type: error.id ?? error.name, ...structureToCbor(error, members, { defaults: 'all' }) });
  return { status: errorStatus(error), headers, body };
}
