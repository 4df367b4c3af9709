/**
 * `src/paginators/<fn>.ts` of the client package: `paginate<Operation>` for an
 * operation with a paginator (Smithy "paginated trait").
 * @packageDocumentation
 */
import { tsdoc } from '../../docs.js';
import { GeneratedFile } from '../../files/index.js';
import { CLIENT_RUNTIME } from '../../manifest.js';
import { shadowsObjectMember } from '../../naming/index.js';
import type { OperationNode, PaginatorNode, ServiceNode } from '../../resolve/index.js';
import { packageTypes, type PackageTypes } from '../package-types.js';
import { moduleSpecifier, operationFile, paginatorFile, CLIENT_FILES } from './paths.js';

/** The type of one item (`NonNullable<Out["items"]>[number]`), or `unknown`. */
function itemType(output: string, collection: PaginatorNode['itemCollection']): string {
  if (!collection) return 'unknown';
  // A member named like a member of `Object` is typed `T | Object["…"]` (see the types emitter): take that back out.
  const step = (t: string, key: string) => {
    const member = `NonNullable<${t}[${JSON.stringify(key)}]>`;
    return shadowsObjectMember(key) ? `Exclude<${member}, Object[${JSON.stringify(key)}]>` : member;
  };
  const type = collection.keys.reduce(step, output);
  // `keyof`, not `string`: maps keyed by an enum are `Partial<Record<Enum, V>>`, which has no string index.
  return collection.kind === 'list' ? `${type}[number]` : `NonNullable<${type}[keyof ${type}]>`;
}

function paginatorDoc(op: OperationNode, p: PaginatorNode, liteClient: string): string {
  return tsdoc({
    documentation: `Iterate over the pages of \`${op.name}\` (\`for await (const page of ${op.names.paginator}(client, input))\`), or over the items of every page with \`.items()\`${p.items ? ` (\`${p.items}\`)` : ''}.`,
    notes: [`Pages are requested with \`${p.inputToken}\` set to the previous page's \`${p.outputToken}\`; iteration ends when it is absent, empty, or repeats.`],
    tags: [
      `@param client - a {@link ${liteClient}}`,
      '@param input - the first page\'s input (its token, if set, is where iteration starts)',
      `@param options - \`pageSize\`${p.pageSize ? ` (sent as \`${p.pageSize}\`)` : ' (ignored: the operation has no page size member)'}, \`startingToken\`, \`abortSignal\`, \`requestTimeout\``,
      '@returns an async iterable of pages (each with `$metadata`) with an `items()` iterator',
    ],
  });
}

function signature(file: GeneratedFile, types: PackageTypes, op: OperationNode, p: PaginatorNode, lite: string): string {
  const output = types.io(op.output);
  const options = `options?: ${file.ref(CLIENT_RUNTIME.PaginationOptions)}`;
  const result = `${file.ref(CLIENT_RUNTIME.Paginator)}<${output} & ${file.ref(CLIENT_RUNTIME.MetadataBearer)}, ${itemType(output, p.itemCollection)}>`;
  return `export function ${op.names.paginator}(client: ${lite}, ${types.inputParameter(op.input)}, ${options}): ${result}`;
}

/**
 * Emit `src/paginators/<fn>.ts` for an operation with a paginator.
 * @returns the file's text
 */
export function paginatorFunctionFile(service: ServiceNode, op: OperationNode, p: PaginatorNode): string {
  const file = new GeneratedFile();
  const types = packageTypes(file, service, moduleSpecifier(paginatorFile(op), CLIENT_FILES.schemas));
  const path = paginatorFile(op);
  const lite = file.type(moduleSpecifier(path, CLIENT_FILES.liteClient), service.names.liteClient);
  const fn = file.value(moduleSpecifier(path, operationFile(op)), op.names.fn);
  file.body.raw(paginatorDoc(op, p, service.names.liteClient));
  file.body.block(signature(file, types, op, p, lite), () => {
    file.body.line(`return ${file.ref(CLIENT_RUNTIME.paginate)}(${types.schema(op.schemaName)}, (i: ${types.io(op.input)}, o) => ${fn}(client, i, o), input, options);`);
  });
  return file.toString();
}
