/**
 * What SigV4 signing takes (both signers: `sign.ts` in browsers, `sign.node.ts` under Node).
 * @packageDocumentation
 */
import type { HeaderMap } from '@anvil/runtime';
import type { AwsCredentialIdentity } from './credentials.js';
import type { RequestTarget } from './endpoint.js';

/** The parts of a request that SigV4 covers. */
export interface SignableRequest {
  method: string;
  /** Where the request goes: `url` (with the encoded query) and its parts. */
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
 * Signing names whose canonical request uses the path as sent, without encoding it a second time (AWS SigV4:
 * "Each path segment must be URI-encoded twice … except for Amazon S3").
 * @internal
 */
export const SINGLE_ENCODED_PATHS: ReadonlySet<string> = new Set(['s3', 's3-outposts', 's3express']);
