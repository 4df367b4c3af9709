/**
 * `src/endpoint-rules.ts` of the client package: the service's endpoint rule set, compiled
 * in the resolve stage (`resolve/endpoint-rules-compile.ts`) into the data `@anvil/client-runtime` walks. The file imports only a type,
 * so tests can load it from anywhere.
 * @packageDocumentation
 */
import { GeneratedFile } from '../../files/index.js';
import { CLIENT_RUNTIME } from '../../manifest.js';
import { MODULE_LOCALS, objectKey } from '../../naming/index.js';
import type { ServiceNode } from '../../resolve/index.js';

/** A JavaScript literal of JSON data whose object keys always define own properties (`["__proto__"]`). */
export function dataLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(dataLiteral).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${objectKey(k)}:${dataLiteral(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Emit `src/endpoint-rules.ts` (only for services with a rule set).
 * @returns the file's text
 * @throws Error when the service has no rule set (a malformed rule set already failed in the resolve stage)
 */
export function endpointRulesFile(service: ServiceNode): string {
  const file = new GeneratedFile();
  if (service.endpointRules === undefined) throw new Error(`${service.id}: the service has no endpoint rule set to emit`);
  const { ruleSet } = service.endpointRules;
  const type = file.ref(CLIENT_RUNTIME.CompiledRuleSet);
  file.body.line('/** The service\'s `smithy.rules#endpointRuleSet` (Smithy "Endpoint rules"), compiled for the `@anvil/client-runtime` evaluator. */');
  file.body.line(`export const ${MODULE_LOCALS.endpointRuleSet}: ${type} = ${dataLiteral(ruleSet)};`);
  return file.toString();
}
