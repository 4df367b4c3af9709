/**
 * SigV4 request signing (AWS "Signature Version 4 signing process") under Node: `@smithy/signature-v4` with
 * SHA-256 / HMAC from `node:crypto` (package `imports` condition `node` for `#sign`). Browsers and other
 * runtimes get `sign.ts` (aws4fetch on WebCrypto); `sign.test.ts` checks both give `@smithy/signature-v4`'s
 * signatures. Chosen for speed: Node's WebCrypto runs every digest and HMAC as a thread-pool job, which
 * made an aws4fetch signature cost about three times this one.
 * @packageDocumentation
 */
import { SignatureV4 } from '@smithy/signature-v4';
import { getOwn, setOwn, type HeaderMap } from '@anvil/runtime';
import type { AwsCredentialIdentity } from './credentials.js';
import { SINGLE_ENCODED_PATHS, type SignableRequest, type SigningParams } from './signing.js';
import { Sha256 } from './sha256.node.js';
import { signRequest as signWithWebCrypto } from './sign.js';

export type { SignableRequest, SigningParams } from './signing.js';

/**
 * Sign a request (headers; the body hash is `x-amz-content-sha256` when the request carries one, such as
 * `UNSIGNED-PAYLOAD`, else the hex SHA-256 of the body). Paths are normalised and escaped twice, except for the
 * S3 signing names `s3`, `s3-outposts`, `s3express` (escaped once, as S3 expects).
 * @returns a new header map: the input headers plus `authorization`, `x-amz-date`,
 *   `x-amz-content-sha256` and, for temporary credentials, `x-amz-security-token`
 */
export async function signRequest(request: SignableRequest, params: SigningParams): Promise<HeaderMap> {
  // `@smithy/signature-v4` builds its canonical query in a plain object, where a `__proto__` key is lost:
  // such a request is signed by the WebCrypto signer (`sign.ts`), which signs every key.
  if (request.query.some(([key]) => key === '__proto__')) return signWithWebCrypto(request, params);
  const signer = signerFor(params);
  const query: Record<string, string | string[]> = {};
  // Own keys only: a query key named `constructor` or `__proto__` is data like any other.
  for (const [key, value] of request.query) {
    const prev = getOwn(query, key) as string | string[] | undefined;
    if (prev === undefined) setOwn(query, key, value);
    else if (Array.isArray(prev)) prev.push(value);
    else setOwn(query, key, [prev, value]);
  }
  const { target } = request;
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: target.protocol,
      hostname: target.hostname,
      ...(target.port === undefined ? {} : { port: target.port }),
      path: target.path,
      query,
      // no copy here: the signer clones the request, headers included, before it adds its own
      headers: request.headers,
      body: request.body,
    },
    params.signingDate === undefined ? {} : { signingDate: params.signingDate },
  );
  return signed.headers;
}

/** The last signers used, keyed by service, region and credentials: a reused signer keeps its derived signing key. */
const signers = new Map<string, { credentials: AwsCredentialIdentity; signer: SignatureV4 }>();
const MAX_SIGNERS = 8;

function signerFor(params: SigningParams): SignatureV4 {
  const c = params.credentials;
  const key = `${params.service}\n${params.region}\n${c.accessKeyId}\n${c.sessionToken ?? ''}`;
  const hit = signers.get(key);
  if (hit && hit.credentials.secretAccessKey === c.secretAccessKey) return hit.signer;
  const signer = new SignatureV4({ service: params.service, region: params.region, credentials: c, sha256: Sha256, uriEscapePath: !SINGLE_ENCODED_PATHS.has(params.service) });
  if (signers.size >= MAX_SIGNERS) signers.delete(signers.keys().next().value!);
  signers.set(key, { credentials: c, signer });
  return signer;
}
