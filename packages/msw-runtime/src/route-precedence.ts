/**
 * Route precedence between the handlers of one service: a handler does not answer a request that a more
 * specific operation of its service matches (Smithy "HTTP binding traits": literal segments before labels,
 * labels before greedy labels; `compareUriSpecificity` in `@anvil/runtime`), whatever order the handlers
 * were registered in. `GET /things/count` then reaches `CountThings` even when `GetThing`
 * (`GET /things/{id}`) was registered first or prepended with `server.use(...)`; when no handler of the
 * more specific operation is registered, the request stays unhandled.
 * @packageDocumentation
 */
import {
  compareUriSpecificity,
  matchLiteralQuery,
  matchUriPattern,
  parseUriPattern,
  type HttpRequest,
  type MatchUriOptions,
  type OperationSchema,
  type ServiceSchema,
  type UriPattern,
} from '@anvil/runtime';

/** The `@http` method and URI pattern of one operation. */
export interface ServiceRoute {
  /** HTTP method, e.g. `GET`. */
  readonly method: string;
  /** `@http` URI pattern, e.g. `/things/{id}` or `/things?type=a`. */
  readonly uri: string;
}

/**
 * The routes of every `@http`-bound operation of a service (generated msw packages emit one table per
 * service and pass it to each `createHandler`, so client bundles never carry it).
 */
export type ServiceRoutes = readonly ServiceRoute[];

/** Protocols whose servers route requests by the `@http` binding. */
const HTTP_ROUTED = new Set(['restJson1', 'restXml']);

/**
 * The URI patterns of the service's routes that take precedence over the operation's own route: same
 * method, strictly more specific pattern. Empty for protocols that do not route by `@http` (awsJson
 * routes by `X-Amz-Target`, so no route there can shadow another) and for operations without `@http`.
 * @param service the service schema (its protocol)
 * @param operation the operation a handler answers
 * @param routes the service's route table
 * @returns the patterns to check a matched request against
 */
export function precedingRoutes(service: ServiceSchema, operation: OperationSchema, routes: ServiceRoutes | undefined): UriPattern[] {
  const own = operation.http;
  if (routes === undefined || own === undefined || !HTTP_ROUTED.has(service.protocol)) return [];
  const method = own.method.toUpperCase();
  const mine = parseUriPattern(own.uri);
  return routes
    .filter((route) => route.method.toUpperCase() === method)
    .map((route) => parseUriPattern(route.uri))
    .filter((pattern) => compareUriSpecificity(pattern, mine) < 0);
}

/**
 * Does one of the more specific routes match the request (so the handler must leave it to that route's handler)?
 * @param preceding the patterns from {@link precedingRoutes}
 * @param request the wire request (path relative to the handler's base URL)
 * @param options the URI matching options the handler itself uses (`trailingSlash` for handlers without a codec)
 */
export function claimedByPrecedingRoute(preceding: readonly UriPattern[], request: HttpRequest, options: MatchUriOptions = {}): boolean {
  return preceding.some((pattern) => matchUriPattern(pattern, request.path, options) !== undefined && matchLiteralQuery(pattern, request.query));
}
