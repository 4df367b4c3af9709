/**
 * Schemas mirroring Smithy's rpcv2Cbor protocol-test service (`smithy.protocoltests.rpcv2Cbor#RpcV2Protocol`)
 * and the query-compatible one (`aws.protocoltests.rpcv2cbor#QueryCompatibleRpcV2Protocol`), for codec tests.
 */
import type { ListSchema, MapSchema, OperationSchema, ServiceSchema, StructureSchema, UnionSchema } from '../../schema/index.js';
import { Unit$ } from '../../schema/index.js';

const NS = 'smithy.protocoltests.rpcv2Cbor';
const str = { type: 'string' } as const;

export const SimpleScalarStructure$: StructureSchema = {
  type: 'structure',
  id: `${NS}#SimpleScalarStructure`,
  name: 'SimpleScalarStructure',
  members: {
    trueBooleanValue: { target: { type: 'boolean' } },
    falseBooleanValue: { target: { type: 'boolean' } },
    byteValue: { target: { type: 'byte' } },
    doubleValue: { target: { type: 'double' } },
    floatValue: { target: { type: 'float' } },
    integerValue: { target: { type: 'integer' } },
    longValue: { target: { type: 'long' } },
    shortValue: { target: { type: 'short' } },
    stringValue: { target: str },
    blobValue: { target: { type: 'blob' } },
  },
};

export const Nested1$: StructureSchema = {
  type: 'structure',
  id: `${NS}#RecursiveShapesInputOutputNested1`,
  name: 'RecursiveShapesInputOutputNested1',
  members: { foo: { target: str }, nested: { target: () => Nested2$ } },
};
export const Nested2$: StructureSchema = {
  type: 'structure',
  id: `${NS}#RecursiveShapesInputOutputNested2`,
  name: 'RecursiveShapesInputOutputNested2',
  members: { bar: { target: str }, recursiveMember: { target: () => Nested1$ } },
};
export const RecursiveShapesInputOutput$: StructureSchema = {
  type: 'structure',
  id: `${NS}#RecursiveShapesInputOutput`,
  name: 'RecursiveShapesInputOutput',
  members: { nested: { target: () => Nested1$ } },
};

export const StringList$: ListSchema = { type: 'list', member: { target: str } };
export const SparseStringList$: ListSchema = { type: 'list', member: { target: str }, sparse: true };
export const SparseStringMap$: MapSchema = { type: 'map', key: { target: str }, value: { target: str }, sparse: true };
export const DenseStructMap$: MapSchema = { type: 'map', key: { target: str }, value: { target: () => Greeting$ } };
export const Greeting$: StructureSchema = { type: 'structure', id: `${NS}#GreetingStruct`, name: 'GreetingStruct', members: { hi: { target: str } } };

export const MyUnion$: UnionSchema = {
  type: 'union',
  id: `${NS}#MyUnion`,
  name: 'MyUnion',
  members: {
    stringValue: { target: str },
    blobValue: { target: { type: 'blob' } },
    timestampValue: { target: { type: 'timestamp' } },
    listValue: { target: StringList$ },
    structureValue: { target: () => Greeting$ },
  },
};

/** Every kind of shape the codec handles, in one structure. */
export const KitchenSink$: StructureSchema = {
  type: 'structure',
  id: `${NS}#KitchenSink`,
  name: 'KitchenSink',
  members: {
    ...SimpleScalarStructure$.members,
    bigInteger: { target: { type: 'bigInteger' } },
    bigDecimal: { target: { type: 'bigDecimal' } },
    timestamp: { target: { type: 'timestamp' } },
    intEnum: { target: { type: 'intEnum', values: [1, 2] } },
    enumValue: { target: { type: 'enum', values: ['Foo', 'Bar'] } },
    list: { target: StringList$ },
    sparseList: { target: SparseStringList$ },
    sparseMap: { target: SparseStringMap$ },
    structMap: { target: DenseStructMap$ },
    union: { target: () => MyUnion$ },
    recursive: { target: () => Nested1$ },
    document: { target: { type: 'document' } },
    withDefault: { target: str, default: 'dflt' },
    required: { target: { type: 'integer' }, required: true },
  },
};

export const InvalidGreeting$: StructureSchema = { type: 'structure', id: `${NS}#InvalidGreeting`, name: 'InvalidGreeting', members: { Message: { target: str } }, error: 'client' };
export const ComplexError$: StructureSchema = {
  type: 'structure',
  id: `${NS}#ComplexError`,
  name: 'ComplexError',
  members: { TopLevel: { target: str }, Nested: { target: { type: 'structure', name: 'ComplexNestedErrorData', members: { Foo: { target: str } } } } },
  error: 'client',
};

export const RpcV2Protocol$: ServiceSchema = {
  id: `${NS}#RpcV2Protocol`,
  name: 'RpcV2Protocol',
  sdkId: 'RpcV2Protocol',
  version: '2020-07-14',
  protocol: 'rpcv2Cbor',
  errors: [],
};

function op(name: string, input: StructureSchema, output: StructureSchema, errors: StructureSchema[] = []): OperationSchema {
  return { id: `${NS}#${name}`, name, input: () => input, output: () => output, errors: errors.map((e) => () => e) };
}

export const SimpleScalarProperties$ = op('SimpleScalarProperties', SimpleScalarStructure$, SimpleScalarStructure$);
export const RecursiveShapes$ = op('RecursiveShapes', RecursiveShapesInputOutput$, RecursiveShapesInputOutput$);
export const KitchenSinkOperation$ = op('KitchenSinkOperation', KitchenSink$, KitchenSink$);
export const NoInputOutput$ = op('NoInputOutput', Unit$, Unit$);
export const GreetingWithErrors$ = op('GreetingWithErrors', Unit$, { type: 'structure', name: 'GreetingWithErrorsOutput', members: { greeting: { target: str } } }, [InvalidGreeting$, ComplexError$]);

const QNS = 'aws.protocoltests.rpcv2cbor';
export const CustomCodeError$: StructureSchema = {
  type: 'structure',
  id: `${QNS}#CustomCodeError`,
  name: 'CustomCodeError',
  members: { message: { target: str } },
  error: 'client',
  awsQueryError: { code: 'Customized', httpResponseCode: 402 },
};
export const QueryCompatibleRpcV2Protocol$: ServiceSchema = {
  id: `${QNS}#QueryCompatibleRpcV2Protocol`,
  name: 'QueryCompatibleRpcV2Protocol',
  sdkId: 'Query Compatible RpcV2 Protocol',
  version: '2025-06-20',
  protocol: 'rpcv2Cbor',
  errors: [],
  awsQueryCompatible: true,
};
export const QueryCompatibleOperation$: OperationSchema = {
  id: `${QNS}#QueryCompatibleOperation`,
  name: 'QueryCompatibleOperation',
  input: () => Unit$,
  output: () => Unit$,
  errors: [() => CustomCodeError$],
};
