/**
 * CORS preflight answers (Fetch standard, "CORS-preflight fetch"; msw 3 in DOM test environments).
 *
 * A DOM test environment's own `fetch` (happy-dom) applies the same-origin policy: before a
 * cross-origin request with non-safelisted headers — every signed AWS call (`authorization`,
 * `x-amz-*`, a JSON `content-type`) — it sends an `OPTIONS` preflight to the same URL and fails the
 * call unless the answer is 2xx with `Access-Control-Allow-Origin`. msw 2 answered `fetch` before
 * that emulation ran; msw 3 lets the environment's `fetch` run and intercepts its socket, so the
 * preflight reaches the handlers. Real browsers never show a preflight to msw's service worker, and
 * Node's `fetch` sends none, so there this code is never reached.
 * @packageDocumentation
 */
import { matchUriPattern, parseUriPattern, type OperationSchema, type ProtocolName, type ServiceSchema } from '@anvil/runtime';

/** How long a client may cache the preflight answer, in seconds (`Access-Control-Max-Age`). */
const MAX_AGE_SECONDS = '600';

/**
 * Is `request` a CORS preflight for `operation`: an `OPTIONS` request whose path (scope prefix
 * removed) addresses the operation under one of the service's protocols, and whose
 * `Access-Control-Request-Method`, when sent, is the operation's method?
 * restJson1 / restXml: the operation's `@http` URI; rpcv2Cbor: `/service/<Service>/operation/<Operation>`;
 * awsJson / awsQuery / ec2Query: `/` (the operation travels in a header or the body, which a
 * preflight does not carry, so every such operation of the service accepts it).
 * @param path the request path with the handler's `baseUrl` prefix removed
 */
export function isPreflightFor(
  service: ServiceSchema,
  operation: OperationSchema,
  protocols: readonly ProtocolName[],
  request: Request,
  path: string,
): boolean {
  if (request.method.toUpperCase() !== 'OPTIONS') return false;
  const requested = request.headers.get('access-control-request-method')?.toUpperCase();
  return protocols.some((protocol) => {
    if (protocol === 'restJson1' || protocol === 'restXml') {
      const http = operation.http;
      if (!http || (requested !== undefined && requested !== http.method.toUpperCase())) return false;
      return matchUriPattern(parseUriPattern(http.uri), path, { trailingSlash: true }) !== undefined;
    }
    if (requested !== undefined && requested !== 'POST') return false;
    if (protocol === 'rpcv2Cbor') return path.endsWith(`/service/${service.name}/operation/${operation.name}`);
    return path === '/';
  });
}

/**
 * The preflight answer: `204` allowing the request's origin (or `*` without an `Origin`), the
 * requested method (else the operation's) and the requested headers (else `*`).
 * @param method the operation's HTTP method, used when the preflight names none
 */
export function preflightResponse(request: Request, method: string): Response {
  const headers = new Headers({
    'access-control-allow-origin': request.headers.get('origin') ?? '*',
    'access-control-allow-methods': request.headers.get('access-control-request-method') ?? method,
    'access-control-allow-headers': request.headers.get('access-control-request-headers') ?? '*',
    'access-control-max-age': MAX_AGE_SECONDS,
    vary: 'origin',
  });
  return new Response(null, { status: 204, headers });
}
