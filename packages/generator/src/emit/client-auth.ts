/**
 * Auth schemes of the service and its operations, emitted into the runtime
 * schemas (`ServiceSchema.auth`, `OperationSchema.auth` / `optionalAuth`).
 * Smithy "Authentication traits" and "auth trait" resolution: the `@auth`
 * order when present, else every applied auth trait sorted by shape id.
 * @packageDocumentation
 */
import type { Traits } from '@anvil/smithy-model';
import type { ServiceView } from '../view.js';

const SIGV4 = 'aws.auth#sigv4';
const BEARER = 'smithy.api#httpBearerAuth';
const API_KEY = 'smithy.api#httpApiKeyAuth';
const AUTH = 'smithy.api#auth';
const OPTIONAL = 'smithy.api#optionalAuth';
/** Auth traits the client runtime implements. */
const SUPPORTED = [SIGV4, BEARER, API_KEY];

/** The runtime `AuthScheme` literal for one auth trait applied to the service; undefined when unsupported. */
function schemeLiteral(serviceTraits: Traits, id: string): string | undefined {
  const value = serviceTraits[id] as Record<string, unknown> | undefined;
  if (value === undefined) return undefined;
  if (id === SIGV4) return `{ type: 'sigv4', name: ${JSON.stringify(String(value.name ?? ''))} }`;
  if (id === BEARER) return "{ type: 'bearer' }";
  if (id === API_KEY) {
    const scheme = typeof value.scheme === 'string' ? `, scheme: ${JSON.stringify(value.scheme)}` : '';
    return `{ type: 'apiKey', name: ${JSON.stringify(String(value.name))}, in: ${JSON.stringify(value.in === 'query' ? 'query' : 'header')}${scheme} }`;
  }
  return undefined;
}

function schemesLiteral(view: ServiceView, ids: readonly string[]): string {
  const traits = view.closure.service.traits;
  return `[${ids.map((id) => schemeLiteral(traits, id)).filter((x) => x !== undefined).join(', ')}]`;
}

/**
 * `auth: [...]` for the service schema, or `[]` (no line) when the default applies
 * (only SigV4, or nothing, which the runtime derives from `sigv4`).
 */
export function serviceAuthLines(view: ServiceView): string[] {
  const traits = view.closure.service.traits;
  const explicit = traits[AUTH] as string[] | undefined;
  const ids = explicit ?? SUPPORTED.filter((id) => id in traits).sort();
  const supported = ids.filter((id) => SUPPORTED.includes(id) && id in traits);
  if (explicit === undefined && supported.every((id) => id === SIGV4)) return [];
  return [`auth: ${schemesLiteral(view, supported)},`];
}

/** `auth: [...]` (operation `@auth`) and `optionalAuth: true` lines for an operation schema. */
export function operationAuthLines(view: ServiceView, opTraits: Traits): string[] {
  const lines: string[] = [];
  const explicit = opTraits[AUTH] as string[] | undefined;
  if (explicit !== undefined) lines.push(`auth: ${schemesLiteral(view, explicit.filter((id) => SUPPORTED.includes(id)))},`);
  if (OPTIONAL in opTraits) lines.push('optionalAuth: true,');
  return lines;
}
