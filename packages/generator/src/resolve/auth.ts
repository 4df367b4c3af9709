/**
 * Auth schemes of the service and its operations (Smithy "Authentication
 * traits" and "auth trait" resolution: the `@auth` order when present, else
 * every applied auth trait sorted by shape id), limited to the schemes the
 * client runtime implements.
 * @packageDocumentation
 */
import type { Traits } from '@anvil/smithy-model';
import type { AuthSchemeNode } from './service-nodes.js';
import { TRAIT_IDS } from './trait-ids.js';
import { has, objectValue, value } from './traits.js';

/** Auth traits the client runtime implements. */
const SUPPORTED: readonly string[] = [TRAIT_IDS.sigv4, TRAIT_IDS.httpBearerAuth, TRAIT_IDS.httpApiKeyAuth];

/** The scheme for one auth trait applied to the service; undefined when the service does not apply it. */
function scheme(serviceTraits: Traits, id: string): AuthSchemeNode | undefined {
  if (!(id in serviceTraits)) return undefined;
  const v = (serviceTraits[id] ?? {}) as Record<string, unknown>;
  if (id === TRAIT_IDS.sigv4) return { type: 'sigv4', name: String(v.name ?? '') };
  if (id === TRAIT_IDS.httpBearerAuth) return { type: 'bearer' };
  if (id === TRAIT_IDS.httpApiKeyAuth) {
    return { type: 'apiKey', name: String(v.name), in: v.in === 'query' ? 'query' : 'header', ...(typeof v.scheme === 'string' ? { scheme: v.scheme } : {}) };
  }
  return undefined;
}

function schemes(serviceTraits: Traits, ids: readonly string[]): AuthSchemeNode[] {
  return ids.map((id) => scheme(serviceTraits, id)).filter((s) => s !== undefined);
}

/** `@auth` ids as written, when the value is a list. */
function authIds(traits: Traits): string[] | undefined {
  const v = value(traits, TRAIT_IDS.auth);
  return Array.isArray(v) ? v.map(String) : undefined;
}

/**
 * The service's auth schemes, or undefined when the default applies (only SigV4, or nothing,
 * which the runtime derives from `sigv4`).
 */
export function serviceAuth(serviceTraits: Traits): AuthSchemeNode[] | undefined {
  const explicit = authIds(serviceTraits);
  const ids = explicit ?? SUPPORTED.filter((id) => id in serviceTraits).sort();
  const supported = ids.filter((id) => SUPPORTED.includes(id) && id in serviceTraits);
  if (explicit === undefined && supported.every((id) => id === TRAIT_IDS.sigv4)) return undefined;
  return schemes(serviceTraits, supported);
}

/** An operation's own `@auth` (supported schemes the service applies, in order), and `@optionalAuth`. */
export function operationAuth(operationTraits: Traits, serviceTraits: Traits): { auth?: AuthSchemeNode[]; optionalAuth: boolean } {
  const explicit = authIds(operationTraits);
  return {
    ...(explicit === undefined ? {} : { auth: schemes(serviceTraits, explicit.filter((id) => SUPPORTED.includes(id))) }),
    optionalAuth: has(operationTraits, TRAIT_IDS.optionalAuth),
  };
}

/** `aws.auth#sigv4` signing name of the service, when set. */
export function sigv4Name(serviceTraits: Traits): string | undefined {
  const name = objectValue(serviceTraits, TRAIT_IDS.sigv4)?.name;
  return typeof name === 'string' && name ? name : undefined;
}
