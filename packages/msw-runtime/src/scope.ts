/**
 * Which URLs a handler answers, from its `baseUrl` / `region` options.
 * @packageDocumentation
 */

/**
 * Decides whether a request URL is in a handler's scope.
 *
 * @param url the request URL
 * @returns the path prefix to remove before protocol matching (`''` for none),
 *   or `undefined` when the URL is out of scope
 */
export type ScopeMatcher = (url: URL) => string | undefined;

/**
 * Build the scope check for a handler. With neither option every URL is in
 * scope; with both, a URL must satisfy both.
 *
 * @param options.baseUrl scheme, host, port and optional path prefix the request URL must start with
 *   (the prefix matches whole path segments: `/api` matches `/api` and `/api/x`, not `/apix`)
 * @param options.region AWS region; the host must end in `.<region>.amazonaws.com` or `.<region>.amazonaws.com.cn`
 * @throws TypeError when `baseUrl` is not an absolute URL
 */
export function createScopeMatcher(options: { baseUrl?: string | undefined; region?: string | undefined }): ScopeMatcher {
  const base = options.baseUrl === undefined ? undefined : parseBaseUrl(options.baseUrl);
  const regionSuffixes =
    options.region === undefined
      ? undefined
      : [`.${options.region}.amazonaws.com`, `.${options.region}.amazonaws.com.cn`].map((s) => s.toLowerCase());
  return (url) => {
    if (regionSuffixes && !regionSuffixes.some((suffix) => url.hostname.toLowerCase().endsWith(suffix))) {
      return undefined;
    }
    if (!base) return '';
    if (url.protocol !== base.protocol || url.host !== base.host) return undefined;
    if (base.prefix === '') return '';
    const path = url.pathname;
    if (path === base.prefix || path.startsWith(`${base.prefix}/`)) return base.prefix;
    return undefined;
  };
}

function parseBaseUrl(baseUrl: string): { protocol: string; host: string; prefix: string } {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`HandlerOptions.baseUrl must be an absolute URL such as "http://localhost:4566", got "${baseUrl}"`);
  }
  return { protocol: url.protocol, host: url.host, prefix: url.pathname.replace(/\/+$/, '') };
}

/**
 * Remove a scope prefix from a wire path.
 *
 * @param path the request path as on the wire (starts with `/`)
 * @param prefix the prefix returned by a {@link ScopeMatcher}
 * @returns the rest of the path, `/` when nothing is left
 */
export function stripPrefix(path: string, prefix: string): string {
  if (prefix === '' || !path.startsWith(prefix)) return path;
  const rest = path.slice(prefix.length);
  return rest === '' ? '/' : rest;
}
