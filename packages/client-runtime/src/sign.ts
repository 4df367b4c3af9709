/**
 * SigV4 request signing (AWS "Signature Version 4 signing process") in browsers, workers and other runtimes
 * without `node:crypto`: aws4fetch's `AwsV4Signer` on WebCrypto (about a third of `@smithy/signature-v4`'s
 * bundle size). Node gets `sign.node.ts` (`@smithy/signature-v4`, faster there) through the `#sign` import
 * condition. Both produce `@smithy/signature-v4`'s signature for the same request (`sign.test.ts`): the headers
 * it never signs are kept out of aws4fetch's canonical request here and added back after signing, and the body
 * hash is passed in `x-amz-content-sha256`, which both send.
 * @packageDocumentation
 */
import { AwsV4Signer } from 'aws4fetch';
import type { HeaderMap } from '@anvil/runtime';
import { SINGLE_ENCODED_PATHS, type SignableRequest, type SigningParams } from './signing.js';

export type { SignableRequest, SigningParams } from './signing.js';

/** Headers `@smithy/signature-v4` never signs (its `ALWAYS_UNSIGNABLE_HEADERS`), plus `proxy-*` and `sec-*`. */
const UNSIGNED = /^(authorization|cache-control|connection|expect|from|keep-alive|max-forwards|pragma|referer|te|trailer|transfer-encoding|upgrade|user-agent|x-amzn-trace-id|proxy-.*|sec-.*)$/;

/** Derived signing keys (aws4fetch's cache: secret, day, region, service → key); emptied when it grows past 32. */
const keys = new Map<string, ArrayBuffer>();

const hex = (bytes: ArrayBuffer): string => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** `YYYYMMDDTHHMMSSZ` */
const amzDate = (d: Date): string => d.toISOString().replace(/[:-]|\.\d{3}/g, '');

/**
 * Sign a request (headers). Paths are normalised and escaped twice, except for the S3 signing names `s3`,
 * `s3-outposts`, `s3express` (escaped once); the body hash is `x-amz-content-sha256` when the request carries one (`UNSIGNED-PAYLOAD`), else the hex
 * SHA-256 of the body.
 * @returns a new header map: the input headers plus `authorization`, `x-amz-date`, `x-amz-content-sha256` and,
 *   for temporary credentials, `x-amz-security-token`
 */
export async function signRequest(request: SignableRequest, params: SigningParams): Promise<HeaderMap> {
  const signed: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (!UNSIGNED.test(name) && name !== 'host') signed[name] = value;
  }
  const body = request.body ?? new Uint8Array(0);
  signed['x-amz-content-sha256'] ??= hex(await crypto.subtle.digest('SHA-256', body as Uint8Array<ArrayBuffer>));
  if (keys.size > 32) keys.clear();
  const c = params.credentials;
  const signer = new AwsV4Signer({
    method: request.method,
    url: request.target.url,
    headers: signed,
    accessKeyId: c.accessKeyId,
    secretAccessKey: c.secretAccessKey,
    ...(c.sessionToken ? { sessionToken: c.sessionToken } : {}),
    service: params.service,
    region: params.region,
    cache: keys,
    datetime: amzDate(params.signingDate ?? new Date()),
    allHeaders: true,
    // aws4fetch itself escapes the path once for `s3` only; other S3 signing names take the path as sent
    singleEncode: params.service !== 's3' && SINGLE_ENCODED_PATHS.has(params.service),
  });
  const result = (await signer.sign()).headers;
  // the request's own values as given (the Headers object trims them); what signing added
  const out: HeaderMap = { ...request.headers, 'x-amz-content-sha256': signed['x-amz-content-sha256'], 'x-amz-date': result.get('x-amz-date')! };
  out.authorization = result.get('authorization')!;
  if (c.sessionToken) out['x-amz-security-token'] = c.sessionToken;
  return out;
}
