/**
 * Resolved service and operation nodes: everything the client, msw and schema
 * emitters print about a service and its operations (Smithy 2.0 "Service
 * types", "HTTP binding traits", "paginated trait", "Authentication traits",
 * "Endpoint rules", "Waiters").
 * @packageDocumentation
 */
import type { ProtocolName } from '@anvil/runtime';
import type { CompiledRules } from './endpoint-rules-compile.js';
import type { OperationExamplesNode, ResourceNode } from './resource-nodes.js';
import type { ShapeId } from '@anvil/smithy-model';
import type { CustomizationName, RuntimeExport } from '../manifest.js';
import type { OperationNames, ServiceNames, WaiterNames } from '../naming/index.js';
import type { Docs, ErrorShapeNode, ShapeNode, StructureShapeNode, XmlNamespaceNode } from './shape-nodes.js';

/** An operation's input or output: `smithy.api#Unit`, or a structure. */
export type IoNode =
  | { readonly kind: 'unit' }
  | {
      readonly kind: 'structure';
      readonly shape: StructureShapeNode;
      /** Some member is required in the TypeScript type (so the argument cannot default to `{}`). */
      readonly hasRequiredMember: boolean;
    };

/** `@http` (Smithy "http trait"); `code` defaults to 200. */
export interface HttpBindingNode {
  readonly method: string;
  readonly uri: string;
  readonly code: number;
}

/** `@paginated` of an operation merged with the service's: the operation's values win per key. */
export interface PaginatedNode {
  readonly inputToken?: string;
  readonly outputToken?: string;
  readonly items?: string;
  readonly pageSize?: string;
}

/** A paginator for an operation with both tokens and a structure output. */
export interface PaginatorNode {
  readonly inputToken: string;
  readonly outputToken: string;
  readonly pageSize?: string;
  /** The `items` member path as written (`a.b`). */
  readonly items?: string;
  /**
   * Where `items` leads in the output: the member names along the path and the collection at its
   * end; undefined when the path is absent or does not end at a list or map.
   */
  readonly itemCollection?: { readonly keys: readonly string[]; readonly kind: 'list' | 'map' };
}

/** One auth scheme the runtime implements (`AuthScheme` of `@anvil/runtime`). */
export type AuthSchemeNode =
  | { readonly type: 'sigv4'; readonly name: string }
  | { readonly type: 'bearer' }
  | { readonly type: 'apiKey'; readonly name: string; readonly in: 'header' | 'query'; readonly scheme?: string };

/** Where an operation's endpoint rule-set parameters come from (keys sorted). */
export interface EndpointParamsNode {
  readonly static?: Readonly<Record<string, unknown>>;
  readonly members?: Readonly<Record<string, string>>;
  readonly paths?: Readonly<Record<string, string>>;
}

/** One `smithy.waiters#waitable` waiter. */
export interface WaiterNode {
  /** The waiter's name as the model writes it. */
  readonly name: string;
  readonly names: WaiterNames;
  readonly documentation?: string;
  readonly deprecated: boolean;
  readonly minDelay?: number;
  readonly maxDelay?: number;
  /** The acceptors as the model writes them (JSON data). */
  readonly acceptors: readonly unknown[];
}

/** A reference to a modeled error of an operation or the service. */
export interface ErrorRefNode {
  readonly id: ShapeId;
  /** Wire name (the error code). */
  readonly name: string;
  readonly typeName: string;
  readonly schemaName: string;
}

/** One operation of the service. */
export interface OperationNode extends Docs {
  readonly id: ShapeId;
  /** Name within the service (`RetryDataReplication`). */
  readonly name: string;
  /** The operation schema constant (`RetryDataReplication$`). */
  readonly schemaName: string;
  readonly names: OperationNames;
  readonly input: IoNode;
  readonly output: IoNode;
  /** The operation's errors, then the service's, without duplicates. */
  readonly errors: readonly ErrorRefNode[];
  readonly http?: HttpBindingNode;
  /** The merged `@paginated` (present when the operation has the trait). */
  readonly paginated?: PaginatedNode;
  /** Present when the operation gets a paginator. */
  readonly paginator?: PaginatorNode;
  readonly idempotent: boolean;
  readonly readonly: boolean;
  /** `@endpoint` host prefix. */
  readonly hostPrefix?: string;
  /** Explicit `@auth` (supported schemes only, in order); undefined when the service's apply. */
  readonly auth?: readonly AuthSchemeNode[];
  readonly optionalAuth: boolean;
  /** `@requestCompression` encodings. */
  readonly requestCompression?: { readonly encodings: readonly unknown[] };
  readonly httpChecksumRequired: boolean;
  /** `aws.protocols#httpChecksum`, with the members that are strings in the model (others dropped). */
  readonly httpChecksum?: HttpChecksumNode;
  readonly endpointParams?: EndpointParamsNode;
  readonly waiters: readonly WaiterNode[];
  /** `aws.customizations#s3UnwrappedXmlOutput` (restXml services only). */
  readonly s3UnwrappedXmlOutput: boolean;
  /**
   * The streaming support this operation passes to `send`: `eventStreaming` when its input or output has an
   * event stream member (a `@streaming` union), else `blobStreaming` when it has a `@streaming` blob member,
   * else none (so a bundle of operations that do not stream carries none of it).
   */
  readonly streaming?: RuntimeExport;
}

/** `aws.protocols#httpChecksum` of an operation (AWS "httpChecksum trait"). */
export interface HttpChecksumNode {
  readonly requestAlgorithmMember?: string;
  readonly requestChecksumRequired?: true;
  readonly requestValidationModeMember?: string;
  readonly responseAlgorithms?: readonly string[];
}

/** One `smithy.rules#clientContextParams` entry. */
export interface ClientContextParamNode {
  readonly name: string;
  readonly type: 'string' | 'boolean' | 'stringArray' | 'unknown';
  readonly documentation?: string;
}

/** Everything the emitters print for one service. */
export interface ServiceNode {
  readonly id: ShapeId;
  /** The service shape's name (`ElasticDisasterRecoveryService`). */
  readonly name: string;
  readonly names: ServiceNames;
  readonly documentation?: string;
  /** `aws.api#service` sdkId, else the service name. */
  readonly sdkId: string;
  readonly version: string;
  readonly protocol: ProtocolName;
  /** Every protocol the service declares, in order of preference ({@link protocol} first). */
  readonly protocols: readonly ProtocolName[];
  /**
   * How clients reach the codec: a client codec export, or `getProtocol` with the protocol
   * name (throws when a client is constructed, for protocols without a codec).
   */
  readonly codec: { readonly export: RuntimeExport; readonly protocolArgument?: ProtocolName };
  readonly sigv4Name?: string;
  readonly endpointPrefix?: string;
  /** Explicit auth schemes (undefined when the default applies: SigV4 or nothing). */
  readonly auth?: readonly AuthSchemeNode[];
  /** The service's own errors. */
  readonly errors: readonly ErrorRefNode[];
  readonly awsQueryCompatible: boolean;
  /** `@xmlNamespace` of the service (XML and query protocols only). */
  readonly xmlNamespace?: XmlNamespaceNode;
  /** `@restXml(noErrorWrapping: true)`: bare `<Error>` error bodies. */
  readonly restXmlNoErrorWrapping: boolean;
  /** `smithy.rules#endpointRuleSet` compiled for the `@anvil/client-runtime` evaluator, when the service has one. */
  readonly endpointRules?: CompiledRules;
  /** The literal base paths of the rule set's endpoints (`['/v2']`: Amazon Location), when any. */
  readonly endpointPaths?: readonly string[];
  readonly clientContextParams: readonly ClientContextParamNode[];
  /** Per-service SDK customisations (`@anvil/client-runtime` exports). */
  readonly customizations: readonly CustomizationName[];
  /** Body encoders the operations need, in the order they apply. */
  readonly bodyEncoders: readonly RuntimeExport[];
  readonly operations: readonly OperationNode[];
  /** Named shapes to emit (closure minus prelude), sorted by id. */
  readonly shapes: readonly ShapeNode[];
  /** Modeled error structures of the closure, sorted by type name. */
  readonly errorShapes: readonly ErrorShapeNode[];
  /** Every paginator with its operation, in operation order. */
  readonly paginators: ReadonlyArray<{ readonly operation: OperationNode; readonly paginator: PaginatorNode }>;
  /** Every waiter with its operation, in operation then waiter-name order. */
  readonly waiters: ReadonlyArray<{ readonly operation: OperationNode; readonly waiter: WaiterNode }>;
  /** Resources of the mock store (the model's, then the config binding's), parents first. */
  readonly resources: readonly ResourceNode[];
  /** The operations' `smithy.api#examples`, in operation order. */
  readonly examples: readonly OperationExamplesNode[];
}
