/**
 * `src/client.ts` of the client package: the full client, the lite client
 * with one method per operation (each calls the operation function).
 * @packageDocumentation
 */
import { tsdoc } from '../../docs.js';
import { GeneratedFile } from '../../files/index.js';
import { CLIENT_RUNTIME } from '../../manifest.js';
import type { ServiceNode } from '../../resolve/index.js';
import { packageTypes } from '../package-types.js';
import { operationDoc } from './operation-docs.js';
import { CLIENT_FILES, moduleSpecifier, operationFile } from './paths.js';

/**
 * Emit `src/client.ts`.
 * @returns the file's text
 */
export function clientFile(service: ServiceNode): string {
  const file = new GeneratedFile();
  const types = packageTypes(file, service);
  const n = service.names;
  const w = file.body;
  const lite = file.value(moduleSpecifier(CLIENT_FILES.client, CLIENT_FILES.liteClient), n.liteClient);
  // The service's own documentation (escaped like every model text) comes first.
  w.raw(tsdoc({
    ...(service.documentation === undefined ? {} : { documentation: service.documentation }),
    notes: [`The ${service.name} client with one method per operation. For the smallest bundles use {@link ${n.liteClient}} with the operation functions instead.`],
  }));
  w.block(`export class ${n.client} extends ${lite}`, () => {
    service.operations.forEach((op, i) => {
      if (i) w.line();
      w.raw(operationDoc(op));
      const fn = file.value(moduleSpecifier(CLIENT_FILES.client, operationFile(op)), op.names.fn);
      const options = `options?: ${file.ref(CLIENT_RUNTIME.RequestOptions)}`;
      const result = `Promise<${types.io(op.output)} & ${file.ref(CLIENT_RUNTIME.MetadataBearer)}>`;
      w.block(`${op.names.fn}(${types.inputParameter(op.input)}, ${options}): ${result}`, () => {
        w.line(`return ${fn}(this, input, options);`);
      });
    });
  });
  return file.toString();
}
