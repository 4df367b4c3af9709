/** Hand-written schemas modelled on the Smithy protocol tests (aws.protocoltests.restjson / json). */
import type {
  ListSchema,
  MapSchema,
  OperationSchema,
  ServiceSchema,
  StringSchema,
  StructureSchema,
  TimestampSchema,
  UnionSchema,
} from '../../schema/index.js';

const str: StringSchema = { type: 'string' };
const int = { type: 'integer' } as const;
const ts: TimestampSchema = { type: 'timestamp' };
const StringList: ListSchema = { type: 'list', member: { target: str } };
const SparseStringList: ListSchema = { type: 'list', member: { target: str }, sparse: true };
const StringMap: MapSchema = { type: 'map', key: { target: str }, value: { target: str } };
const SparseStringMap: MapSchema = { type: 'map', key: { target: str }, value: { target: str }, sparse: true };
const StringListMap: MapSchema = { type: 'map', key: { target: str }, value: { target: StringList } };
const FooEnum = { type: 'enum', id: 'test#FooEnum', values: ['Foo', 'Baz', 'Bar', '1', '0'] } as const;

export const Greeting$: StructureSchema = {
  type: 'structure', id: 'test#NestedPayload', name: 'NestedPayload',
  members: { greeting: { target: str }, name: { target: str } },
};

export const Recursive$: StructureSchema = {
  type: 'structure', id: 'test#Recursive', name: 'Recursive',
  members: { value: { target: str }, child: { target: () => Recursive$ } },
};

export const MyUnion$: UnionSchema = {
  type: 'union', id: 'test#MyUnion', name: 'MyUnion',
  members: {
    stringValue: { target: str },
    blobValue: { target: { type: 'blob' } },
    timestampValue: { target: ts },
    structureValue: { target: () => Greeting$ },
    renamed: { target: str, jsonName: 'RenamedOnWire' },
  },
};

/** A kitchen sink of body members. */
export const KitchenSink$: StructureSchema = {
  type: 'structure', id: 'test#KitchenSink', name: 'KitchenSink',
  members: {
    stringValue: { target: str },
    trueBooleanValue: { target: { type: 'boolean' } },
    byteValue: { target: { type: 'byte' } },
    integerValue: { target: int },
    longValue: { target: { type: 'long' } },
    floatValue: { target: { type: 'float' } },
    doubleValue: { target: { type: 'double' }, jsonName: 'DoubleDribble' },
    bigIntegerValue: { target: { type: 'bigInteger' } },
    bigDecimalValue: { target: { type: 'bigDecimal' } },
    blobValue: { target: { type: 'blob' } },
    timestampValue: { target: ts },
    dateTimeValue: { target: ts, timestampFormat: 'date-time' },
    httpDateTarget: { target: { type: 'timestamp', format: 'http-date' } },
    documentValue: { target: { type: 'document' } },
    enumValue: { target: FooEnum },
    intEnumValue: { target: { type: 'intEnum', values: [1, 2] } },
    listValue: { target: StringList },
    sparseList: { target: SparseStringList },
    mapValue: { target: StringMap },
    sparseMap: { target: SparseStringMap },
    unionValue: { target: () => MyUnion$ },
    nested: { target: () => Recursive$ },
    timestampList: { target: { type: 'list', member: { target: ts } } },
  },
};

function op(name: string, input: StructureSchema, output: StructureSchema, http: OperationSchema['http'], errors: OperationSchema['errors'] = []): OperationSchema {
  return { id: `test#${name}`, name, input, output, errors, http };
}
function struct(name: string, members: StructureSchema['members']): StructureSchema {
  return { type: 'structure', id: `test#${name}`, name, members };
}

export const Unit$: StructureSchema = { type: 'structure', id: 'smithy.api#Unit', name: 'Unit', members: {} };

export const FooError$: StructureSchema = { ...struct('FooError', {}), error: 'server', httpError: 500 };
export const InvalidGreeting$: StructureSchema = { ...struct('InvalidGreeting', { Message: { target: str } }), error: 'client', httpError: 400 };
export const ComplexError$: StructureSchema = {
  ...struct('ComplexError', {
    Header: { target: str, httpHeader: 'X-Header' },
    TopLevel: { target: str },
    Nested: { target: struct('ComplexNestedErrorData', { Foo: { target: str, jsonName: 'Fooooo' } }) },
    message: { target: str },
  }),
  error: 'client',
  httpError: 403,
};
export const ServiceUnavailable$: StructureSchema = { ...struct('ServiceUnavailable', { message: { target: str } }), error: 'server' };

export const RestJson$: ServiceSchema = {
  id: 'aws.protocoltests.restjson#RestJson', name: 'RestJson', sdkId: 'Rest Json Protocol', version: '2019-12-16',
  protocol: 'restJson1', errors: [() => ServiceUnavailable$],
};

export const SimpleScalarProperties$ = op(
  'SimpleScalarProperties',
  struct('SimpleScalarPropertiesInput', { foo: { target: str, httpHeader: 'X-Foo' }, ...KitchenSink$.members }),
  struct('SimpleScalarPropertiesOutput', { foo: { target: str, httpHeader: 'X-Foo' }, ...KitchenSink$.members }),
  { method: 'PUT', uri: '/SimpleScalarProperties', code: 200 },
  [() => InvalidGreeting$, () => ComplexError$, () => FooError$],
);

export const AllQueryStringTypes$ = op(
  'AllQueryStringTypes',
  struct('AllQueryStringTypesInput', {
    queryString: { target: str, httpQuery: 'String' },
    queryStringList: { target: StringList, httpQuery: 'StringList' },
    queryInteger: { target: int, httpQuery: 'Integer' },
    queryDouble: { target: { type: 'double' }, httpQuery: 'Double' },
    queryBoolean: { target: { type: 'boolean' }, httpQuery: 'Boolean' },
    queryTimestamp: { target: ts, httpQuery: 'Timestamp' },
    queryTimestampList: { target: { type: 'list', member: { target: ts } }, httpQuery: 'TimestampList' },
    queryEpoch: { target: ts, httpQuery: 'Epoch', timestampFormat: 'epoch-seconds' },
    queryEnum: { target: FooEnum, httpQuery: 'Enum' },
    queryParamsMapOfStringList: { target: StringListMap, httpQueryParams: true },
  }),
  Unit$,
  { method: 'GET', uri: '/AllQueryStringTypesInput', code: 200 },
);

export const GreedyLabels$ = op(
  'HttpRequestWithGreedyLabelInPath',
  struct('GreedyInput', { foo: { target: str, httpLabel: true, required: true }, baz: { target: str, httpLabel: true, required: true } }),
  Unit$,
  { method: 'GET', uri: '/HttpRequestWithGreedyLabelInPath/foo/{foo}/baz/{baz+}', code: 200 },
);

export const LabelTimestamps$ = op(
  'HttpRequestWithLabelsAndTimestampFormat',
  struct('LabelTimestampsInput', {
    memberEpochSeconds: { target: ts, httpLabel: true, timestampFormat: 'epoch-seconds' },
    memberHttpDate: { target: ts, httpLabel: true, timestampFormat: 'http-date' },
    defaultFormat: { target: ts, httpLabel: true },
    count: { target: int, httpLabel: true },
  }),
  Unit$,
  { method: 'GET', uri: '/ts/{memberEpochSeconds}/{memberHttpDate}/{defaultFormat}/{count}', code: 200 },
);

const headerMembers: StructureSchema['members'] = {
  headerString: { target: str, httpHeader: 'X-String' },
  headerStringList: { target: StringList, httpHeader: 'X-StringList' },
  headerInteger: { target: int, httpHeader: 'X-Integer' },
  headerBoolean: { target: { type: 'boolean' }, httpHeader: 'X-Boolean1' },
  headerDouble: { target: { type: 'double' }, httpHeader: 'X-Double' },
  headerTimestamp: { target: ts, httpHeader: 'X-Timestamp' },
  headerTimestampList: { target: { type: 'list', member: { target: ts } }, httpHeader: 'X-TimestampList' },
  headerEpoch: { target: ts, httpHeader: 'X-Epoch', timestampFormat: 'epoch-seconds' },
  headerJson: { target: { type: 'string', mediaType: 'application/json' }, httpHeader: 'X-Json' },
  headerBlob: { target: { type: 'blob' }, httpHeader: 'X-Blob' },
  headerEnum: { target: FooEnum, httpHeader: 'X-Enum' },
};
export const InputAndOutputWithHeaders$ = op(
  'InputAndOutputWithHeaders',
  struct('InputAndOutputWithHeadersIO', headerMembers),
  struct('InputAndOutputWithHeadersIO', headerMembers),
  { method: 'POST', uri: '/InputAndOutputWithHeaders', code: 200 },
);

const prefixMembers: StructureSchema['members'] = { foo: { target: str, httpHeader: 'X-Foo' }, fooMap: { target: StringMap, httpPrefixHeaders: 'X-Foo-' } };
export const HttpPrefixHeaders$ = op(
  'HttpPrefixHeaders',
  struct('HttpPrefixHeadersInput', prefixMembers),
  struct('HttpPrefixHeadersOutput', prefixMembers),
  { method: 'GET', uri: '/HttpPrefixHeaders', code: 200 },
);

const blobPayload: StructureSchema['members'] = { foo: { target: str, httpHeader: 'X-Foo' }, blob: { target: { type: 'blob' }, httpPayload: true } };
export const HttpPayloadTraits$ = op(
  'HttpPayloadTraits',
  struct('HttpPayloadTraitsIO', blobPayload),
  struct('HttpPayloadTraitsIO', blobPayload),
  { method: 'POST', uri: '/HttpPayloadTraits', code: 200 },
);

const imagePayload: StructureSchema['members'] = { blob: { target: { type: 'blob', mediaType: 'image/jpeg' }, httpPayload: true } };
export const HttpPayloadWithMediaType$ = op(
  'HttpPayloadWithMediaType',
  struct('HttpPayloadWithMediaTypeIO', imagePayload),
  struct('HttpPayloadWithMediaTypeIO', imagePayload),
  { method: 'POST', uri: '/HttpPayloadTraitsWithMediaType', code: 200 },
);

const stringPayload: StructureSchema['members'] = { payload: { target: str, httpPayload: true } };
export const HttpStringPayload$ = op(
  'HttpStringPayload',
  struct('StringPayloadIO', stringPayload),
  struct('StringPayloadIO', stringPayload),
  { method: 'POST', uri: '/StringPayload', code: 200 },
);

const structurePayload: StructureSchema['members'] = { nested: { target: () => Greeting$, httpPayload: true } };
export const HttpPayloadWithStructure$ = op(
  'HttpPayloadWithStructure',
  struct('HttpPayloadWithStructureIO', structurePayload),
  struct('HttpPayloadWithStructureIO', structurePayload),
  { method: 'PUT', uri: '/HttpPayloadWithStructure', code: 200 },
);

const unionPayload: StructureSchema['members'] = { nested: { target: () => MyUnion$, httpPayload: true } };
export const HttpPayloadWithUnion$ = op(
  'HttpPayloadWithUnion',
  struct('HttpPayloadWithUnionIO', unionPayload),
  struct('HttpPayloadWithUnionIO', unionPayload),
  { method: 'PUT', uri: '/HttpPayloadWithUnion', code: 200 },
);

export const EmptyInputAndEmptyOutput$ = op(
  'EmptyInputAndEmptyOutput', struct('EmptyInput', {}), struct('EmptyOutput', {}),
  { method: 'POST', uri: '/EmptyInputAndEmptyOutput', code: 200 },
);

export const HttpResponseCode$ = op(
  'HttpResponseCode', struct('HttpResponseCodeInput', {}), struct('HttpResponseCodeOutput', { Status: { target: int, httpResponseCode: true } }),
  { method: 'PUT', uri: '/HttpResponseCode', code: 200 },
);

export const QueryParamsAsStringListMap$ = op(
  'QueryParamsAsStringListMap',
  struct('QueryParamsAsStringListMapInput', {
    qux: { target: str, httpQuery: 'corge' },
    foo: { target: StringListMap, httpQueryParams: true },
    token: { target: str, httpQuery: 'token', idempotencyToken: true },
  }),
  Unit$,
  { method: 'POST', uri: '/StringListMap?literal=yes&flag', code: 200 },
);

export const OnlyBodyMembers$ = op(
  'OnlyBodyMembers',
  struct('OnlyBodyMembersInput', { a: { target: str }, h: { target: str, httpHeader: 'X-H' } }),
  struct('OnlyBodyMembersOutput', { a: { target: str } }),
  { method: 'POST', uri: '/body', code: 201 },
);

export const JsonProtocol$: ServiceSchema = {
  id: 'aws.protocoltests.json#JsonProtocol', name: 'JsonProtocol', sdkId: 'Json Protocol', version: '2018-01-01',
  protocol: 'awsJson1_1', errors: [() => ServiceUnavailable$],
};
export const JsonRpc10$: ServiceSchema = { ...JsonProtocol$, id: 'aws.protocoltests.json10#JsonRpc10', name: 'JsonRpc10', protocol: 'awsJson1_0' };

export const KitchenSinkOperation$: OperationSchema = {
  id: 'test#KitchenSinkOperation', name: 'KitchenSinkOperation', input: KitchenSink$, output: KitchenSink$,
  errors: [() => InvalidGreeting$, () => ComplexError$, () => FooError$],
};
export const EmptyOperation$: OperationSchema = { id: 'test#EmptyOperation', name: 'EmptyOperation', input: Unit$, output: Unit$, errors: [] };
