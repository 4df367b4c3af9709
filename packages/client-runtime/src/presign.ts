/**
 * Presigned URLs (AWS SigV4 "Authenticating requests: using query parameters", the way browsers upload to and
 * download from S3 without credentials): the request an operation call would send — same codec, endpoint
 * rules (S3 virtual-hosted or path-style addressing), body encodings and service customisations — signed in
 * its query string by `@smithy/signature-v4` `presign()` instead of its `authorization` header.
 * @packageDocumentation
 */
import { SignatureV4 } from '@smithy/signature-v4';
import { deref, getOwn, MAX_PRESIGNED_EXPIRY_SECONDS, setOwn, streamingMember, type HeaderMap, type OperationSchema } from '@anvil/runtime';
import type { Client } from './client.js';
import { resolveTarget } from './endpoint.js';
import { WebCryptoSha256 } from './sha256.js';
import { SINGLE_ENCODED_PATHS } from './signing.js';
import { UNSIGNED_PAYLOAD } from './streaming/blob-streams.js';

export { MAX_PRESIGNED_EXPIRY_SECONDS };
/** The validity of a presigned URL when `expiresIn` is not given: 15 minutes, in seconds. */
export const DEFAULT_PRESIGNED_EXPIRY_SECONDS = 900;

/** Options of {@link presign}. */
export interface PresignOptions {
  /** How long the URL stays valid, in seconds: an integer from 1 to 604800 (7 days). Default 900. */
  readonly expiresIn?: number;
  /** The signing time (`X-Amz-Date`; default: now). The URL is valid until this time plus `expiresIn`. */
  readonly signingDate?: Date;
}

/**
 * Headers an S3 presigned URL does not sign, as the AWS SDK's S3 presigner (a browser sets `content-type`
 * itself), plus those SigV4 never signs.
 */
const S3_UNSIGNED_HEADERS = new Set(['content-type']);

/**
 * A presigned URL for one operation: whoever holds it can send that request (method, host, path, query and
 * signed headers as given here) without credentials until it expires.
 *
 * Signed: the method, host, path and query the operation's codec and endpoint rules produce; `host` and every
 * header the request carries (`x-amz-*` headers move into the query, as SigV4 allows; `content-type` is left
 * unsigned for S3). The payload is `UNSIGNED-PAYLOAD` for the S3 signing names (`s3`, `s3-outposts`,
 * `s3express`), else the SHA-256 of the serialised body. The query gains `X-Amz-Algorithm`, `X-Amz-Credential`,
 * `X-Amz-Date`, `X-Amz-Expires`, `X-Amz-SignedHeaders`, `X-Amz-Signature` and, for temporary credentials,
 * `X-Amz-Security-Token`. Middleware hooks (`beforeSend`) do not run: they belong to attempts, and a presigned
 * URL is sent by someone else.
 *
 * @example
 * ```ts
 * const url = await presign(client, PutObject$, { Bucket: 'b', Key: 'photo.png' }, { expiresIn: 3600 });
 * await fetch(url, { method: 'PUT', body: file }); // in a browser, no credentials
 * ```
 * @param client a generated client (or lite client) with `region` and `credentials`
 * @param operation the operation schema (`PutObject$` from the generated types package)
 * @param input the operation input, without its streaming body (the URL's holder sends the body)
 * @param options `expiresIn` (seconds) and `signingDate`
 * @returns the absolute URL
 * @throws RangeError when `expiresIn` is not an integer from 1 to 604800
 * @throws TypeError when the input carries the operation's streaming body, or the operation streams events
 * @throws Error when the operation is not signed with SigV4 (no credentials, another auth scheme), or region or
 *   endpoint cannot be resolved; `SerializationError` when the input cannot be serialised
 */
export async function presign<I, O>(client: Client, operation: OperationSchema<I, O>, input: NoInfer<I>, options: PresignOptions = {}): Promise<string> {
  const expiresIn = options.expiresIn ?? DEFAULT_PRESIGNED_EXPIRY_SECONDS;
  if (!Number.isInteger(expiresIn) || expiresIn < 1 || expiresIn > MAX_PRESIGNED_EXPIRY_SECONDS) {
    throw new RangeError(`expiresIn for a presigned ${operation.id} URL must be an integer number of seconds from 1 to ${MAX_PRESIGNED_EXPIRY_SECONDS}, got ${String(options.expiresIn)}`);
  }
  const stream = streamingMember(deref(operation.input));
  if (stream?.kind === 'events') throw new TypeError(`${operation.id} streams events: it cannot be presigned`);
  if (stream && input !== undefined && input !== null && getOwn(input as Record<string, unknown>, stream.name) !== undefined) {
    throw new TypeError(`A presigned ${operation.id} URL carries no body: leave out \`${stream.name}\` and send the body with the URL`);
  }
  const ctx = await client.prepare(operation, input);
  const { auth } = ctx;
  if (auth.scheme?.type !== 'sigv4' || !('credentials' in auth)) {
    throw new Error(`${operation.id} is not signed with SigV4 (aws.auth#sigv4 with credentials): it cannot be presigned`);
  }
  const service = auth.scheme.name;
  const s3 = SINGLE_ENCODED_PATHS.has(service);
  const endpointUrl = ctx.endpoint instanceof URL ? ctx.endpoint : ctx.endpoint.url;
  const target = resolveTarget(endpointUrl, ctx.wire);
  const headers: HeaderMap = { ...ctx.wire.headers, host: target.host };
  if (!(ctx.endpoint instanceof URL) && ctx.endpoint.headers) {
    for (const [name, values] of Object.entries(ctx.endpoint.headers)) headers[name.toLowerCase()] = values.join(', ');
  }
  if (s3) {
    // spelled as the AWS SDK's S3 presigner spells it: hoisted into the query under this name
    delete headers['x-amz-content-sha256'];
    headers['X-Amz-Content-Sha256'] = UNSIGNED_PAYLOAD;
  }
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of ctx.wire.query) {
    const prev = getOwn(query, key) as string | string[] | undefined;
    setOwn(query, key, prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value]);
  }
  const signer = new SignatureV4({ service, region: ctx.signingRegion ?? '', credentials: auth.credentials, sha256: WebCryptoSha256, uriEscapePath: !s3 });
  const signed = await signer.presign(
    {
      method: ctx.wire.method,
      protocol: target.protocol,
      hostname: target.hostname,
      ...(target.port === undefined ? {} : { port: target.port }),
      path: target.path,
      query,
      headers,
      ...(ctx.wire.body ? { body: ctx.wire.body } : {}),
    },
    { expiresIn, ...(options.signingDate ? { signingDate: options.signingDate } : {}), ...(s3 ? { unsignableHeaders: S3_UNSIGNED_HEADERS } : {}) },
  );
  // the wire query as serialised, then what signing added (hoisted `x-amz-*` headers and the X-Amz-* parameters)
  const added = Object.entries(signed.query ?? {}).filter(([key]) => getOwn(query, key) === undefined);
  const extra = added.flatMap(([key, value]) => (Array.isArray(value) ? value : [value ?? '']).map((v): [string, string] => [key, v]));
  return resolveTarget(endpointUrl, { ...ctx.wire, query: [...ctx.wire.query, ...extra] }).url;
}
