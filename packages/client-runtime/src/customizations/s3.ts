/**
 * Amazon S3 (`com.amazonaws.s3#AmazonS3`) SDK customisation: with an endpoint rule set, the bucket is
 * addressed by the endpoint, not by the operation's path. S3's rules bind `Bucket` (`@contextParam`) and
 * resolve to `https://<bucket>.s3.<region>.amazonaws.com` (virtual-hosted style) or
 * `https://s3.<region>.amazonaws.com/<bucket>` (path style: `ForcePathStyle`, buckets that are not DNS
 * names), so the `/{Bucket}` segment that starts the `@http` URI is left out of the request path, as the
 * AWS SDKs do. Without a rule set (the protocol-test model) requests stay path-style on the default endpoint.
 * Spec: Amazon S3 User Guide, "Virtual hosting of buckets"; Smithy "Endpoint rules" (`@contextParam`).
 * @packageDocumentation
 */
import type { Customization } from './customization.js';

/** An `@http` URI whose first segment is the `Bucket` label: `/{Bucket}`, `/{Bucket}/{Key+}`, `/{Bucket}?list-type=2`. */
const BUCKET_FIRST = /^\/\{Bucket\}(?=$|[/?])/;

/** The S3 customisation (see the module documentation). */
export const s3Customization: Customization = {
  name: 's3',
  finalizeRequest(context, wire) {
    const uri = context.operation.http?.uri;
    if (!context.endpointRules || uri === undefined || !BUCKET_FIRST.test(uri)) return { wire };
    const path = wire.path.replace(/^\/[^/]*/, '');
    // '' when the URI was only `/{Bucket}`: the request goes to the endpoint's own path (`/mybucket` path-style, `/` virtual-hosted)
    return { wire: { ...wire, path } };
  },
};
