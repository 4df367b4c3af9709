/**
 * Presigned requests in the mock (AWS SigV4 "Authenticating requests: using query parameters"): a request whose
 * query carries `X-Amz-Signature` is checked for the shape of its authentication parameters and for expiry, and
 * answered as S3 answers — 400 `AuthorizationQueryParametersError` when malformed, 403 `AccessDenied`
 * "Request has expired" when expired. The signature itself is not verified: the mock has no secret key.
 * @packageDocumentation
 */
import { MAX_PRESIGNED_EXPIRY_SECONDS, type HttpRequest } from '@anvil/runtime';

/** The query parameters of SigV4 query authentication (lower-cased): never input members. */
const AUTH_PARAMS: ReadonlySet<string> = new Set([
  'x-amz-algorithm',
  'x-amz-credential',
  'x-amz-date',
  'x-amz-expires',
  'x-amz-signedheaders',
  'x-amz-signature',
  'x-amz-security-token',
  'x-amz-content-sha256',
]);

/** Why a presigned request is refused: the protocol error to answer. */
export interface PresignRefusal {
  /** HTTP status: 400 (malformed) or 403 (expired). */
  readonly status: 400 | 403;
  /** `AuthorizationQueryParametersError` or `AccessDenied`. */
  readonly code: string;
  readonly message: string;
}

/** Does the query carry `X-Amz-Signature` (any case), making the request a presigned one? */
export function isPresigned(query: ReadonlyArray<readonly [string, string]>): boolean {
  return query.some(([key]) => key.toLowerCase() === 'x-amz-signature');
}

const malformed = (message: string): PresignRefusal => ({ status: 400, code: 'AuthorizationQueryParametersError', message });

/**
 * Check a presigned request's authentication parameters: `X-Amz-Algorithm` is `AWS4-HMAC-SHA256`;
 * `X-Amz-Credential` is `<access key id>/<yyyymmdd>/<region>/<service>/aws4_request` with the day of `X-Amz-Date`;
 * `X-Amz-Date` is `yyyymmddThhmmssZ`; `X-Amz-Expires` is an integer number of seconds from 1 to 604800;
 * `X-Amz-SignedHeaders` is a `;`-separated lower-case list that includes `host`; `X-Amz-Signature` is 64 hex digits.
 * @param query the request's decoded query parameters
 * @param now the time to check expiry against, epoch ms (default: now)
 * @returns `undefined` when the request may be answered, else the refusal: malformed (400) before expired (403)
 */
export function checkPresignedQuery(query: ReadonlyArray<readonly [string, string]>, now: number = Date.now()): PresignRefusal | undefined {
  const params = new Map<string, string>();
  for (const [key, value] of query) if (AUTH_PARAMS.has(key.toLowerCase())) params.set(key.toLowerCase(), value);
  const missing = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Date', 'X-Amz-Expires', 'X-Amz-SignedHeaders', 'X-Amz-Signature'].filter((p) => !params.has(p.toLowerCase()));
  if (missing.length > 0) return malformed(`Query-string authentication requires the ${missing.join(', ')} parameters`);
  const algorithm = params.get('x-amz-algorithm')!;
  if (algorithm !== 'AWS4-HMAC-SHA256') return malformed(`X-Amz-Algorithm only supports "AWS4-HMAC-SHA256", got ${JSON.stringify(algorithm)}`);
  const date = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(params.get('x-amz-date')!);
  const signedAt = date ? Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!, +date[4]!, +date[5]!, +date[6]!) : NaN;
  if (!date || Number.isNaN(signedAt) || new Date(signedAt).toISOString().slice(0, 19).replace(/[-:]/g, '') !== params.get('x-amz-date')!.slice(0, 15)) {
    return malformed(`X-Amz-Date must be in the ISO8601 Long Format "yyyyMMdd'T'HHmmss'Z'", got ${JSON.stringify(params.get('x-amz-date'))}`);
  }
  const credential = params.get('x-amz-credential')!;
  const scope = /^[^/]+\/(\d{8})\/[^/]+\/[^/]+\/aws4_request$/.exec(credential);
  if (!scope) return malformed(`X-Amz-Credential must be "<access key id>/<yyyymmdd>/<region>/<service>/aws4_request", got ${JSON.stringify(credential)}`);
  if (scope[1] !== params.get('x-amz-date')!.slice(0, 8)) return malformed(`The date of X-Amz-Credential (${scope[1]}) is not the day of X-Amz-Date`);
  const expiresText = params.get('x-amz-expires')!;
  const expires = /^\d{1,7}$/.test(expiresText) ? Number(expiresText) : NaN;
  if (!(expires >= 1)) return malformed(`X-Amz-Expires must be a positive integer number of seconds, got ${JSON.stringify(expiresText)}`);
  if (expires > MAX_PRESIGNED_EXPIRY_SECONDS) return malformed(`X-Amz-Expires must be less than a week (in seconds) that is ${MAX_PRESIGNED_EXPIRY_SECONDS}`);
  const signedHeaders = params.get('x-amz-signedheaders')!;
  if (!/^[a-z0-9!#$%&'*+.^_`|~-]+(;[a-z0-9!#$%&'*+.^_`|~-]+)*$/.test(signedHeaders) || !signedHeaders.split(';').includes('host')) {
    return malformed(`X-Amz-SignedHeaders must be a ";"-separated list of lower-case header names that includes host, got ${JSON.stringify(signedHeaders)}`);
  }
  if (!/^[0-9a-f]{64}$/.test(params.get('x-amz-signature')!)) return malformed('X-Amz-Signature must be 64 lower-case hex digits');
  if (now > signedAt + expires * 1000) return { status: 403, code: 'AccessDenied', message: 'Request has expired' };
  return undefined;
}

/** The request without its SigV4 query authentication parameters (they are not input members). */
export function withoutPresignParams(wire: HttpRequest): HttpRequest {
  return { ...wire, query: wire.query.filter(([key]) => !AUTH_PARAMS.has(key.toLowerCase())) };
}
