/**
 * The runtime exports generated code imports, as data: every name an emitter
 * prints from `@anvil/runtime`, `@anvil/client-runtime`, `@anvil/msw-runtime`
 * or `msw` comes from here. Value names are checked against the packages' real
 * exports by this file's own typecheck (`satisfies … keyof typeof X`); type names
 * by the references in the `*TypeExports` maps. `manifest.test.ts` checks every
 * name again at run time (values imported, types through the compiler) and checks
 * the protocol and customisation lists against the runtime registries
 * (`PROTOCOL_CODECS`, `CUSTOMIZATIONS`, `ALL_BODY_ENCODERS`).
 *
 * Only `import type` here: the CLI loads no runtime package (only `@anvil/runtime/pattern`, for warnings).
 * @packageDocumentation
 */
import type * as Runtime from '@anvil/runtime';
import type * as ClientRuntime from '@anvil/client-runtime';
import type * as MswRuntime from '@anvil/msw-runtime';
import type * as Msw from 'msw';

/** The packages generated code imports from, by role. */
export const RUNTIME_PACKAGES = {
  runtime: '@anvil/runtime',
  clientRuntime: '@anvil/client-runtime',
  mswRuntime: '@anvil/msw-runtime',
  msw: 'msw',
} as const;

/** A module generated code imports from. */
export type RuntimeModule = (typeof RUNTIME_PACKAGES)[keyof typeof RUNTIME_PACKAGES];

/**
 * The `msw` version generated mock packages are built with, and the peer range they accept:
 * msw 2.15+ and msw 3 (docs/matrix.md; the msw 3 cells of `scripts/matrix` test the handlers with it).
 */
export const MSW_VERSION = { dev: '2.15.0', peer: '^2.15.0 || ^3.0.0' } as const;

/** One export of a runtime module, as generated code imports it. */
export interface RuntimeExport<N extends string = string> {
  readonly module: RuntimeModule;
  readonly name: N;
  /** Imported with `import type` (a type, or a class used only as a type). */
  readonly typeOnly: boolean;
}

type Exports<V extends string, T extends string> = { readonly [K in V | T]: RuntimeExport<K> };

function exportsOf<V extends string, T extends string>(module: RuntimeModule, values: readonly V[], types: Readonly<Record<T, true>>): Exports<V, T> {
  const out: Record<string, RuntimeExport> = {};
  for (const name of values) out[name] = { module, name, typeOnly: false };
  for (const name of Object.keys(types)) out[name] = { module, name, typeOnly: true };
  return out as Exports<V, T>;
}

/** Type exports of `@anvil/runtime` the generated code names: each key is the export its value refers to. */
interface RuntimeTypeExports {
  DocumentType: Runtime.DocumentType;
  UnitShape: Runtime.UnitShape;
  BlobSchema: Runtime.BlobSchema;
  BooleanSchema: Runtime.BooleanSchema;
  DocumentSchema: Runtime.DocumentSchema;
  EnumSchema: Runtime.EnumSchema;
  ErrorSchema: Runtime.ErrorSchema;
  IntEnumSchema: Runtime.IntEnumSchema;
  ListSchema: Runtime.ListSchema;
  MapSchema: Runtime.MapSchema;
  MemberSchema: Runtime.MemberSchema;
  NumberSchema: Runtime.NumberSchema;
  OperationSchema: Runtime.OperationSchema;
  ServiceSchema: Runtime.ServiceSchema;
  StringSchema: Runtime.StringSchema;
  StructureSchema: Runtime.StructureSchema;
  TimestampSchema: Runtime.TimestampSchema;
  UnionSchema: Runtime.UnionSchema;
}

/** `@anvil/runtime`: schema types, the Unit schema, protocol codecs. */
export const RUNTIME = exportsOf(
  RUNTIME_PACKAGES.runtime,
  ['Unit$', 'plainString', 'plainBoolean', 'plainByte', 'plainShort', 'plainInteger', 'plainLong', 'plainFloat', 'plainDouble', 'plainBigInteger', 'plainBigDecimal', 'plainBlob', 'plainTimestamp', 'plainDocument', 'timestampFeature', 'base64Feature', 'bigNumberFeature', 'unionFeature', 'requestBindingFeature', 'payloadFeature', 'headerValueFeature', 'getProtocol', 'restJson1Client', 'awsJson1_0Client', 'awsJson1_1Client', 'rpcv2CborClient', 'rpcv2JsonClient', 'restXmlClient', 'awsQueryClient', 'ec2QueryClient'] as const satisfies ReadonlyArray<keyof typeof Runtime>,
  {
    DocumentType: true, UnitShape: true, BlobSchema: true, BooleanSchema: true, DocumentSchema: true, EnumSchema: true,
    ErrorSchema: true, IntEnumSchema: true, ListSchema: true, MapSchema: true, MemberSchema: true, NumberSchema: true, OperationSchema: true,
    ServiceSchema: true, StringSchema: true, StructureSchema: true, TimestampSchema: true, UnionSchema: true,
  } satisfies Record<keyof RuntimeTypeExports, true>,
);

/** Type exports of `@anvil/client-runtime` the generated code names. */
interface ClientRuntimeTypeExports {
  ClientConfig: ClientRuntime.ClientConfig;
  CompiledRuleSet: ClientRuntime.CompiledRuleSet;
  MetadataBearer: ClientRuntime.MetadataBearer;
  OperationBinding: ClientRuntime.OperationBinding;
  Middleware: ClientRuntime.Middleware;
  PaginationOptions: ClientRuntime.PaginationOptions;
  Paginator: ClientRuntime.Paginator<unknown, unknown>;
  RequestHandler: ClientRuntime.RequestHandler;
  RequestOptions: ClientRuntime.RequestOptions;
  SdkPaginationConfiguration: ClientRuntime.SdkPaginationConfiguration<unknown>;
  SdkWaiterConfiguration: ClientRuntime.SdkWaiterConfiguration<unknown>;
  ResponseMetadata: ClientRuntime.ResponseMetadata;
  ServiceExceptionClass: ClientRuntime.ServiceExceptionClass;
  WaiterDefinition: ClientRuntime.WaiterDefinition;
  WaiterOptions: ClientRuntime.WaiterOptions;
  WaiterResult: ClientRuntime.WaiterResult<unknown>;
  WireRequest: ClientRuntime.WireRequest;
}

/** `@anvil/client-runtime`: the client core, body encoders, customisations, paginators and waiters. */
export const CLIENT_RUNTIME = exportsOf(
  RUNTIME_PACKAGES.clientRuntime,
  [
    'Client', 'ServiceException', 'WaiterError', 'fetchHandler', 'isServiceException', 'paginate', 'ruleSetEndpointResolver', 'waitUntil',
    'requestCompression', 'contentMd5', 'flexibleChecksums', 'apiGatewayCustomization', 'glacierCustomization', 'machineLearningCustomization',
    'blobStreaming', 'eventStreaming', 's3Customization', 'bearerAuth', 'apiKeyAuth', 'resolveEndpoint', 'warnDeprecated', 'redact', 'unboundRuleSetEndpointResolver',
    'SdkClient', 'SdkCommand', 'sdkWaiterOptions', 'searchJmes', 'awsPartition', 'awsParseArn', 'awsIsVirtualHostableS3Bucket', 'parseUrl', 'isValidHostLabel', 'substring', 'uriEncode',
  ] as const satisfies ReadonlyArray<keyof typeof ClientRuntime>,
  {
    ClientConfig: true, CompiledRuleSet: true, MetadataBearer: true, OperationBinding: true, Middleware: true, PaginationOptions: true, Paginator: true, RequestHandler: true,
    RequestOptions: true, SdkPaginationConfiguration: true, SdkWaiterConfiguration: true, ResponseMetadata: true, ServiceExceptionClass: true, WaiterDefinition: true, WaiterOptions: true,
    WaiterResult: true, WireRequest: true,
  } satisfies Record<keyof ClientRuntimeTypeExports, true>,
);

/** Type exports of `@anvil/msw-runtime` (and `msw`) the generated code names. */
interface MswRuntimeTypeExports {
  CreateHandlersOptions: MswRuntime.CreateHandlersOptions;
  ErrorAnswer: MswRuntime.ErrorAnswer;
  HandlerOptions: MswRuntime.HandlerOptions;
  HandlerOverride: MswRuntime.HandlerOverride<unknown, unknown>;
  MockHandler: MswRuntime.MockHandler<unknown>;
  ExampleTable: MswRuntime.ExampleTable;
  MockStore: MswRuntime.MockStore;
  ResourceTable: MswRuntime.ResourceTable;
  StatefulHandlersOptions: MswRuntime.StatefulHandlersOptions;
  ServiceRoutes: MswRuntime.ServiceRoutes;
  PartialMembers: MswRuntime.PartialMembers<unknown>;
}

/** `@anvil/msw-runtime`: handler factories, error answers, scenarios. */
export const MSW_RUNTIME = exportsOf(
  RUNTIME_PACKAGES.mswRuntime,
  ['createHandler', 'createScenarios', 'modeledError', 'createStore', 'statefulHandlersFor'] as const satisfies ReadonlyArray<keyof typeof MswRuntime>,
  {
    CreateHandlersOptions: true,
    ErrorAnswer: true,
    HandlerOptions: true,
    HandlerOverride: true,
    MockHandler: true,
    ExampleTable: true,
    MockStore: true,
    ResourceTable: true,
    StatefulHandlersOptions: true,
    ServiceRoutes: true,
    PartialMembers: true,
  } satisfies Record<keyof MswRuntimeTypeExports, true>,
);

/** Type exports of `msw` the generated code names. */
interface MswTypeExports {
  HttpHandler: Msw.HttpHandler;
}

/** `msw` itself (a peer dependency of generated mock packages). */
export const MSW = exportsOf(RUNTIME_PACKAGES.msw, [], { HttpHandler: true } satisfies Record<keyof MswTypeExports, true>);

/**
 * The client half of each protocol codec `@anvil/runtime` implements, by protocol name. The keys
 * equal `PROTOCOL_CODECS` of `@anvil/runtime` (checked in `manifest.test.ts`); other protocols are
 * reached through {@link RUNTIME}`.getProtocol`, which throws when a client is constructed.
 */
export const CLIENT_CODECS: Readonly<Partial<Record<Runtime.ProtocolName, RuntimeExport>>> = {
  restJson1: RUNTIME.restJson1Client,
  awsJson1_0: RUNTIME.awsJson1_0Client,
  awsJson1_1: RUNTIME.awsJson1_1Client,
  rpcv2Cbor: RUNTIME.rpcv2CborClient,
  rpcv2Json: RUNTIME.rpcv2JsonClient,
  restXml: RUNTIME.restXmlClient,
  awsQuery: RUNTIME.awsQueryClient,
  ec2Query: RUNTIME.ec2QueryClient,
};

/**
 * The endpoint rule-set functions beyond the evaluator's core ones, by rule-set function name: a generated
 * lite client passes exactly those its rule set calls. The keys equal `ENDPOINT_FUNCTIONS` of
 * `@anvil/client-runtime` (checked in `manifest.test.ts`).
 */
export const RULE_FUNCTIONS: Readonly<Record<string, RuntimeExport>> = {
  'aws.partition': CLIENT_RUNTIME.awsPartition,
  'aws.parseArn': CLIENT_RUNTIME.awsParseArn,
  'aws.isVirtualHostableS3Bucket': CLIENT_RUNTIME.awsIsVirtualHostableS3Bucket,
  parseURL: CLIENT_RUNTIME.parseUrl,
  isValidHostLabel: CLIENT_RUNTIME.isValidHostLabel,
  substring: CLIENT_RUNTIME.substring,
  uriEncode: CLIENT_RUNTIME.uriEncode,
};

/**
 * Body encoders in the order they apply (compression before the checksum of the bytes sent),
 * keyed by what needs them (`@requestCompression`, `@httpChecksumRequired`, `aws.protocols#httpChecksum` operations); the
 * values in order equal `ALL_BODY_ENCODERS` of `@anvil/client-runtime`.
 */
export const BODY_ENCODERS = {
  requestCompression: CLIENT_RUNTIME.requestCompression,
  httpChecksumRequired: CLIENT_RUNTIME.contentMd5,
  httpChecksum: CLIENT_RUNTIME.flexibleChecksums,
} as const;

/** A customisation export of `@anvil/client-runtime` (`glacierCustomization`). */
export type CustomizationName = Extract<keyof typeof CLIENT_RUNTIME, `${string}Customization`>;

/**
 * Per-service SDK customisations (`@anvil/client-runtime` export names) by service shape id: the
 * behaviour AWS SDKs add for these services, which their models do not express. Generated lite
 * clients pass them in `ClientBinding.customizations`. The names are exactly the keys of
 * `CUSTOMIZATIONS` of `@anvil/client-runtime` (checked in `manifest.test.ts`).
 */
export const SERVICE_CUSTOMIZATIONS: Readonly<Record<string, readonly CustomizationName[]>> = {
  'com.amazonaws.glacier#Glacier': ['glacierCustomization'],
  'com.amazonaws.apigateway#BackplaneControlService': ['apiGatewayCustomization'],
  'com.amazonaws.machinelearning#AmazonML_20141212': ['machineLearningCustomization'],
  'com.amazonaws.s3#AmazonS3': ['s3Customization'],
};

/**
 * @param serviceId absolute service shape id
 * @returns the `@anvil/client-runtime` customisation export names for the service (empty for most services)
 */
export function serviceCustomizations(serviceId: string): readonly CustomizationName[] {
  return Object.hasOwn(SERVICE_CUSTOMIZATIONS, serviceId) ? SERVICE_CUSTOMIZATIONS[serviceId]! : [];
}
