/**
 * What the Smithy RPC v2 protocols share (rpcv2Cbor, rpcv2Json; Smithy "RPC v2 CBOR protocol" and "RPC
 * v2 JSON protocol"): the request path `/service/<ServiceName>/operation/<OperationName>`, the
 * `smithy-protocol` header naming the protocol on every request and response, and errors named by a
 * `__type` body field holding the error's shape id.
 * @packageDocumentation
 */
import { SerializationError } from '../codecs/serialization-error.js';
import { findHeader } from '../http/headers.js';
import type { HttpResponse } from '../http/messages.js';
import { assignOwn, deref } from '../schema/index.js';
import type { OperationSchema, ServiceSchema, StructureSchema } from '../schema/index.js';
import type { ParsedError } from './codec.js';
import { fillMessageMember, findErrorSchema, sanitizeErrorCode } from './error-codes.js';
import { parseQueryErrorHeader, QUERY_ERROR_HEADER } from './json-errors.js';

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

const MESSAGE_KEYS = ['message', 'Message', 'errorMessage'] as const;

function messageIn(...sources: readonly Record<string, unknown>[]): string | undefined {
  for (const source of sources) {
    for (const key of MESSAGE_KEYS) {
      const v = Object.hasOwn(source, key) ? source[key] : undefined;
      if (typeof v === 'string') return v;
    }
  }
  return undefined;
}

/**
 * Client half of RPC v2 error parsing, once the protocol has decoded the body to a map (Smithy "RPC v2
 * CBOR protocol" / "RPC v2 JSON protocol", "Operation error serialization"): the code from `__type`
 * ({@link errorCodeOfType}; `Unknown` without one), members of the resolved schema read leniently by
 * `readMembers` (a member that fails to parse stops member parsing silently; the code and message are
 * still returned), the message from the members or the body, and `x-amzn-query-error` of
 * `@awsQueryCompatible` services as {@link ParsedError.queryError}. Members are copied as own data
 * properties (`__proto__` is a plain member).
 * @throws whatever `readMembers` throws other than SerializationError
 */
export function parsedRpcV2Error(
  service: ServiceSchema,
  operation: OperationSchema,
  response: HttpResponse,
  body: Record<string, unknown> | undefined,
  readMembers: (schema: StructureSchema, body: Record<string, unknown>) => Record<string, unknown>,
): ParsedError {
  const type = body && Object.hasOwn(body, '__type') && typeof body['__type'] === 'string' ? body['__type'] : undefined;
  const code = (type && errorCodeOfType(type)) || 'Unknown';
  const schema = type ? errorSchemaOfType(service, operation, type, code) : undefined;
  const members: Record<string, unknown> = {};
  if (schema && body) {
    try {
      assignOwn(members, readMembers(schema, body));
    } catch (e) {
      if (!(e instanceof SerializationError)) throw e;
    }
  }
  const message = messageIn(members, body ?? {});
  if (schema) fillMessageMember(schema, members, message);
  const parsed: ParsedError = { code, members };
  if (schema) parsed.schema = schema;
  if (message !== undefined) parsed.message = message;
  const queryError = service.awsQueryCompatible ? parseQueryErrorHeader(findHeader(response.headers, QUERY_ERROR_HEADER)?.[1]) : undefined;
  if (queryError) parsed.queryError = queryError;
  return parsed;
}

/**
 * Mock half: the headers of an RPC v2 error answer: `smithy-protocol: <protocol>`, the content type,
 * and for `@awsQueryCompatible` services an error with `@awsQueryError` adds
 * `x-amzn-query-error: <code>;<Sender|Receiver>`.
 */
export function rpcV2ErrorHeaders(service: ServiceSchema, error: StructureSchema, protocol: string, contentType: string): Record<string, string> {
  const headers: Record<string, string> = { [SMITHY_PROTOCOL_HEADER]: protocol, 'content-type': contentType };
  if (service.awsQueryCompatible && error.awsQueryError) {
    headers[QUERY_ERROR_HEADER] = `${error.awsQueryError.code};${error.error === 'server' ? 'Receiver' : 'Sender'}`;
  }
  return headers;
}
