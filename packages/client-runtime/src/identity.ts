/**
 * Identity caching shared by credentials and bearer tokens: a provider is
 * called once, its result reused until shortly before it expires, and
 * concurrent callers share one in-flight call (Smithy "Identity and auth":
 * identity resolvers).
 * @packageDocumentation
 */

/** How long before `expiration` a cached identity is refreshed: 5 minutes, in ms. */
export const IDENTITY_REFRESH_WINDOW_MS = 5 * 60 * 1000;

/** Anything with an optional expiry (AWS credentials, bearer tokens). */
export interface ExpiringIdentity {
  /** When the identity stops working. */
  readonly expiration?: Date;
}

/**
 * Wrap an async identity provider with a cache.
 *
 * The first call invokes `provider`; later calls return the cached identity
 * until `now() >= expiration - windowMs` (identities without `expiration` are
 * kept forever). Calls made while the provider is running share its promise;
 * a rejected call is not cached (the next call tries again).
 *
 * @param provider the source (e.g. `fromNodeProviderChain()` from `@aws-sdk/credential-providers`)
 * @param options `windowMs` refresh margin in ms (default {@link IDENTITY_REFRESH_WINDOW_MS}); `now` clock in epoch ms
 * @returns a provider with the same contract
 */
export function memoizeIdentity<T extends ExpiringIdentity>(
  provider: () => Promise<T>,
  options: { windowMs?: number; now?: () => number } = {},
): () => Promise<T> {
  const windowMs = options.windowMs ?? IDENTITY_REFRESH_WINDOW_MS;
  const now = options.now ?? Date.now;
  let cached: T | undefined;
  let pending: Promise<T> | undefined;
  const fresh = (identity: T): boolean =>
    identity.expiration === undefined || now() < identity.expiration.getTime() - windowMs;
  return () => {
    if (cached !== undefined && fresh(cached)) return Promise.resolve(cached);
    pending ??= provider().then(
      (identity) => {
        cached = identity;
        pending = undefined;
        return identity;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
}
