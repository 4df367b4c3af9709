/**
 * S3 virtual-hosted-style addressing on the mock side: a request to `<bucket>.s3.<region>.amazonaws.com/<key>`
 * (also dual-stack, FIPS, Transfer Acceleration and legacy `s3-<region>` hosts, `.amazonaws.com.cn`) is the
 * path-style request `/<bucket>/<key>`, which the `@http` URIs of the S3 model describe (Amazon S3 User Guide,
 * "Virtual hosting of buckets"; the SDKs address buckets this way by default).
 * @packageDocumentation
 */
import type { HttpRequest, ServiceSchema } from '@anvil/runtime';

/** The Amazon S3 service shape id (the corpus model and the protocol-test model use it alike). */
const S3_SERVICE_ID = 'com.amazonaws.s3#AmazonS3';

/** The endpoint label an S3 virtual host starts with after the bucket: `s3`, `s3-fips`, `s3-accelerate`, `s3-us-west-2`, `s3-external-1`. */
const S3_LABEL = /^s3(?:-fips|-accelerate|-external-1|-[a-z]{2}(?:-gov)?-[a-z]+-\d+)?$/;
const AWS_SUFFIX = /\.amazonaws\.com(?:\.cn)?$/;

/**
 * The bucket a virtual-hosted S3 host names, if it names one.
 * @param hostname the request's host name (no port)
 * @returns the bucket (labels before the S3 endpoint label; may contain dots), else `undefined` (path-style host or not S3)
 */
export function virtualHostedBucket(hostname: string): string | undefined {
  const host = hostname.toLowerCase();
  if (!AWS_SUFFIX.test(host)) return undefined;
  const labels = host.split('.');
  const at = labels.findIndex((label) => S3_LABEL.test(label));
  return at > 0 ? labels.slice(0, at).join('.') : undefined;
}

/**
 * The request as path-style, for the S3 service and a virtual-hosted host (a path-style `/<bucket>/` loses its
 * trailing slash); any other request unchanged.
 * @param service the service the handler mocks
 * @param hostname the intercepted request URL's host name
 * @param wire the wire request (path relative to the handler's base URL)
 */
export function pathStyleRequest(service: ServiceSchema, hostname: string, wire: HttpRequest): HttpRequest {
  if (service.id !== S3_SERVICE_ID) return wire;
  const bucket = virtualHostedBucket(hostname);
  // path style: `/<bucket>/` is the bucket itself, as `/<bucket>` (the AWS SDK for JavaScript sends it for bucket operations)
  if (bucket === undefined) return /^\/[^/]+\/$/.test(wire.path) ? { ...wire, path: wire.path.slice(0, -1) } : wire;
  const rest = wire.path === '/' ? '' : wire.path;
  return { ...wire, path: `/${encodeURIComponent(bucket)}${rest}` };
}
