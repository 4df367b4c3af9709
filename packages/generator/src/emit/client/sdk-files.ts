/**
 * `src/sdk/**` of the client package: the aws-sdk-js-v3-shaped surface (`./sdk` subpath export).
 * `new XClient(config).send(new XCommand(input))`, `XServiceException` and the error classes,
 * `paginateX({ client, pageSize }, input)`, `waitUntilX({ client, maxWaitTime }, input)`, the
 * `XCommandInput` / `XCommandOutput` types and every shape type, named as `@aws-sdk/client-x` names them.
 * Each command runs the operation function on the lite client the SDK-shaped client wraps, one module per
 * command, so a bundle carries only the commands it imports.
 * @packageDocumentation
 */
import { tsdoc } from '../../docs.js';
import { GeneratedFile } from '../../files/index.js';
import { CLIENT_RUNTIME } from '../../manifest.js';
import { sdkNames, type SdkNames } from '../../naming/index.js';
import type { OperationNode, ServiceNode, WaiterNode } from '../../resolve/index.js';
import { packageTypes } from '../package-types.js';
import { CLIENT_FILES, moduleSpecifier, operationFile, paginatorFile, waiterFile } from './paths.js';

/** The `./sdk` entry's files (paths relative to the package's `src/`). */
export const SDK_FILES = { index: 'sdk/index.ts', client: 'sdk/client.ts' } as const;

const commandFile = (op: OperationNode) => `sdk/commands/${op.names.fn}.ts`;
const sdkPaginatorFile = (op: OperationNode) => `sdk/paginators/${op.names.fn}.ts`;
const sdkWaiterFile = (w: WaiterNode) => `sdk/waiters/${w.names.file}.ts`;

function clientModule(service: ServiceNode, sdk: SdkNames): string {
  const file = new GeneratedFile();
  const n = service.names;
  const liteModule = moduleSpecifier(SDK_FILES.client, CLIENT_FILES.liteClient);
  const lite = file.value(liteModule, n.liteClient);
  if (sdk.clientConfig === n.clientConfig) {
    file.type(liteModule, n.clientConfig);
    file.exports.named(liteModule, [n.clientConfig], true);
  } else {
    file.body.raw(tsdoc({ notes: [`Configuration of {@link ${sdk.client}} (the lite client's).`] }));
    file.body.line(`export type ${sdk.clientConfig} = ${file.type(liteModule, n.clientConfig)};`);
    file.body.line();
  }
  file.body.raw(tsdoc({
    notes: [`The ${service.name} client shaped as \`@aws-sdk/client-*\`'s: \`send(new XCommand(input))\`. It wraps a {@link ${n.liteClient}} (\`.client\`), which the commands run their operation functions on.`],
  }));
  file.body.block(`export class ${sdk.client} extends ${file.ref(CLIENT_RUNTIME.SdkClient)}<${lite}>`, () => {
    file.body.block(`constructor(config: ${sdk.clientConfig} = {})`, () => file.body.line(`super(new ${lite}(config));`));
  });
  return file.toString();
}

function commandModule(service: ServiceNode, op: OperationNode): string {
  const file = new GeneratedFile();
  const types = packageTypes(file, service);
  const path = commandFile(op);
  const lite = file.type(moduleSpecifier(path, CLIENT_FILES.liteClient), service.names.liteClient);
  const fn = file.value(moduleSpecifier(path, operationFile(op)), op.names.fn);
  const c = op.names.command;
  const input = types.io(op.input);
  const output = types.io(op.output);
  file.body.line(`/** The input of {@link ${c}}. */`);
  file.body.line(`export type ${c}Input = ${input};`);
  file.body.line(`/** What {@link ${c}} resolves to: the output with \`$metadata\`. */`);
  file.body.line(`export type ${c}Output = ${output} & ${file.ref(CLIENT_RUNTIME.MetadataBearer)};`);
  file.body.line();
  file.body.raw(tsdoc({ notes: [`\`${op.name}\` as a command: \`client.send(new ${c}(input))\` runs {@link ${op.names.fn}}.`] }));
  file.body.block(`export class ${c} extends ${file.ref(CLIENT_RUNTIME.SdkCommand)}<${input}, ${output}, ${lite}>`, () => {
    const optional = !(op.input.kind === 'structure' && op.input.hasRequiredMember);
    if (optional) file.body.block(`constructor(input: ${input} = {})`, () => file.body.line('super(input);'));
    file.body.block(`run(client: ${lite}, options?: ${file.ref(CLIENT_RUNTIME.RequestOptions)}): Promise<${c}Output>`, () => {
      file.body.line(`return ${fn}(client, this.input, options);`);
    });
  });
  return file.toString();
}

function paginatorModule(service: ServiceNode, op: OperationNode, sdk: SdkNames): string {
  const file = new GeneratedFile();
  const types = packageTypes(file, service);
  const path = sdkPaginatorFile(op);
  const client = file.type(moduleSpecifier(path, SDK_FILES.client), sdk.client);
  const lite = file.aliasedValue(moduleSpecifier(path, paginatorFile(op)), op.names.paginator, `${op.names.paginator}Lite`);
  const config = `${file.ref(CLIENT_RUNTIME.SdkPaginationConfiguration)}<${client}>`;
  file.body.raw(tsdoc({
    documentation: `Pages of \`${op.name}\`, as the SDK's paginator takes them: \`for await (const page of ${op.names.paginator}({ client, pageSize }, input))\`.`,
  }));
  file.body.block(`export function ${op.names.paginator}(config: ${config}, ${types.inputParameter(op.input)}): ReturnType<typeof ${lite}>`, () => {
    file.body.line(`return ${lite}(config.client.client, input, { ...(config.pageSize === undefined ? {} : { pageSize: config.pageSize }), ...(config.startingToken === undefined ? {} : { startingToken: config.startingToken }) });`);
  });
  return file.toString();
}

function waiterModule(service: ServiceNode, op: OperationNode, waiter: WaiterNode, sdk: SdkNames): string {
  const file = new GeneratedFile();
  const types = packageTypes(file, service);
  const path = sdkWaiterFile(waiter);
  const client = file.type(moduleSpecifier(path, SDK_FILES.client), sdk.client);
  const lite = file.aliasedValue(moduleSpecifier(path, waiterFile(waiter)), waiter.names.fn, `${waiter.names.fn}Lite`);
  file.body.raw(tsdoc({ documentation: `Wait for \`${waiter.name}\` as the SDK's waiter does: \`${waiter.names.fn}({ client, maxWaitTime }, input)\` (seconds).` }));
  file.body.block(
    `export function ${waiter.names.fn}(config: ${file.ref(CLIENT_RUNTIME.SdkWaiterConfiguration)}<${client}>, input: ${types.io(op.input)}): ReturnType<typeof ${lite}>`,
    () => file.body.line(`return ${lite}(config.client.client, input, ${file.ref(CLIENT_RUNTIME.sdkWaiterOptions)}(config));`),
  );
  return file.toString();
}

function indexModule(service: ServiceNode, sdk: SdkNames): string {
  const file = new GeneratedFile();
  const n = service.names;
  const from = (path: string) => moduleSpecifier(SDK_FILES.index, path);
  const e = file.exports;
  e.named(from(SDK_FILES.client), [sdk.client], false);
  e.named(from(SDK_FILES.client), [sdk.clientConfig], true);
  const errors = from(CLIENT_FILES.errors);
  e.named(errors, [sdk.baseException === n.baseException ? n.baseException : `${n.baseException} as ${sdk.baseException}`, ...service.errorShapes.map((s) => s.typeName)], false);
  for (const op of service.operations) {
    e.named(from(commandFile(op)), [op.names.command], false);
    e.named(from(commandFile(op)), [`${op.names.command}Input`, `${op.names.command}Output`], true);
  }
  for (const { operation } of service.paginators) e.named(from(sdkPaginatorFile(operation)), [operation.names.paginator], false);
  for (const { waiter } of service.waiters) e.named(from(sdkWaiterFile(waiter)), [waiter.names.fn], false);
  e.named(CLIENT_RUNTIME.isServiceException.module, [CLIENT_RUNTIME.isServiceException.name, CLIENT_RUNTIME.WaiterError.name], false);
  e.named(CLIENT_RUNTIME.MetadataBearer.module, [CLIENT_RUNTIME.MetadataBearer.name, CLIENT_RUNTIME.ResponseMetadata.name], true);
  e.star(n.packageName('types'), true);
  return file.toString();
}

/**
 * Emit the `./sdk` entry's files.
 * @returns path (relative to the package's `src/`) → file text
 */
export function emitSdkFiles(service: ServiceNode): Map<string, string> {
  const sdk = sdkNames(service.sdkId);
  const files = new Map<string, string>();
  files.set(SDK_FILES.client, clientModule(service, sdk));
  for (const op of service.operations) files.set(commandFile(op), commandModule(service, op));
  for (const { operation } of service.paginators) files.set(sdkPaginatorFile(operation), paginatorModule(service, operation, sdk));
  for (const { operation, waiter } of service.waiters) files.set(sdkWaiterFile(waiter), waiterModule(service, operation, waiter, sdk));
  files.set(SDK_FILES.index, indexModule(service, sdk));
  return files;
}
