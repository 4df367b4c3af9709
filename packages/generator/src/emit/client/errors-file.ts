/**
 * `src/errors.ts` of the client package: the service's base exception, one
 * class per modeled error (`name`, `$fault`, members as fields — except names
 * reserved on an error object, see `isErrorClassField` — and `$members`, every
 * member typed), and `errors` (error code → class) for the client.
 * @packageDocumentation
 */
import { tsdoc } from '../../docs.js';
import { GeneratedFile } from '../../files/index.js';
import { CLIENT_RUNTIME } from '../../manifest.js';
import { isErrorClassField, MODULE_LOCALS, propertyKey } from '../../naming/index.js';
import type { ServiceNode } from '../../resolve/index.js';
import { packageTypes } from '../package-types.js';

/**
 * Emit `src/errors.ts`.
 * @returns the file's text
 */
export function errorsFile(service: ServiceNode): string {
  const file = new GeneratedFile();
  const types = packageTypes(file, service);
  const w = file.body;
  const base = service.names.baseException;
  w.raw(tsdoc({
    documentation: `Base class of every error the service returns. An error code the model does not declare arrives as this class, with \`name\` set to the code.`,
  }));
  w.line(`export class ${base} extends ${file.ref(CLIENT_RUNTIME.ServiceException)} {}`);
  for (const e of service.errorShapes) {
    w.separate().raw(tsdoc(e));
    w.block(`export class ${e.typeName} extends ${base}`, () => {
      w.line(`override readonly name = ${JSON.stringify(e.name)};`);
      w.line(`override readonly $fault = ${JSON.stringify(e.fault)};`);
      w.raw(tsdoc({ documentation: 'Every member of the error as parsed; members whose names are reserved on an error object (`name`, `constructor`, `toString` …) are read here.' }));
      w.line(`declare readonly $members: Readonly<${types.shape(e.typeName)}>;`);
      for (const m of e.members) {
        if (!isErrorClassField(m.name)) continue;
        w.raw(tsdoc({ documentation: m.documentation }));
        w.line(`declare readonly ${propertyKey(m.name)}?: ${types.shape(e.typeName)}[${JSON.stringify(m.name)}];`);
      }
    });
  }
  w.separate().raw(tsdoc({ documentation: 'Modeled error classes by wire error code.' }));
  w.block(`export const ${MODULE_LOCALS.errors}: Readonly<Record<string, ${file.ref(CLIENT_RUNTIME.ServiceExceptionClass)}>> =`, () => {
    for (const e of service.errorShapes) w.line(`${JSON.stringify(e.name)}: ${e.typeName},`);
  }, ';');
  return file.toString();
}
