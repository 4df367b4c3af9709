/**
 * What the Smithy RPC v2 protocols share (rpcv2Cbor, rpcv2Json; Smithy "RPC v2 CBOR protocol" and "RPC
 * v2 JSON protocol"): the request path `/service/<ServiceName>/operation/<OperationName>`, the
 * `smithy-protocol` header naming the protocol on every request and response, and errors named by a
 * `__type` body field holding the error's shape id.
 * @packageDocumentation
 */
import { deref } from '../schema/index.js';
import type { OperationSchema, ServiceSchema, StructureSchema } from '../schema/index.js';
import { findErrorSchema, sanitizeErrorCode } from './error-codes.js';

/** Header every RPC v2 request and response carries; its value names the protocol (`rpc-v2-cbor`, `rpc-v2-json`). */
export const SMITHY_PROTOCOL_HEADER = 'smithy-protocol';

/** The request path of an operation: `/service/<service shape name>/operation/<operation name>`. */
export function rpcV2Path(service: ServiceSchema, operation: OperationSchema): string {
  return `/service/${service.name}/operation/${operation.name}`;
}

/**
 * The error code of a `__type` value: cut at the first `,` and `:`, then keep what follows `#`
 * (`aws.protocoltests.rpcv2cbor#CustomCodeError` → `CustomCodeError`).
 */
export function errorCodeOfType(type: string): string {
  const comma = type.indexOf(',');
  return sanitizeErrorCode(comma >= 0 ? type.slice(0, comma) : type);
}

/**
 * The modeled error a `__type` names: an error whose shape id equals the namespaced value, else one
 * whose name (or shape id name) equals the code, operation errors before service errors. A namespace
 * that names no error of the service still resolves by name (clients must accept errors of other
 * namespaces, Smithy "Operation error serialization").
 * @param code the value's error code ({@link errorCodeOfType})
 */
export function errorSchemaOfType(service: ServiceSchema, operation: OperationSchema, type: string, code: string): StructureSchema | undefined {
  const id = type.split(/[,:]/)[0]!.trim();
  if (id.includes('#')) {
    for (const thunk of [...operation.errors, ...service.errors]) {
      const schema = deref(thunk);
      if (schema.id === id) return schema;
    }
  }
  return findErrorSchema(service, operation, code);
}
