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
import { operationFeatures } from './operation-features.js';
import { constraintFields, enumLiteral, lit, memberLiteral, schemaType, shapeXmlFields, simpleLiteral, TYPES_MODULE } from './schema-literals.js';

/**
 * How a schemas file prints its schemas: the full schemas of the types package (`FULL_VIEW`), or the wire view
 * a client package carries (`emit/client/wire-schemas-file.ts`): only what client-side codecs read.
 */
export interface SchemaView {
  /** The module the shape types come from (`import type * as shapes`). */
  readonly typesModule: string;
  /** The member schema literal. */
  member(file: GeneratedFile, m: MemberNode): string;
  /**
   * The wire view: shape ids only on error structures (their `__type` / code), no constraints but `sensitive`,
   * no `uniqueItems`, no operation `idempotent` / `readonly`, no service `protocols`.
   */
  readonly wire: boolean;
}

/** The types package's full schemas: everything the mock's validation and fake data read, too. */
export const FULL_VIEW: SchemaView = { typesModule: TYPES_MODULE, member: memberLiteral, wire: false };

function members(file: GeneratedFile, w: SourceWriter, list: readonly MemberNode[], view: SchemaView): void {
  w.block('members:', () => {
    for (const m of list) {
      // `constructor`, `toString` …: typed explicitly, or the literal would be typed by `Object`'s member.
      if (shadowsObjectMember(m.name)) w.line(`${objectKey(m.name)}: ${view.member(file, m)} satisfies ${file.ref(RUNTIME.MemberSchema)},`);
      else w.line(`${objectKey(m.name)}: ${view.member(file, m)},`);
    }
  }, ',');
}

/** `export const <Shape>$: <Kind>Schema = { … };` of a list, map, structure or union. */
export function aggregate(file: GeneratedFile, w: SourceWriter, shape: Exclude<ShapeNode, { kind: 'simple' | 'enum' }>, view: SchemaView): void {
  const isError = shape.kind === 'structure' && shape.error !== undefined;
  const annotation = isError ? `${file.ref(RUNTIME.ErrorSchema)}<${file.namespace(view.typesModule, MODULE_LOCALS.shapes)}.${shape.typeName}>` : schemaType(file, shape);
  w.block(`export const ${shape.schemaName}: ${annotation} =`, () => {
    w.line(`type: ${lit(shape.kind)},`);
    if (!view.wire || isError) w.line(`id: ${lit(shape.id)},`);
    if (shape.kind === 'list') {
      w.line(`member: ${view.member(file, shape.member)},`);
      if (shape.sparse) w.line('sparse: true,');
      if (shape.uniqueItems && !view.wire) w.line('uniqueItems: true,');
    } else if (shape.kind === 'map') {
      w.line(`key: ${view.member(file, shape.key)},`);
      w.line(`value: ${view.member(file, shape.value)},`);
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
      members(file, w, shape.members, view);
    }
    if (!view.wire) for (const c of constraintFields(shape.constraints)) w.line(`${c},`);
    else if (shape.constraints.sensitive) w.line('sensitive: true,');
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
    if (shape.kind !== 'simple' && shape.kind !== 'enum') aggregate(file, w.separate(), shape, FULL_VIEW);
  }
  for (const op of service.operations) operationSchema(file, w.separate(), op, FULL_VIEW, operationFeatures(service, op));
  serviceSchema(file, w.separate(), service, FULL_VIEW);
  return file.toString();
}
