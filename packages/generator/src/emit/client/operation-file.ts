/**
 * `src/operations/<fn>.ts` of the client package: one tree-shakable function
 * per operation, taking the lite client.
 * @packageDocumentation
 */
import { GeneratedFile } from '../../files/index.js';
import { CLIENT_RUNTIME } from '../../manifest.js';
import { MODULE_LOCALS, objectKey } from '../../naming/index.js';
import type { OperationNode, ServiceNode } from '../../resolve/index.js';
import { packageTypes } from '../package-types.js';
import { operationDoc } from './operation-docs.js';
import { CLIENT_FILES, moduleSpecifier, operationFile } from './paths.js';

/** What the operation binding holds, for its doc comment. */
function bindingParts(op: OperationNode): string[] {
  return [
    ...(op.errors.length ? ["its error classes by wire code (the service's included)"] : []),
    ...(op.endpointParams?.paths && Object.keys(op.endpointParams.paths).length ? ['the JMESPath evaluator for its endpoint parameters'] : []),
    ...(op.streaming ? ['its streaming support'] : []),
    ...(op.deprecated ? ['its deprecation warning'] : []),
  ];
}

/**
 * Emit `src/operations/<fn>.ts`.
 * @returns the file's text
 */
export function operationFunctionFile(service: ServiceNode, op: OperationNode): string {
  const file = new GeneratedFile();
  const types = packageTypes(file, service, moduleSpecifier(operationFile(op), CLIENT_FILES.schemas));
  const n = service.names;
  const lite = file.type(moduleSpecifier(operationFile(op), CLIENT_FILES.liteClient), n.liteClient);
  const errorNames = op.errors.map((e) => e.typeName);
  const options = `options?: ${file.ref(CLIENT_RUNTIME.RequestOptions)}`;
  const result = `Promise<${types.io(op.output)} & ${file.ref(CLIENT_RUNTIME.MetadataBearer)}>`;
  const errorsModule = moduleSpecifier(operationFile(op), CLIENT_FILES.errors);
  const fields = [
    ...(op.errors.length
      ? [`errors: { ${op.errors.map((e) => `${objectKey(e.name)}: ${file.value(errorsModule, e.typeName)}`).join(', ')} }`]
      : []),
    ...(op.endpointParams?.paths && Object.keys(op.endpointParams.paths).length ? [`search: ${file.ref(CLIENT_RUNTIME.searchJmes)}`] : []),
    ...(op.streaming ? [`streaming: ${file.ref(op.streaming)}`] : []),
    ...(op.deprecated ? [`warnDeprecated: ${file.ref(CLIENT_RUNTIME.warnDeprecated)}`] : []),
  ];
  const binding = MODULE_LOCALS.operationBinding;
  if (fields.length) {
    file.body.line(`/** What ${op.names.fn} passes to \`send\` besides its schema: ${bindingParts(op).join(', ')}. */`);
    file.body.line(`const ${binding}: ${file.ref(CLIENT_RUNTIME.OperationBinding)} = { ${fields.join(', ')} };`);
    file.body.line();
  }
  file.body.raw(operationDoc(op, [
    `@param client - a {@link ${n.liteClient}} (or ${n.client})`,
    '@param options - `abortSignal` to cancel the call, `requestTimeout` (ms) per attempt, `middleware` hooks',
    `@returns the output with \`$metadata\` (HTTP status, request id, attempts)`,
    ...(errorNames.length ? [`@throws ${errorNames.join(', ')} (modeled errors); ${n.baseException} for other error codes`] : []),
  ]));
  file.body.block(`export function ${op.names.fn}(client: ${lite}, ${types.inputParameter(op.input)}, ${options}): ${result}`, () => {
    file.body.line(`return client.send(${types.schema(op.schemaName)}, input, options${fields.length ? `, ${binding}` : ''});`);
  });
  return file.toString();
}
