/**
 * `src/endpoint-rules.ts` of the client package: the service's endpoint rule
 * set as a plain data export (no imports, so tests can load it from anywhere).
 * @packageDocumentation
 */
import { GeneratedFile } from '../../files/index.js';
import { MODULE_LOCALS } from '../../naming/index.js';
import type { ServiceNode } from '../../resolve/index.js';

/**
 * Emit `src/endpoint-rules.ts` (only for services with a rule set).
 * @returns the file's text
 */
export function endpointRulesFile(service: ServiceNode): string {
  const file = new GeneratedFile();
  file.body.line('/** The service\'s `smithy.rules#endpointRuleSet` (Smithy "Endpoint rules"), evaluated by `@anvil/client-runtime`. */');
  file.body.line(`export const ${MODULE_LOCALS.endpointRuleSet} = ${JSON.stringify(service.endpointRuleSet)} as const;`);
  return file.toString();
}
