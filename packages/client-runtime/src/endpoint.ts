/**
 * Region and endpoint resolution, and building the request URL from the
 * codec's wire request.
 * @packageDocumentation
 */
import type { HttpRequest, ServiceSchema } from '@anvil/runtime';
import { readEnv } from './credentials.js';

/**
 * The region to sign for and to build the default endpoint with.
 * @param configured `ClientConfig.region`
 * @returns `configured`, else the `AWS_REGION` (then `AWS_DEFAULT_REGION`) environment variable when `process` exists
 * @throws Error naming the service when no region is available
 */
export function resolveRegion(configured: string | undefined, service: ServiceSchema): string {
  const region = configured ?? readEnv('AWS_REGION') ?? readEnv('AWS_DEFAULT_REGION');
  if (!region) {
    throw new Error(`No region for ${service.id}: pass \`region\` in the client config or set AWS_REGION`);
  }
  return region;
}

/**
 * The base URL requests go to.
 * @param configured `ClientConfig.endpoint` (absolute URL, may carry a base path such as `http://localhost:4566/base`)
 * @param service the service schema (`endpointPrefix`, else the SigV4 signing name, is the host's first label)
 * @param region resolver called only when no endpoint is configured
 * @param variant FIPS (`<prefix>-fips.<region>…`) and dual-stack (`….api.aws`) variants of the default endpoint
 * @returns `configured` parsed, else `https://<endpointPrefix>.<region>.amazonaws.com` (`.amazonaws.com.cn` for `cn-*` regions)
 * @throws Error when `configured` is not an absolute http(s) URL, or the service has neither `endpointPrefix` nor `sigv4`
 */
export function resolveEndpoint(
  configured: string | URL | undefined,
  service: ServiceSchema,
  region: () => string,
  variant: { readonly fips?: boolean; readonly dualstack?: boolean } = {},
): URL {
  if (configured !== undefined) {
    let url: URL;
    try {
      url = new URL(String(configured));
    } catch {
      throw new Error(`Invalid endpoint for ${service.id}: ${JSON.stringify(String(configured))} is not an absolute URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(`Invalid endpoint for ${service.id}: protocol ${url.protocol} is not http: or https:`);
    }
    return url;
  }
  const prefix = service.endpointPrefix ?? service.sigv4?.name;
  if (!prefix) {
    throw new Error(`No endpoint for ${service.id}: the service has no endpointPrefix or sigv4 name; pass \`endpoint\` in the client config`);
  }
  const r = region();
  const host = `${prefix}${variant.fips ? '-fips' : ''}.${r}`;
  if (variant.dualstack) return new URL(`https://${host}.${r.startsWith('cn-') ? 'api.amazonwebservices.com.cn' : 'api.aws'}`);
  return new URL(`https://${host}.${r.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'}`);
}

/** RFC 3986 percent-encoding (`encodeURIComponent` plus `!'()*`). */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The resolved location of one request. */
export interface RequestTarget {
  /** Full URL to fetch. */
  url: string;
  /** `http:` or `https:` */
  protocol: string;
  /** Host name (with any `@endpoint` host prefix). */
  hostname: string;
  /** Explicit port, when the endpoint has a non-default one. */
  port?: number;
  /** Path on the wire: endpoint base path joined with the request path. */
  path: string;
  /** `host` header value (`hostname[:port]`). */
  host: string;
}

/**
 * Combine the endpoint with the codec's request.
 *
 * `request.hostname`, when the codec sets it, is treated as an `@endpoint`
 * host prefix to prepend (e.g. `data-`), unless it already ends with the
 * endpoint host, in which case it replaces it.
 *
 * @param endpoint base URL from {@link resolveEndpoint}
 * @param request the codec's wire request (path already percent-encoded; empty: the endpoint's path, else `/`)
 */
export function resolveTarget(endpoint: URL, request: HttpRequest): RequestTarget {
  const { protocol, hostname: endpointHost, port, base } = urlParts(endpoint);
  let hostname = endpointHost;
  if (request.hostname) {
    hostname = request.hostname.endsWith(hostname) ? request.hostname : `${request.hostname}${hostname}`;
  }
  // an empty request path (S3 with the bucket moved into the endpoint) is the endpoint's own path: `/mybucket`, or `/`
  const path = request.path === '' ? base || '/' : `${base}${request.path.startsWith('/') ? request.path : `/${request.path}`}`;
  const bare = request.valuelessQueryKeys;
  const query = request.query.map(([k, v]) => (v === '' && bare?.includes(k) ? encodeRfc3986(k) : `${encodeRfc3986(k)}=${encodeRfc3986(v)}`)).join('&');
  const host = port === undefined ? hostname : `${hostname}:${port}`;
  const url = `${protocol}//${host}${path}${query ? `?${query}` : ''}`;
  return port === undefined ? { url, protocol, hostname, path, host } : { url, protocol, hostname, port, path, host };
}

/** The parts of an endpoint URL a request target is built from (base path without trailing slashes). */
interface UrlParts {
  /** The URL these parts were read from (URLs are mutable: parts are re-read when it changes). */
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly port: number | undefined;
  readonly base: string;
}

/** Parts per endpoint URL object: endpoints are memoised per client, so the URL getters run once, not per call. */
const partsOf = new WeakMap<URL, UrlParts>();

function urlParts(endpoint: URL): UrlParts {
  const href = endpoint.href;
  let parts = partsOf.get(endpoint);
  if (parts === undefined || parts.href !== href) {
    const port = endpoint.port === '' ? undefined : Number(endpoint.port);
    parts = { href, protocol: endpoint.protocol, hostname: endpoint.hostname, port, base: endpoint.pathname.replace(/\/+$/, '') };
    partsOf.set(endpoint, parts);
  }
  return parts;
}
