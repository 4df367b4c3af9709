/**
 * `src/schemas.ts` of the types package: the runtime schemas of every named
 * shape, operation and the service. Simple shapes first, then aggregates
 * (whose targets are thunks, so recursion and order don't matter), then
 * operations, then the service. Each constant is typed (`OperationSchema<I, O>`,
 * `ErrorSchema<E>`), so clients and handlers infer their types from it.
 * @packageDocumentation
 */
import { GeneratedFile, type SourceWriter } from '../../files/index.js';
import { RUNTIME } from '../../manifest.js';
import { MODULE_LOCALS, objectKey, shadowsObjectMember } from '../../naming/index.js';
import type { MemberNode, ServiceNode, ShapeNode } from '../../resolve/index.js';
import { operationSchema, serviceSchema } from './operation-schemas.js';
import { constraintFields, enumLiteral, lit, memberLiteral, schemaType, shapeXmlFields, simpleLiteral, TYPES_MODULE } from './schema-literals.js';

function members(file: GeneratedFile, w: SourceWriter, list: readonly MemberNode[]): void {
  w.block('members:', () => {
    for (const m of list) {
      // `constructor`, `toString` …: typed explicitly, or the literal would be typed by `Object`'s member.
      if (shadowsObjectMember(m.name)) w.line(`${objectKey(m.name)}: ${memberLiteral(file, m)} satisfies ${file.ref(RUNTIME.MemberSchema)},`);
      else w.line(`${objectKey(m.name)}: ${memberLiteral(file, m)},`);
    }
  }, ',');
}

function aggregate(file: GeneratedFile, w: SourceWriter, shape: Exclude<ShapeNode, { kind: 'simple' | 'enum' }>): void {
  const annotation =
    shape.kind === 'structure' && shape.error !== undefined
      ? `${file.ref(RUNTIME.ErrorSchema)}<${file.namespace(TYPES_MODULE, MODULE_LOCALS.shapes)}.${shape.typeName}>`
      : schemaType(file, shape);
  w.block(`export const ${shape.schemaName}: ${annotation} =`, () => {
    w.line(`type: ${lit(shape.kind)},`);
    w.line(`id: ${lit(shape.id)},`);
    if (shape.kind === 'list') {
      w.line(`member: ${memberLiteral(file, shape.member)},`);
      if (shape.sparse) w.line('sparse: true,');
      if (shape.uniqueItems) w.line('uniqueItems: true,');
    } else if (shape.kind === 'map') {
      w.line(`key: ${memberLiteral(file, shape.key)},`);
      w.line(`value: ${memberLiteral(file, shape.value)},`);
      if (shape.sparse) w.line('sparse: true,');
    } else {
      w.line(`name: ${lit(shape.name)},`);
      if (shape.kind === 'structure') {
        if (shape.error !== undefined) w.line(`error: ${lit(shape.error)},`);
        if (shape.httpError !== undefined) w.line(`httpError: ${shape.httpError},`);
        if (shape.retryable) w.line(`retryable: { throttling: ${shape.retryable.throttling} },`);
        const q = shape.awsQueryError;
        if (q) w.line(`awsQueryError: { code: ${lit(q.code)}, httpResponseCode: ${q.httpResponseCode} },`);
      }
      for (const f of shapeXmlFields(shape.xml)) w.line(`${f},`);
      if (shape.kind === 'union' && shape.streaming) w.line('streaming: true,');
      members(file, w, shape.members);
    }
    for (const c of constraintFields(shape.constraints)) w.line(`${c},`);
  }, ';');
}

/**
 * Emit `src/schemas.ts` of the types package.
 * @returns the file's text
 */
export function schemasFile(service: ServiceNode): string {
  const file = new GeneratedFile();
  const w = file.body;
  for (const shape of service.shapes) {
    if (shape.kind === 'simple') w.separate().line(`export const ${shape.schemaName}: ${schemaType(file, shape)} = ${simpleLiteral(shape, true)};`);
    else if (shape.kind === 'enum') w.separate().line(`export const ${shape.schemaName}: ${schemaType(file, shape)} = ${enumLiteral(shape)};`);
  }
  for (const shape of service.shapes) {
    if (shape.kind !== 'simple' && shape.kind !== 'enum') aggregate(file, w.separate(), shape);
  }
  for (const op of service.operations) operationSchema(file, w.separate(), op);
  serviceSchema(file, w.separate(), service);
  return file.toString();
}
