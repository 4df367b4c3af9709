/**
 * Requests to endpoints with a base path (`ServiceSchema.endpointPaths`: Amazon Location's
 * `https://maps.geo.{Region}.amazonaws.com/v2`): the client sends `/v2` + the `@http` URI, or the URI
 * alone to the endpoints without the path (and to a custom endpoint), so the mock tries both.
 * @packageDocumentation
 */
import type { HttpRequest, ServiceSchema } from '@anvil/runtime';
import { stripPrefix } from './scope.js';

/**
 * The wire requests to match, in order: without the first endpoint base path the path starts with
 * (whole segments), then as sent.
 * @param service the service schema (its `endpointPaths`)
 * @param wire the request as matched so far (a `baseUrl` prefix already removed)
 */
export function endpointPathCandidates(service: ServiceSchema, wire: HttpRequest): HttpRequest[] {
  for (const base of service.endpointPaths ?? []) {
    if (wire.path === base || wire.path.startsWith(`${base}/`)) return [{ ...wire, path: stripPrefix(wire.path, base) }, wire];
  }
  return [wire];
}
