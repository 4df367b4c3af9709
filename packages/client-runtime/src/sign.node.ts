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

/** The query of a request without one (the signer copies the request before reading it). */
const NO_QUERY: Record<string, string | string[]> = Object.freeze({});
/** Signing options of a request signed now. */
const NOW = Object.freeze({});

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
  for (const [key] of request.query) if (key === '__proto__') return signWithWebCrypto(request, params);
  const signer = signerFor(params);
  const query: Record<string, string | string[]> = request.query.length === 0 ? NO_QUERY : {};
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
    params.signingDate === undefined ? NOW : { signingDate: params.signingDate },
  );
  return signed.headers;
}

/**
 * `@smithy/signature-v4` with two per-signer caches. The derived signing key (AWS SigV4 "Calculate the signature":
 * HMAC chain over date, region, service, `aws4_request`) is kept per day, region and service: the library's own
 * cache looks it up by an HMAC of the credentials, an HMAC every request would pay. The `x-amz-date` and day of
 * the last signing second are reused. A signer's credentials never change (it is made per credentials, see
 * {@link signerFor}), so neither cache depends on them; keys and dates are the library's own computations.
 */
class CachingSignatureV4 extends SignatureV4 {
  private lastSecond = Number.NaN;
  private lastDate: { longDate: string; shortDate: string } = { longDate: '', shortDate: '' };

  constructor(init: ConstructorParameters<typeof SignatureV4>[0]) {
    super(init);
    // `getSigningKey` is private in the library's types, so it is wrapped here rather than overridden; a library
    // version without it signs uncached (sign.test.ts compares signatures with a plain SignatureV4's)
    const own = (this as unknown as { getSigningKey?: SigningKeyOf }).getSigningKey;
    if (typeof own !== 'function') return;
    const derive: SigningKeyOf = own.bind(this);
    const keys = new Map<string, Promise<Uint8Array>>();
    const cached: SigningKeyOf = (credentials, region, shortDate, service) => {
      const id = `${shortDate}\n${region}\n${service ?? ''}`;
      let key = keys.get(id);
      if (key === undefined) {
        // a day, region or service not seen yet (a long-lived signer sees a new day; the map stays tiny)
        if (keys.size >= 4) keys.clear();
        key = derive(credentials, region, shortDate, service);
        // a failed derivation is not kept
        key.catch(() => keys.delete(id));
        keys.set(id, key);
      }
      return key;
    };
    this['getSigningKey'] = cached;
  }

  protected override formatDate(now: Date | number | string): { longDate: string; shortDate: string } {
    if (!(now instanceof Date)) return super.formatDate(now);
    // SigV4 dates have whole seconds: calls within the same second share the strings
    const second = Math.floor(now.getTime() / 1000);
    if (second !== this.lastSecond) {
      this.lastDate = super.formatDate(now);
      this.lastSecond = second;
    }
    return this.lastDate;
  }
}

/** `SignatureV4#getSigningKey`: the derived key for credentials, region, day (`YYYYMMDD`) and signing name. */
type SigningKeyOf = (credentials: AwsCredentialIdentity, region: string, shortDate: string, service?: string) => Promise<Uint8Array>;

/** The last signers used, keyed by service, region and credentials: a reused signer keeps its derived signing key. */
const signers = new Map<string, { credentials: AwsCredentialIdentity; signer: SignatureV4 }>();
const MAX_SIGNERS = 8;

function signerFor(params: SigningParams): SignatureV4 {
  const c = params.credentials;
  const key = `${params.service}\n${params.region}\n${c.accessKeyId}\n${c.sessionToken ?? ''}`;
  const hit = signers.get(key);
  if (hit && hit.credentials.secretAccessKey === c.secretAccessKey) return hit.signer;
  const signer = new CachingSignatureV4({ service: params.service, region: params.region, credentials: c, sha256: Sha256, uriEscapePath: !SINGLE_ENCODED_PATHS.has(params.service) });
  if (signers.size >= MAX_SIGNERS) signers.delete(signers.keys().next().value!);
  signers.set(key, { credentials: c, signer });
  return signer;
}
