/**
 * `src/schemas.ts` of the client package: the wire view of the service's schemas, which is what the client's
 * operation functions, paginators and lite client pass to `Client.send`. A wire schema holds only what the
 * client-side codec paths read (member names, wire names, HTTP and XML bindings, timestamp formats,
 * `required` / `@default` / `@clientOptional`, `@sensitive` for redaction, error ids, codes and statuses,
 * streaming flags, operation and service fields); constraints (`@length`, `@range`, `@pattern`), enum values,
 * `uniqueItems` and shape ids of non-error shapes stay in the types package's full schemas, which the mock reads.
 * A simple shape whose wire view is its type alone (most of them) has no constant here: members point at the
 * runtime's plain schema of its type (`plainString`); an enum is read and written as a string (an intEnum as
 * an integer). Every wire schema is a structural subset of its full schema, typed by the same runtime schema
 * types, and runs through the same codec functions.
 * @packageDocumentation
 */
import { GeneratedFile } from '../../files/index.js';
import { RUNTIME, type RuntimeExport } from '../../manifest.js';
import type { MemberNode, SchemaRef, ServiceNode, ShapeNode, SimpleShapeData } from '../../resolve/index.js';
import { operationSchema, serviceSchema } from '../types/operation-schemas.js';
import { operationFeatures } from '../types/operation-features.js';
import { lit, memberFields } from '../types/schema-literals.js';
import { aggregate, type SchemaView } from '../types/schemas-file.js';

/** The runtime's plain schema of each simple type (what a simple shape without wire fields becomes). */
const PLAIN: Readonly<Record<SimpleShapeData['type'] | 'enum' | 'intEnum', RuntimeExport>> = {
  string: RUNTIME.plainString,
  enum: RUNTIME.plainString,
  boolean: RUNTIME.plainBoolean,
  byte: RUNTIME.plainByte,
  short: RUNTIME.plainShort,
  integer: RUNTIME.plainInteger,
  intEnum: RUNTIME.plainInteger,
  long: RUNTIME.plainLong,
  float: RUNTIME.plainFloat,
  double: RUNTIME.plainDouble,
  bigInteger: RUNTIME.plainBigInteger,
  bigDecimal: RUNTIME.plainBigDecimal,
  blob: RUNTIME.plainBlob,
  timestamp: RUNTIME.plainTimestamp,
  document: RUNTIME.plainDocument,
};

/** A simple or enum shape's wire fields after `type`: `sensitive`, `mediaType`, `streaming`, `format`. */
function simpleWireFields(shape: SimpleShapeData | Extract<ShapeNode, { kind: 'enum' }>): string[] {
  if ('values' in shape) return shape.constraints.sensitive ? ['sensitive: true'] : [];
  return [
    ...(shape.constraints.sensitive ? ['sensitive: true'] : []),
    ...(shape.mediaType !== undefined ? [`mediaType: ${lit(shape.mediaType)}`] : []),
    ...(shape.streaming ? ['streaming: true'] : []),
    ...(shape.timestampFormat !== undefined ? [`format: ${lit(shape.timestampFormat)}`] : []),
  ];
}

/** The wire type of a simple or enum shape: an enum is a string, an intEnum an integer. */
function wireType(type: SimpleShapeData['type'] | 'enum' | 'intEnum'): string {
  return type === 'enum' ? 'string' : type === 'intEnum' ? 'integer' : type;
}

/** The wire literal of a simple or enum shape, or the runtime's plain schema when it has no wire field. */
function simpleWire(file: GeneratedFile, shape: SimpleShapeData | Extract<ShapeNode, { kind: 'enum' }>): string {
  const fields = simpleWireFields(shape);
  if (fields.length === 0) return file.ref(PLAIN[shape.type]);
  return `{ ${[`type: ${lit(wireType(shape.type))}`, ...fields].join(', ')} }`;
}

/** The client's schemas of one service: which simple shapes have a constant, and how members refer to targets. */
class WireSchemas {
  private readonly simple = new Map<string, Extract<ShapeNode, { kind: 'simple' | 'enum' }>>();

  constructor(service: ServiceNode) {
    for (const shape of service.shapes) if (shape.kind === 'simple' || shape.kind === 'enum') this.simple.set(shape.schemaName, shape);
  }

  /** Does this simple shape need a constant of its own (it has a wire field besides its type)? */
  hasConstant(shape: Extract<ShapeNode, { kind: 'simple' | 'enum' }>): boolean {
    return simpleWireFields(shape).length > 0;
  }

  /** How a member refers to its target in the wire view. */
  target(file: GeneratedFile, ref: SchemaRef): string {
    switch (ref.kind) {
      case 'unit':
        return file.ref(RUNTIME.Unit$);
      case 'inline':
        return simpleWire(file, ref.shape);
      case 'named': {
        const simple = this.simple.get(ref.name);
        if (simple && !this.hasConstant(simple)) return file.ref(PLAIN[simple.type]);
        return ref.thunk ? `() => ${ref.name}` : ref.name;
      }
    }
  }

  /** The member's wire literal: its bindings, and of its constraints only `sensitive`. */
  member(file: GeneratedFile, m: MemberNode): string {
    return memberFields(this.target(file, m.schema), m, m.constraints.sensitive ? ['sensitive: true'] : []);
  }
}

/**
 * Emit `src/schemas.ts` of the client package (the wire view; not re-exported by the package index).
 * @returns the file's text
 */
export function wireSchemasFile(service: ServiceNode): string {
  const file = new GeneratedFile();
  const w = file.body;
  const wire = new WireSchemas(service);
  const view: SchemaView = { typesModule: service.names.packageName('types'), member: (f, m) => wire.member(f, m), wire: true };
  for (const shape of service.shapes) {
    if ((shape.kind === 'simple' || shape.kind === 'enum') && wire.hasConstant(shape)) {
      const type = file.ref(shape.type === 'enum' ? RUNTIME.StringSchema : shape.type === 'intEnum' ? RUNTIME.NumberSchema : PLAIN_TYPE[shape.type]);
      w.separate().line(`export const ${shape.schemaName}: ${type} = ${simpleWire(file, shape)};`);
    }
  }
  for (const shape of service.shapes) {
    if (shape.kind !== 'simple' && shape.kind !== 'enum') aggregate(file, w.separate(), shape, view);
  }
  for (const op of service.operations) operationSchema(file, w.separate(), op, view, operationFeatures(service, op));
  serviceSchema(file, w.separate(), service, view);
  return file.toString();
}

/** The schema type of a simple shape's wire constant. */
const PLAIN_TYPE: Readonly<Record<SimpleShapeData['type'], RuntimeExport>> = {
  string: RUNTIME.StringSchema,
  boolean: RUNTIME.BooleanSchema,
  byte: RUNTIME.NumberSchema,
  short: RUNTIME.NumberSchema,
  integer: RUNTIME.NumberSchema,
  long: RUNTIME.NumberSchema,
  float: RUNTIME.NumberSchema,
  double: RUNTIME.NumberSchema,
  bigInteger: RUNTIME.NumberSchema,
  bigDecimal: RUNTIME.NumberSchema,
  blob: RUNTIME.BlobSchema,
  timestamp: RUNTIME.TimestampSchema,
  document: RUNTIME.DocumentSchema,
};
