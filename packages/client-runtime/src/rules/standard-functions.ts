/**
 * The standard library functions of endpoint rule sets beyond the core ones (Smithy "Endpoint rules",
 * "Standard library"): `parseURL`, `isValidHostLabel`, `substring`, `uriEncode`. Each is its own export so a
 * generated client carries only those its rule set calls.
 * @packageDocumentation
 */

/** What `parseURL` returns (Smithy "parseURL function"). */
export interface RuleUrl {
  readonly scheme: string;
  /** Host and port as written (a default port is kept when the input spelled it out). */
  readonly authority: string;
  /** The path as written: `''` when the URL has none (`https://example.com`), `/` for `https://example.com/`. */
  readonly path: string;
  /** `path` with a trailing `/`. */
  readonly normalizedPath: string;
  readonly isIp: boolean;
}

const DEFAULT_PORTS: Readonly<Record<string, string>> = { http: '80', https: '443' };

/** `true` for a dotted IPv4 address or a bracketed IPv6 host. */
export function isIpHost(host: string): boolean {
  return /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(host) || (host.startsWith('[') && host.endsWith(']'));
}

/**
 * Smithy "parseURL function".
 * @param value an absolute http(s) URL
 * @returns its parts, or `null` for anything else, or a URL with a query string
 */
export function parseUrl(value: string): RuleUrl | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const scheme = url.protocol.slice(0, -1);
  const port = DEFAULT_PORTS[scheme];
  if (url.search || port === undefined) return null;
  // WHATWG URL reports `/` for a URL without a path; the rule set's `path` is empty then (S3's custom endpoint
  // templates append it after the bucket: `https://10.0.0.1` + bucket must not gain a trailing `/`)
  const path = value.indexOf('/', value.indexOf('//') + 2) < 0 ? '' : url.pathname;
  const spelledPort = `${url.host}:${port}`;
  return {
    scheme,
    authority: value.includes(spelledPort) ? spelledPort : url.host,
    path,
    normalizedPath: path.endsWith('/') ? path : `${path}/`,
    isIp: isIpHost(url.hostname),
  };
}

/**
 * Smithy "isValidHostLabel function": 1–63 letters, digits and hyphens, not starting or ending with a hyphen;
 * with `allowSubDomains`, every dot-separated label must be one.
 */
export function isValidHostLabel(value: string, allowSubDomains = false): boolean {
  const label = /^(?!-)[a-zA-Z0-9-]{1,63}(?<!-)$/;
  return allowSubDomains ? value.split('.').every((l) => label.test(l)) : label.test(value);
}

/**
 * Smithy "substring function": characters `start` to `stop` (exclusive), counted from the end when `reverse`.
 * @returns `null` when the input has non-ASCII characters, `start >= stop`, or the input is shorter than `stop`
 */
export function substring(input: string, start: number, stop: number, reverse: boolean): string | null {
  // eslint-disable-next-line no-control-regex
  if (start >= stop || input.length < stop || /[^\x00-\x7f]/.test(input)) return null;
  return reverse ? input.slice(input.length - stop, input.length - start) : input.slice(start, stop);
}

/** Smithy "uriEncode function": RFC 3986 percent-encoding of everything but unreserved characters. */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
