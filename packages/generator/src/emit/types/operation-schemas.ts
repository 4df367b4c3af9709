/**
 * Operation and service schemas (`OperationSchema<I, O>`, `ServiceSchema` of
 * `@anvil/runtime`): bindings, pagination, auth and endpoint parameters as
 * the resolve stage gives them.
 * @packageDocumentation
 */
import type { GeneratedFile, SourceWriter } from '../../files/index.js';
import { RUNTIME } from '../../manifest.js';
import { MODULE_LOCALS } from '../../naming/index.js';
import type { AuthSchemeNode, EndpointParamsNode, ErrorRefNode, IoNode, OperationNode, ServiceNode } from '../../resolve/index.js';
import { lit, xmlNamespaceLiteral } from './schema-literals.js';
import type { SchemaView } from './schemas-file.js';
import { CODEC_FEATURES, type CodecFeatureName } from './operation-features.js';

/** The runtime `AuthScheme` literal. */
function authLiteral(s: AuthSchemeNode): string {
  switch (s.type) {
    case 'sigv4':
      return `{ type: 'sigv4', name: ${lit(s.name)} }`;
    case 'bearer':
      return "{ type: 'bearer' }";
    case 'apiKey':
      return `{ type: 'apiKey', name: ${lit(s.name)}, in: ${lit(s.in)}${s.scheme !== undefined ? `, scheme: ${lit(s.scheme)}` : ''} }`;
  }
}

function authLine(schemes: readonly AuthSchemeNode[]): string {
  return `auth: [${schemes.map(authLiteral).join(', ')}],`;
}

function errorsLine(errors: readonly ErrorRefNode[]): string {
  return `errors: [${errors.map((e) => `() => ${e.schemaName}`).join(', ')}],`;
}

function endpointParamsLine(p: EndpointParamsNode): string {
  const fields = [
    ...(p.static ? [`static: ${lit(p.static)}`] : []),
    ...(p.members ? [`members: ${lit(p.members)}`] : []),
    ...(p.paths ? [`paths: ${lit(p.paths)}`] : []),
  ];
  return `endpointParams: { ${fields.join(', ')} },`;
}

/** The TypeScript type of an input or output (`UnitShape`, or `shapes.<Name>`). */
function ioType(file: GeneratedFile, io: IoNode, typesModule: string): string {
  return io.kind === 'unit' ? file.ref(RUNTIME.UnitShape) : `${file.namespace(typesModule, MODULE_LOCALS.shapes)}.${io.shape.typeName}`;
}

/** The structure schema reference of an input or output. */
function ioRef(file: GeneratedFile, io: IoNode): string {
  return io.kind === 'unit' ? file.ref(RUNTIME.Unit$) : `() => ${io.shape.schemaName}`;
}

/** The `features` line: the codec features the operation's closure needs (`operation-features.ts`). */
function featuresLine(file: GeneratedFile, features: readonly CodecFeatureName[]): string | undefined {
  if (features.length === 0) return undefined;
  const fields = CODEC_FEATURES.filter(([name]) => features.includes(name)).map(([name, runtime]) => `${name}: ${file.ref(runtime)}`);
  return `features: { ${fields.join(', ')} },`;
}

/**
 * `export const <Operation>$: OperationSchema<I, O> = { … };`
 * @param features the codec features its closure needs ({@link operationFeatures}), listed in both views so any
 *   full schema works where a client takes one
 */
export function operationSchema(file: GeneratedFile, w: SourceWriter, op: OperationNode, view: SchemaView, features: readonly CodecFeatureName[] = []): void {
  const type = `${file.ref(RUNTIME.OperationSchema)}<${ioType(file, op.input, view.typesModule)}, ${ioType(file, op.output, view.typesModule)}>`;
  w.block(`export const ${op.schemaName}: ${type} =`, () => {
    w.line(`id: ${lit(op.id)},`);
    w.line(`name: ${lit(op.name)},`);
    w.line(`input: ${ioRef(file, op.input)},`);
    w.line(`output: ${ioRef(file, op.output)},`);
    w.line(errorsLine(op.errors));
    if (op.http) w.line(`http: { method: ${lit(op.http.method)}, uri: ${lit(op.http.uri)}, code: ${op.http.code} },`);
    const featureLine = featuresLine(file, features);
    if (featureLine) w.line(featureLine);
    if (op.deprecated) w.line(`deprecated: ${lit(op.deprecated)},`);
    if (op.paginated) w.line(`paginated: ${lit(op.paginated)},`);
    if (op.idempotent && !view.wire) w.line('idempotent: true,');
    if (op.readonly && !view.wire) w.line('readonly: true,');
    if (op.hostPrefix !== undefined) w.line(`hostPrefix: ${lit(op.hostPrefix)},`);
    if (op.auth) w.line(authLine(op.auth));
    if (op.optionalAuth) w.line('optionalAuth: true,');
    if (op.requestCompression) w.line(`requestCompression: { encodings: ${lit(op.requestCompression.encodings)} },`);
    if (op.httpChecksumRequired) w.line('httpChecksumRequired: true,');
    if (op.httpChecksum) w.line(`httpChecksum: ${lit(op.httpChecksum)},`);
    if (op.endpointParams) w.line(endpointParamsLine(op.endpointParams));
    if (op.s3UnwrappedXmlOutput) w.line('s3UnwrappedXmlOutput: true,');
  }, ';');
}

/** `export const <Prefix>Service$: ServiceSchema = { … };` */
export function serviceSchema(file: GeneratedFile, w: SourceWriter, service: ServiceNode, view: SchemaView): void {
  w.block(`export const ${service.names.serviceSchema}: ${file.ref(RUNTIME.ServiceSchema)} =`, () => {
    w.line(`id: ${lit(service.id)},`);
    w.line(`name: ${lit(service.name)},`);
    w.line(`sdkId: ${lit(service.sdkId)},`);
    w.line(`version: ${lit(service.version)},`);
    w.line(`protocol: ${lit(service.protocol)},`);
    if (service.protocols.length > 1 && !view.wire) w.line(`protocols: ${lit(service.protocols)},`);
    if (service.sigv4Name !== undefined) w.line(`sigv4: { name: ${lit(service.sigv4Name)} },`);
    if (service.endpointPrefix !== undefined) w.line(`endpointPrefix: ${lit(service.endpointPrefix)},`);
    w.line(errorsLine(service.errors));
    if (service.auth) w.line(authLine(service.auth));
    if (service.awsQueryCompatible) w.line('awsQueryCompatible: true,');
    if (service.xmlNamespace) w.line(`xmlNamespace: ${xmlNamespaceLiteral(service.xmlNamespace)},`);
    if (service.restXmlNoErrorWrapping) w.line('restXmlNoErrorWrapping: true,');
    if (service.endpointPaths) w.line(`endpointPaths: ${lit(service.endpointPaths)},`);
  }, ';');
}
