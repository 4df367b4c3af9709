/**
 * SigV4 request signing (AWS "Signature Version 4 signing process") with
 * `@smithy/signature-v4` and the WebCrypto SHA-256 adapter.
 * @packageDocumentation
 */
import { SignatureV4 } from '@smithy/signature-v4';
import type { HeaderMap } from '@anvil/runtime';
import type { AwsCredentialIdentity } from './credentials.js';
import type { RequestTarget } from './endpoint.js';
import { Sha256 } from '#sha256';

/** The parts of a request that SigV4 covers. */
export interface SignableRequest {
  method: string;
  target: RequestTarget;
  /** Decoded query parameters in wire order. */
  query: ReadonlyArray<readonly [string, string]>;
  /** Lower-cased headers; must already contain `host`. */
  headers: HeaderMap;
  body?: Uint8Array;
}

/** Signing parameters. */
export interface SigningParams {
  /** SigV4 signing name (`aws.auth#sigv4` `name`). */
  service: string;
  region: string;
  credentials: AwsCredentialIdentity;
  /** Signing time (default: now); SigV4 rejects requests more than 5 minutes off. */
  signingDate?: Date;
}

/**
 * Sign a request.
 * @returns a new header map: the input headers plus `authorization`, `x-amz-date`,
 *   `x-amz-content-sha256` (hex SHA-256 of the body) and, for temporary credentials, `x-amz-security-token`
 */
export async function signRequest(request: SignableRequest, params: SigningParams): Promise<HeaderMap> {
  const signer = signerFor(params);
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of request.query) {
    const prev = query[key];
    if (prev === undefined) query[key] = value;
    else if (Array.isArray(prev)) prev.push(value);
    else query[key] = [prev, value];
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
      headers: { ...request.headers },
      body: request.body,
    },
    params.signingDate === undefined ? {} : { signingDate: params.signingDate },
  );
  return signed.headers;
}

/**
 * Signing names whose canonical request uses the path as sent, without encoding it a second time (AWS SigV4:
 * "Each path segment must be URI-encoded twice … except for Amazon S3").
 */
const SINGLE_ENCODED_PATHS: ReadonlySet<string> = new Set(['s3', 's3-outposts', 's3express']);

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
