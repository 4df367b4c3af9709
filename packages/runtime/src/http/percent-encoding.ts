/**
 * URI and query-string encoding for the HTTP binding protocols
 * (Smithy "HTTP binding traits", `@httpLabel` / `@httpQuery`; RFC 3986).
 * @packageDocumentation
 */

/**
 * Percent-encode a string keeping only RFC 3986 "unreserved" characters
 * (`A-Z a-z 0-9 - . _ ~`); everything else is UTF-8 encoded as `%XX`.
 * Used for labels, query keys and query values.
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Percent-encode a greedy label value (`{key+}`): each `/`-separated segment is encoded, the `/` kept. */
export function percentEncodeGreedy(value: string): string {
  return value.split('/').map(percentEncode).join('/');
}

/**
 * Decode `%XX` escapes (UTF-8).
 * @param plusAsSpace also turn `+` into a space (query strings)
 * @throws URIError on a malformed escape
 */
export function percentDecode(value: string, plusAsSpace = false): string {
  return decodeURIComponent(plusAsSpace ? value.replace(/\+/g, ' ') : value);
}

/**
 * Encode decoded query pairs as `k=v&k2=v2` (RFC 3986 encoding, `%20` for space). No leading `?`.
 * @param valueless keys whose empty-valued pairs are written as a bare `k` (literal `?flag` query of an `@http` URI)
 */
export function encodeQueryString(query: ReadonlyArray<readonly [string, string]>, valueless: readonly string[] = []): string {
  return query.map(([k, v]) => (v === '' && valueless.includes(k) ? percentEncode(k) : `${percentEncode(k)}=${percentEncode(v)}`)).join('&');
}

/**
 * Parse a query string (`?a=1&b` or `a=1&b`) into decoded pairs in wire order.
 * A key without `=` gets the value `''`. Malformed escapes are kept verbatim.
 */
export function parseQueryString(search: string): Array<[string, string]> {
  const text = search.startsWith('?') ? search.slice(1) : search;
  if (!text) return [];
  const pairs: Array<[string, string]> = [];
  for (const part of text.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    pairs.push([safeDecode(rawKey), safeDecode(rawValue)]);
  }
  return pairs;
}

function safeDecode(value: string): string {
  try {
    return percentDecode(value, true);
  } catch {
    return value;
  }
}
