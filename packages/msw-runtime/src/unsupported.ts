/**
 * Handlers of services whose protocol has no codec in `@anvil/runtime` (every protocol of the corpus has
 * one; a model may name one the runtime does not know): they are created without
 * error (generated `handlers` arrays are built at import time), match the
 * operation's requests by a protocol-neutral rule, and answer 501.
 * @packageDocumentation
 */
import { matchUriPattern, parseUriPattern } from '@anvil/runtime';
import type { HttpRequest, HttpResponse, OperationSchema, ServiceSchema } from '@anvil/runtime';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Does `request` address `operation` of a service whose protocol has no codec?
 *
 * Rules: with an `@http` binding, method and URI pattern (the codecs' own
 * matcher: labels match one segment, greedy labels several; one trailing `/`
 * is tolerated; the query is ignored); `rpcv2Cbor`: POST to
 * `…/service/<Service>/operation/<Operation>`; `awsQuery`/`ec2Query`: POST whose
 * form body has `Action=<Operation>`.
 *
 * @param service the service schema
 * @param operation the operation schema
 * @param request the wire request (path relative to the handler's base URL)
 */
export function matchWithoutCodec(service: ServiceSchema, operation: OperationSchema, request: HttpRequest): boolean {
  if (service.protocol === 'rpcv2Cbor') {
    return request.method === 'POST' && request.path.endsWith(`/service/${service.name}/operation/${operation.name}`);
  }
  if (service.protocol === 'awsQuery' || service.protocol === 'ec2Query') {
    if (request.method !== 'POST' || request.body === undefined) return false;
    return new URLSearchParams(decoder.decode(request.body)).get('Action') === operation.name;
  }
  const http = operation.http;
  return (
    http !== undefined &&
    request.method === http.method.toUpperCase() &&
    matchUriPattern(parseUriPattern(http.uri), request.path, { trailingSlash: true }) !== undefined
  );
}

/**
 * The 501 answer of a handler whose service protocol has no codec.
 *
 * @param operation the operation that was called
 * @param reason the message of the codec lookup error
 * @returns a `text/plain` 501 response naming the protocol and the operation id
 */
export function notImplementedResponse(service: ServiceSchema, operation: OperationSchema, reason: string): HttpResponse {
  const message =
    `@anvil/msw-runtime cannot answer ${operation.id}: the ${service.protocol} protocol of ${service.id} has no codec yet ` +
    `(${reason}). Override the request with a plain msw handler (http.post(...)) instead.`;
  return { status: 501, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: encoder.encode(message) };
}
