/**
 * Choosing the authentication scheme of a request (Smithy "Authentication traits": `aws.auth#sigv4`,
 * `smithy.api#httpBearerAuth`, `smithy.api#httpApiKeyAuth`, `smithy.api#optionalAuth`, `smithy.api#auth`).
 * SigV4 is built in; bearer tokens and API keys are {@link AuthSupport}s (`http-auth.ts`) that a client binding
 * lists only when its service uses them, so other bundles carry none of their code.
 * @packageDocumentation
 */
import type { AuthScheme, HttpRequest, OperationSchema, ServiceSchema } from '@anvil/runtime';
import type { ClientConfig } from './config.js';
import type { AwsCredentialIdentity, CredentialsSource } from './credentials.js';
import { missingCredentials } from './credentials.js';

/** A bearer token (structurally `@smithy/types` `TokenIdentity`). */
export interface TokenIdentity {
  readonly token: string;
  /** When the token stops working; cached provider results are refreshed 5 minutes before. */
  readonly expiration?: Date;
}

/** An async source of bearer tokens. */
export type TokenIdentityProvider = () => Promise<TokenIdentity>;

/** A scheme other than SigV4 that a client supports (`bearerAuth`, `apiKeyAuth`): its identity and how it is sent. */
export interface AuthSupport {
  /** The `AuthScheme` type handled (`bearer`, `apiKey`). */
  readonly type: Exclude<AuthScheme['type'], 'sigv4'>;
  /**
   * The identity source of a client (called once, in the constructor).
   * @param config the client configuration (`token`, `apiKey`)
   * @returns the (cached) source of the identity string, or `undefined` when the configuration supplies none
   */
  source(config: ClientConfig): (() => Promise<string>) | undefined;
  /**
   * Put the identity on a wire request.
   * @param request the request before signing
   * @param scheme the operation's scheme of this type (header or query name, prefix)
   * @param identity what {@link AuthSupport.source} resolved
   * @returns a new request; the input is not changed
   */
  apply(request: HttpRequest, scheme: AuthScheme, identity: string): HttpRequest;
}

/** Identity sources a client has (already cached). */
export interface IdentitySources {
  readonly credentials: CredentialsSource;
  /** The binding's other schemes, each with its source (`undefined`: nothing configured). */
  readonly others?: ReadonlyArray<readonly [AuthSupport, (() => Promise<string>) | undefined]>;
}

/** The identity a request is sent with. */
export type ResolvedAuth =
  | { readonly scheme: Extract<AuthScheme, { type: 'sigv4' }>; readonly credentials: AwsCredentialIdentity }
  | { readonly scheme: Exclude<AuthScheme, { type: 'sigv4' }>; readonly identity: string; readonly support: AuthSupport }
  | { readonly scheme: undefined };

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
 * nothing is available and the operation has `@optionalAuth`. Schemes other than SigV4 need their
 * {@link AuthSupport} in `sources.others`.
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
      continue;
    }
    const other = sources.others?.find(([support, source]) => support.type === scheme.type && source);
    if (other) return { scheme, identity: await other[1]!(), support: other[0] };
  }
  if (schemes.length === 0 || operation.optionalAuth) return { scheme: undefined };
  if (schemes[0]!.type === 'sigv4') throw missingCredentials(service.id);
  const wanted = schemes.map((s) => `\`${s.type === 'bearer' ? 'token' : s.type === 'sigv4' ? 'credentials' : s.type}\``);
  throw new Error(`No identity for ${operation.id}: pass ${wanted.join(' or ')} in the client config`);
}
