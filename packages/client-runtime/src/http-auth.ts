/**
 * The HTTP auth schemes other than SigV4 (Smithy "httpBearerAuth trait", "httpApiKeyAuth trait"), as
 * {@link AuthSupport}s: generated clients list them in `ClientBinding.authSchemes` only when their service or an
 * operation uses them, so SigV4-only bundles carry neither.
 * @packageDocumentation
 */
import type { AuthSupport } from './auth.js';
import { memoizeIdentity } from './identity.js';

/**
 * `smithy.api#httpBearerAuth`: `authorization: Bearer <token>` from `ClientConfig.token` (a static token, or a
 * provider cached until 5 minutes before its `expiration`).
 */
export const bearerAuth: AuthSupport = {
  type: 'bearer',
  source({ token }) {
    if (token === undefined) return undefined;
    if (typeof token !== 'function') return async () => token.token;
    const cached = memoizeIdentity(token);
    return async () => (await cached()).token;
  },
  apply: (request, _scheme, token) => ({ ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } }),
};

/**
 * `smithy.api#httpApiKeyAuth`: `ClientConfig.apiKey` (the key, or an async function called per request) in the
 * scheme's header (after its `scheme` prefix, when it has one) or query parameter.
 */
export const apiKeyAuth: AuthSupport = {
  type: 'apiKey',
  source({ apiKey }) {
    if (apiKey === undefined) return undefined;
    return typeof apiKey === 'function' ? apiKey : async () => apiKey;
  },
  apply(request, scheme, key) {
    if (scheme.type !== 'apiKey') return request;
    if (scheme.in === 'query') return { ...request, query: [...request.query, [scheme.name, key]] };
    return { ...request, headers: { ...request.headers, [scheme.name.toLowerCase()]: scheme.scheme ? `${scheme.scheme} ${key}` : key } };
  },
};
