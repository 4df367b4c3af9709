/**
 * Operation and service schemas: HTTP binding, pagination, auth, endpoint parameters, protocol.
 *
 * Spec: Smithy 2.0 "Service types", "HTTP binding traits", "paginated trait", "Authentication traits",
 * "Endpoint rules".
 * @packageDocumentation
 */
import type { StructureSchema, XmlNamespace } from './shapes.js';
import type { Thunk } from './thunk.js';
import type { CodecFeatures } from './features.js';

/** `@http` binding of an operation (Smithy "HTTP binding traits"). */
export interface HttpBinding {
  readonly method: string;
  /** URI pattern with `{label}` / `{label+}` segments and optional literal query (`/path?x=y`). */
  readonly uri: string;
  /** Success status code (default 200). */
  readonly code: number;
}

/** `@paginated` after merging the service's defaults. Values are member paths (dot-separated). */
export interface PaginatedInfo {
  readonly inputToken?: string;
  readonly outputToken?: string;
  readonly items?: string;
  readonly pageSize?: string;
}

/**
 * An operation: its input, output, errors, HTTP binding and operation-level traits.
 *
 * @typeParam I the operation's input type (generated schemas state it, so `Client.send` and
 *   `createHandler` infer input and output from the schema alone)
 * @typeParam O the operation's output type
 */
export interface OperationSchema<I = unknown, O = unknown> {
  /**
   * Type-level only: carries `I` and `O` (never set at run time; the `~` prefix keeps it apart from
   * schema fields, as Standard Schema's `~standard` does).
   */
  readonly '~types'?: { readonly input: I; readonly output: O };
  /** Absolute operation shape id. */
  readonly id: string;
  /** Operation name within the service (after `rename`), e.g. `RetryDataReplication`. */
  readonly name: string;
  /** Input structure; an empty structure named `Unit` when the model says `smithy.api#Unit`. */
  readonly input: Thunk<StructureSchema>;
  readonly output: Thunk<StructureSchema>;
  /** Modeled errors of the operation, service-level errors included. */
  readonly errors: readonly Thunk<StructureSchema>[];
  readonly http?: HttpBinding;
  /**
   * The optional codec parts the closure of the input, output and errors needs (timestamps, base64, exact
   * big numbers; see {@link CodecFeatures}). Client codec halves read values with these only; absent, a client
   * codec uses its own defaults (none for the generated clients' `restJson1Client` / `awsJson1_*Client`).
   */
  readonly features?: CodecFeatures;
  /** `@deprecated` */
  readonly deprecated?: { readonly message?: string; readonly since?: string };
  readonly paginated?: PaginatedInfo;
  /** `@idempotent` */
  readonly idempotent?: true;
  /** `@readonly` */
  readonly readonly?: true;
  /** `@endpoint` host prefix pattern. */
  readonly hostPrefix?: string;
  /**
   * `@auth` on the operation: the schemes it accepts, in order (overrides the service's {@link ServiceSchema.auth});
   * an empty list means the operation is sent without authentication.
   */
  readonly auth?: readonly AuthScheme[];
  /** `@optionalAuth`: send the request unauthenticated when no identity (credentials, token, key) is available. */
  readonly optionalAuth?: true;
  /**
   * `@requestCompression`: content codings the service accepts for the request body, in preference order
   * (e.g. `['gzip']`). Clients compress the body with the first one they support (Smithy "requestCompression trait").
   */
  readonly requestCompression?: { readonly encodings: readonly string[] };
  /** `@httpChecksumRequired`: clients send `Content-MD5` (base64 MD5 of the body). */
  readonly httpChecksumRequired?: true;
  /** `aws.protocols#httpChecksum`: flexible request checksums and response checksum validation. */
  readonly httpChecksum?: HttpChecksumInfo;
  /** Endpoint rule-set parameters this operation binds (Smithy "Endpoint rules": context parameter traits). */
  readonly endpointParams?: EndpointParamBindings;
  /**
   * `aws.customizations#s3UnwrappedXmlOutput` (S3 `GetBucketLocation`): the restXml response body is the single
   * output member's element itself (`<LocationConstraint>us-west-2</LocationConstraint>`), not wrapped in an
   * element named after the output structure.
   */
  readonly s3UnwrappedXmlOutput?: true;
}

/**
 * `aws.protocols#httpChecksum` of an operation (AWS "httpChecksum trait"): which input member names the request
 * checksum algorithm, whether a request checksum is required, which input member enables response checksums, and
 * the algorithms the service may answer with. Member names are the input structure's member names.
 */
export interface HttpChecksumInfo {
  /** Input member (an enum of algorithm names such as `CRC32`) choosing the request checksum algorithm. */
  readonly requestAlgorithmMember?: string;
  /** The request must carry a checksum (the default algorithm, CRC32, when the caller names none). */
  readonly requestChecksumRequired?: true;
  /** Input member whose value `ENABLED` asks the service to send response checksums. */
  readonly requestValidationModeMember?: string;
  /** Algorithms the response may carry checksums in, in the model's order. */
  readonly responseAlgorithms?: readonly string[];
}

/**
 * Where an operation's endpoint rule-set parameters come from (Smithy "Endpoint rules", "Parameter binding"
 * traits), by parameter name. When several bind the same parameter, `static` wins over `members` over `paths`.
 */
export interface EndpointParamBindings {
  /** `smithy.rules#staticContextParams`: fixed values (`{ UseObjectLambdaEndpoint: true }`). */
  readonly static?: Readonly<Record<string, unknown>>;
  /** `smithy.rules#contextParam` on input members: parameter name → input member name. */
  readonly members?: Readonly<Record<string, string>>;
  /** `smithy.rules#operationContextParams`: parameter name → JMESPath expression over the input. */
  readonly paths?: Readonly<Record<string, string>>;
}

/**
 * One authentication scheme (Smithy "Authentication traits"): `aws.auth#sigv4`,
 * `smithy.api#httpBearerAuth`, `smithy.api#httpApiKeyAuth`.
 */
export type AuthScheme =
  | { readonly type: 'sigv4'; /** signing name */ readonly name: string }
  | { readonly type: 'bearer' }
  | {
      readonly type: 'apiKey';
      /** header or query parameter name */
      readonly name: string;
      readonly in: 'header' | 'query';
      /** header value prefix (`Authorization: <scheme> <key>`), when the trait has one */
      readonly scheme?: string;
    };

/** Protocols the runtime knows; `PROTOCOL_CODECS` lists those it implements. */
export type ProtocolName = 'restJson1' | 'awsJson1_0' | 'awsJson1_1' | 'restXml' | 'awsQuery' | 'ec2Query' | 'rpcv2Cbor' | 'rpcv2Json';

/** A service: name, protocol, signing and service-level errors. */
export interface ServiceSchema {
  /** Absolute service shape id, e.g. `com.amazonaws.drs#ElasticDisasterRecoveryService`. */
  readonly id: string;
  /** Service shape name, e.g. `ElasticDisasterRecoveryService` (awsJson `X-Amz-Target` prefix). */
  readonly name: string;
  /** `aws.api#service` sdkId, or the service name. */
  readonly sdkId: string;
  readonly version: string;
  readonly protocol: ProtocolName;
  /**
   * Every protocol the service declares, in order of preference (`protocol` first), when it declares
   * several (CloudWatch: `['rpcv2Cbor', 'awsJson1_0', 'awsQuery']`). Clients speak `protocol`; mocks answer a
   * request in whichever of these protocols it arrives, when the runtime has a codec for it.
   */
  readonly protocols?: readonly ProtocolName[];
  /** `aws.auth#sigv4` signing name, when the service uses SigV4. */
  readonly sigv4?: { readonly name: string };
  /** `aws.api#service` endpointPrefix (host part before the region), when known. */
  readonly endpointPrefix?: string;
  /** restJson1/awsJson: errors the service may return on any operation. */
  readonly errors: readonly Thunk<StructureSchema>[];
  /**
   * Effective auth schemes in priority order (`@auth` order, else every applied auth trait sorted by shape id).
   * Absent: only `sigv4` (when set) applies, as before this field existed. Empty: no authentication.
   */
  readonly auth?: readonly AuthScheme[];
  /**
   * `aws.protocols#awsQueryCompatible`: clients send `x-amzn-query-mode: true` and read the awsQuery error
   * code from the `x-amzn-query-error` response header; mocks send that header for errors with
   * {@link StructureSchema.awsQueryError}.
   */
  readonly awsQueryCompatible?: true;
  /**
   * `@xmlNamespace` on the service: restXml documents whose top-level structure has no namespace of its own
   * are written in it; awsQuery / ec2Query responses put it on the `<OperationResponse>` element.
   */
  readonly xmlNamespace?: XmlNamespace;
  /**
   * `aws.protocols#restXml` with `noErrorWrapping: true` (S3): error bodies are a bare `<Error>` element
   * instead of `<ErrorResponse><Error>…</Error></ErrorResponse>`.
   */
  readonly restXmlNoErrorWrapping?: true;
  /**
   * The literal base paths of the service's endpoints (Smithy "Endpoint rules": a rule's endpoint `url` with a
   * path, `https://maps.geo.{Region}.amazonaws.com/v2` gives `['/v2']`): clients send `/v2` + the `@http` URI
   * there; mocks accept a request path with or without one of them in front.
   */
  readonly endpointPaths?: readonly string[];
}
