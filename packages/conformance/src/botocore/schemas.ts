/**
 * botocore's model format ("C2J": the `shapes` and `given` operation of a botocore protocol-test
 * suite) → Anvil runtime schemas, so botocore's client cases run through the same `Client` and codec
 * as the Smithy cases. Only what the protocol tests use: structures (errors, unions), lists, maps and
 * the simple types.
 * @packageDocumentation
 */
import type { MemberSchema, OperationSchema, Schema, ServiceSchema, StructureSchema } from '@anvil/runtime';

/** A botocore shape reference (`{ "shape": "Name" }`). */
export interface BotocoreRef {
  readonly shape: string;
}

/** A botocore shape, as far as the protocol tests use it. */
export interface BotocoreShape {
  readonly type: string;
  readonly members?: Readonly<Record<string, BotocoreRef>>;
  readonly required?: readonly string[];
  readonly member?: BotocoreRef;
  readonly key?: BotocoreRef;
  readonly value?: BotocoreRef;
  readonly enum?: readonly string[];
  readonly union?: boolean;
  readonly exception?: boolean;
  /** Error traits; `code` is the awsQuery error code (`@awsQueryError`). */
  readonly error?: { readonly code?: string; readonly httpStatusCode?: number; readonly senderFault?: boolean };
  readonly fault?: boolean;
}

/** The `given` operation of a botocore case. */
export interface BotocoreOperation {
  readonly name: string;
  readonly input?: BotocoreRef;
  readonly output?: BotocoreRef;
  readonly errors?: readonly BotocoreRef[];
}

/** A suite's `metadata`. */
export interface BotocoreMetadata {
  readonly protocol: string;
  readonly apiVersion?: string;
  /** The service shape name (the rpcv2Cbor path's `<ServiceName>`). */
  readonly targetPrefix?: string;
  readonly awsQueryCompatible?: object;
}

const SIMPLE: Readonly<Record<string, Schema['type']>> = {
  string: 'string',
  boolean: 'boolean',
  byte: 'byte',
  short: 'short',
  integer: 'integer',
  long: 'long',
  float: 'float',
  double: 'double',
  bigdecimal: 'bigDecimal',
  biginteger: 'bigInteger',
  blob: 'blob',
  timestamp: 'timestamp',
};

/**
 * The runtime schemas of a suite's shapes.
 * @throws Error naming the shape for an unknown type or a reference to a missing shape
 */
export function botocoreSchemas(shapes: Readonly<Record<string, BotocoreShape>>, namespace: string): (name: string) => Schema {
  const built = new Map<string, Schema>();
  const member = (ref: BotocoreRef, required = false): MemberSchema => ({ target: () => schemaOf(ref.shape), ...(required ? { required: true as const } : {}) });
  const schemaOf = (name: string): Schema => {
    const cached = built.get(name);
    if (cached) return cached;
    const shape = shapes[name];
    if (!shape) throw new Error(`botocore: no shape ${name}`);
    const id = `${namespace}#${name}`;
    let schema: Schema;
    if (shape.type === 'structure') {
      const required = new Set(shape.required ?? []);
      const members = Object.fromEntries(Object.entries(shape.members ?? {}).map(([m, ref]) => [m, member(ref, required.has(m))]));
      if (shape.union) schema = { type: 'union', id, name, members };
      else {
        const fault = shape.exception ? { error: shape.fault || shape.error?.senderFault === false ? ('server' as const) : ('client' as const) } : {};
        const queryError = shape.error?.code ? { awsQueryError: { code: shape.error.code, httpResponseCode: shape.error.httpStatusCode ?? 400 } } : {};
        schema = { type: 'structure', id, name, members, ...fault, ...queryError };
      }
    } else if (shape.type === 'list') schema = { type: 'list', id, member: member(shape.member!) };
    else if (shape.type === 'map') schema = { type: 'map', id, key: member(shape.key!), value: member(shape.value!) };
    else if (shape.type === 'string' && shape.enum) schema = { type: 'enum', id, values: shape.enum };
    else if (SIMPLE[shape.type]) schema = { type: SIMPLE[shape.type], id } as Schema;
    else throw new Error(`botocore: shape ${name} has unsupported type ${shape.type}`);
    built.set(name, schema);
    return schema;
  };
  return schemaOf;
}

const UNIT: StructureSchema = { type: 'structure', id: 'smithy.api#Unit', name: 'Unit', members: {} };

/**
 * The service and operation schemas of one botocore case.
 * @param namespace the shape-id namespace to give the suite's shapes (botocore names have none)
 */
export function botocoreOperation(
  metadata: BotocoreMetadata,
  shapes: Readonly<Record<string, BotocoreShape>>,
  given: BotocoreOperation,
  namespace: string,
): { service: ServiceSchema; operation: OperationSchema } {
  const schemaOf = botocoreSchemas(shapes, namespace);
  const structure = (ref: BotocoreRef | undefined): StructureSchema => (ref ? (schemaOf(ref.shape) as StructureSchema) : UNIT);
  const name = metadata.targetPrefix ?? 'Service';
  const service: ServiceSchema = {
    id: `${namespace}#${name}`,
    name,
    sdkId: name,
    version: metadata.apiVersion ?? '',
    protocol: 'rpcv2Cbor',
    errors: [],
    ...(metadata.awsQueryCompatible ? { awsQueryCompatible: true as const } : {}),
  };
  const operation: OperationSchema = {
    id: `${namespace}#${given.name}`,
    name: given.name,
    input: () => structure(given.input),
    output: () => structure(given.output),
    errors: (given.errors ?? []).map((ref) => () => structure(ref)),
  };
  return { service, operation };
}
