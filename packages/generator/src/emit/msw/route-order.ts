/**
 * The order of the default handlers: msw answers a request with the first handler that matches it,
 * so operations whose `@http` routes overlap must come most specific first (Smithy 2.0 "HTTP
 * binding traits", URI pattern conflicts: a literal segment is more specific than a label, a label
 * than a greedy label; a route with literal query parameters is more specific than the same path
 * without them). `GET /functions/{Name}/concurrency?List=ALL` before `GET /functions/{Name}/concurrency`,
 * `GET /bots/count` before `GET /bots/{botId}`, `DELETE /portals/{arn+}/logger` before `DELETE /portals/{arn+}`.
 * Operations without `@http` and routes that cannot overlap keep model order (the sort is stable).
 * @packageDocumentation
 */
/** What the order needs of an operation: its `@http` URI pattern, if any. */
export interface Routed {
  readonly http?: { readonly uri: string } | undefined;
}

/** Rank of a path segment: literal 0, label 1, greedy label 2, past the end 3. */
function segmentRanks(uri: string): number[] {
  const path = uri.split('?')[0] ?? '';
  return path
    .split('/')
    .filter((s) => s !== '')
    .map((s) => (/^\{[^}]*\+\}$/.test(s) ? 2 : /^\{[^}]*\}$/.test(s) ? 1 : 0));
}

function literalQueryCount(uri: string): number {
  const query = uri.split('?')[1];
  return query ? query.split('&').filter((p) => p !== '').length : 0;
}

/** Negative when `a`'s route is more specific than `b`'s (see the module comment). */
export function compareRoutes(a: Routed, b: Routed): number {
  if (!a.http || !b.http) return 0;
  const ra = segmentRanks(a.http.uri);
  const rb = segmentRanks(b.http.uri);
  for (let i = 0; i < Math.max(ra.length, rb.length); i++) {
    const d = (ra[i] ?? 3) - (rb[i] ?? 3);
    if (d !== 0) return d;
  }
  return literalQueryCount(b.http.uri) - literalQueryCount(a.http.uri);
}

/** The operations, most specific route first (stable: ties keep model order). */
export function byRouteSpecificity<T extends Routed>(operations: readonly T[]): T[] {
  return [...operations].sort(compareRoutes);
}
