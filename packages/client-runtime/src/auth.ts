/**
 * Choosing and applying an authentication scheme per request (Smithy
 * "Authentication traits": `aws.auth#sigv4`, `smithy.api#httpBearerAuth`,
 * `smithy.api#httpApiKeyAuth`, `smithy.api#optionalAuth`, `smithy.api#auth`).
 * @packageDocumentation
 */
import type { AuthScheme, HttpRequest, OperationSchema, ServiceSchema } from '@anvil/runtime';
import type { AwsCredentialIdentity, CredentialsSource } from './credentials.js';
import { missingCredentials } from './credentials.js';
import { memoizeIdentity } from './identity.js';

/** A bearer token (structurally `@smithy/types` `TokenIdentity`). */
export interface TokenIdentity {
  readonly token: string;
  /** When the token stops working; cached provider results are refreshed 5 minutes before. */
  readonly expiration?: Date;
}

/** An async source of bearer tokens. */
export type TokenIdentityProvider = () => Promise<TokenIdentity>;

/** Identity sources a client has (already cached). */
export interface IdentitySources {
  readonly credentials: CredentialsSource;
  readonly token?: () => Promise<TokenIdentity>;
  readonly apiKey?: () => Promise<string>;
}

/** The identity a request is sent with. */
export type ResolvedAuth =
  | { readonly scheme: Extract<AuthScheme, { type: 'sigv4' }>; readonly credentials: AwsCredentialIdentity }
  | { readonly scheme: Extract<AuthScheme, { type: 'bearer' }>; readonly token: string }
  | { readonly scheme: Extract<AuthScheme, { type: 'apiKey' }>; readonly key: string }
  | { readonly scheme: undefined };

/** Token config → cached source. */
export function tokenSource(token: TokenIdentity | TokenIdentityProvider | undefined): (() => Promise<TokenIdentity>) | undefined {
  if (token === undefined) return undefined;
  if (typeof token === 'function') return memoizeIdentity(token);
  return async () => token;
}

/** API key config → source. */
export function apiKeySource(key: string | (() => Promise<string>) | undefined): (() => Promise<string>) | undefined {
  if (key === undefined) return undefined;
  return typeof key === 'function' ? key : async () => key;
}

/**
 * The schemes an operation accepts, in priority order: the operation's `@auth`,
 * else the service's, else SigV4 when the service has the trait.
 */
export function authSchemes(service: ServiceSchema, operation: OperationSchema): readonly AuthScheme[] {
  return operation.auth ?? service.auth ?? (service.sigv4 ? [{ type: 'sigv4', name: service.sigv4.name }] : []);
}

/**
 * Resolve the identity of one request: the first scheme (in priority order)
 * whose identity is available; unauthenticated when the list is empty, or when
 * nothing is available and the operation has `@optionalAuth`.
 *
 * @throws Error naming the service when no scheme has an identity (the SigV4 message when SigV4 is first)
 */
export async function resolveAuth(
  service: ServiceSchema,
  operation: OperationSchema,
  sources: IdentitySources,
): Promise<ResolvedAuth> {
  const schemes = authSchemes(service, operation);
  for (const scheme of schemes) {
    if (scheme.type === 'sigv4') {
      const credentials = await sources.credentials();
      if (credentials) return { scheme, credentials };
    } else if (scheme.type === 'bearer' && sources.token) {
      return { scheme, token: (await sources.token()).token };
    } else if (scheme.type === 'apiKey' && sources.apiKey) {
      return { scheme, key: await sources.apiKey() };
    }
  }
  if (schemes.length === 0 || operation.optionalAuth) return { scheme: undefined };
  if (schemes[0]!.type === 'sigv4') throw missingCredentials(service.id);
  const wanted = schemes.map((s) => (s.type === 'bearer' ? '`token`' : s.type === 'apiKey' ? '`apiKey`' : '`credentials`'));
  throw new Error(`No identity for ${operation.id}: pass ${wanted.join(' or ')} in the client config`);
}

/**
 * Apply a bearer token or API key to a wire request (SigV4 is applied later, by `signRequest`).
 * @returns a new request; the input is not changed
 */
export function applyTokenAuth(request: HttpRequest, auth: ResolvedAuth): HttpRequest {
  if (auth.scheme?.type === 'bearer' && 'token' in auth) {
    return { ...request, headers: { ...request.headers, authorization: `Bearer ${auth.token}` } };
  }
  if (auth.scheme?.type === 'apiKey' && 'key' in auth) {
    const { name, scheme } = auth.scheme;
    if (auth.scheme.in === 'query') return { ...request, query: [...request.query, [name, auth.key]] };
    return { ...request, headers: { ...request.headers, [name.toLowerCase()]: scheme ? `${scheme} ${auth.key}` : auth.key } };
  }
  return request;
}
