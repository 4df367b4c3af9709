/**
 * The configuration a user passes to a generated client, and what the
 * generated code hands to {@link Client} (the binding).
 * @packageDocumentation
 */
import type { BodyEncoder } from './request-body.js';
import type { Customization } from './customizations/customization.js';
import type { ClientCodec, OperationSchema, Schema, ServiceSchema } from '@anvil/runtime';
import type { AuthSupport, TokenIdentity, TokenIdentityProvider } from './auth.js';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from './credentials.js';
import type { EndpointResolver } from './endpoint-rules.js';
import type { resolveEndpoint } from './endpoint.js';
import type { ServiceExceptionClass } from './exception.js';
import type { Middleware } from './middleware.js';
import type { RetryOptions } from './retry.js';
import type { RequestHandler } from './transport.js';
import type { StreamingSupport } from './streaming/streaming-support.js';

/** Where log output goes. */
export interface Logger {
  warn(message: string): void;
  /**
   * Called with one line and one object (`@sensitive` values already redacted) per request and response; a client
   * whose binding has no `redact` (hand-written) leaves the values out.
   */
  debug?(...content: unknown[]): void;
}

/** Options a user passes to a generated client's constructor (all optional). */
export interface ClientConfig {
  /** Region to sign for and to resolve the endpoint with. Default: `AWS_REGION` / `AWS_DEFAULT_REGION` env (when `process` exists). */
  region?: string;
  /** Absolute base URL overriding the resolved endpoint (rule-set `SDK::Endpoint`); may carry a base path. */
  endpoint?: string | URL;
  /** Use the FIPS endpoint variant (`AWS::UseFIPS`). Default `false`. */
  useFipsEndpoint?: boolean;
  /** Use the dual-stack (IPv4 + IPv6) endpoint variant (`AWS::UseDualStack`). Default `false`. */
  useDualstackEndpoint?: boolean;
  /**
   * Amazon S3: address buckets path-style (`s3.<region>.amazonaws.com/<bucket>`) rather than virtual-hosted
   * (`<bucket>.s3.<region>.amazonaws.com`); the rule-set built-in `AWS::S3::ForcePathStyle`. Default `false`.
   */
  forcePathStyle?: boolean;
  /** Amazon S3: use Transfer Acceleration endpoints (`<bucket>.s3-accelerate.amazonaws.com`); `AWS::S3::Accelerate`. Default `false`. */
  useAccelerateEndpoint?: boolean;
  /**
   * Values of the service's `smithy.rules#clientContextParams` (endpoint rule-set parameters such as S3 Control's
   * `UseArnRegion`), by parameter name; used only by clients generated from a model with an endpoint rule set.
   * An operation's own bound values (`staticContextParams`, `contextParam`, `operationContextParams`) take
   * precedence; these take precedence over built-ins and rule-set defaults (Smithy "Endpoint rules").
   */
  clientContextParams?: Readonly<Record<string, unknown>>;
  /**
   * Account-based endpoints for rule sets with the `AWS::Auth::AccountIdEndpointMode` built-in (DynamoDB):
   * `preferred` (default) uses the credentials' `accountId` when they carry one, `required` fails the call when they
   * do not, `disabled` never uses it. The account id itself is the `AWS::Auth::AccountId` built-in.
   */
  accountIdEndpointMode?: 'preferred' | 'required' | 'disabled';
  /**
   * SigV4 credentials: static, or an async provider (e.g. from `@aws-sdk/credential-providers`) whose result is
   * cached and refreshed 5 minutes before `expiration`. Default: `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`/`AWS_SESSION_TOKEN` env.
   */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Bearer token for `@httpBearerAuth` services: static or a provider (cached like credentials). Read only by clients whose binding lists `bearerAuth`. */
  token?: TokenIdentity | TokenIdentityProvider;
  /** API key for `@httpApiKeyAuth` services: the key, or an async function returning it (called per request). Read only by clients whose binding lists `apiKeyAuth`. */
  apiKey?: string | (() => Promise<string>);
  /** `fetch` implementation. Default: `globalThis.fetch`, looked up on every request (so msw and other patches apply). */
  fetch?: typeof fetch;
  /**
   * The transport: sends one signed request and buffers the response (plain objects, no `Response`). Use it for a
   * custom HTTP stack or an in-memory test transport. Default: {@link fetchHandler} with {@link ClientConfig.fetch}.
   */
  requestHandler?: RequestHandler;
  /** Attempts per operation including the first (standard retry mode). Default 3; 1 disables retries. */
  maxAttempts?: number;
  /** Backoff tuning (base delays, cap, quota, jitter source). */
  retryOptions?: RetryOptions;
  /** Per-attempt timeout in ms (connection to full body); a timed-out attempt is retried. Default: none. */
  requestTimeout?: number;
  /** Hooks run around every attempt of every call (see {@link Middleware}). */
  middleware?: readonly Middleware[];
  /** Generates `@idempotencyToken` values the caller left unset. Default `crypto.randomUUID()`. */
  idempotencyToken?: () => string;
  /** Never compress request bodies, even for `@requestCompression` operations. Default `false`. */
  disableRequestCompression?: boolean;
  /**
   * Smallest request body, in bytes, that `@requestCompression` operations send gzip-compressed; smaller
   * bodies go uncompressed. Default 10240; must be an integer from 0 to 10485760 (the constructor throws a
   * `RangeError` otherwise). Smithy "requestCompression trait".
   */
  requestMinCompressionSizeBytes?: number;
  /**
   * When `aws.protocols#httpChecksum` operations send a request checksum (`x-amz-checksum-<algorithm>`):
   * `WHEN_SUPPORTED` (default, as the AWS SDKs) whenever the operation supports one (CRC32 unless the input names an
   * algorithm), `WHEN_REQUIRED` only when the operation requires one or the input names an algorithm.
   */
  requestChecksumCalculation?: 'WHEN_SUPPORTED' | 'WHEN_REQUIRED';
  /**
   * `WHEN_SUPPORTED` (default): operations with a checksum validation mode member (S3 `GetObject`'s `ChecksumMode`)
   * ask for response checksums (`ENABLED`) unless the input says otherwise; `WHEN_REQUIRED`: only when the input does.
   */
  responseChecksumValidation?: 'WHEN_SUPPORTED' | 'WHEN_REQUIRED';
  /** Warn once per process for each `@deprecated` operation called. Default `true`. */
  deprecationWarnings?: boolean;
  /** Log sink for warnings and (when it has `debug`) redacted request/response logs. Default: `console` for warnings only. */
  logger?: Logger;
}

/** Per-call options of an operation. */
export interface RequestOptions {
  /** Aborts the call (also during retry waits); the call rejects with the signal's reason. */
  abortSignal?: AbortSignal;
  /** Per-attempt timeout in ms for this call, overriding `ClientConfig.requestTimeout`. */
  requestTimeout?: number;
  /** Hooks for this call only, run after the client's. */
  middleware?: readonly Middleware[];
}

/**
 * What a generated operation function passes to {@link Client.send} with its schema, so that a bundle carries
 * only what the operations it imports need.
 */
export interface OperationBinding {
  /** The operation's modeled error classes (the service's errors included), by wire error code. */
  readonly errors?: Readonly<Record<string, ServiceExceptionClass>>;
  /** The JMESPath evaluator (`searchJmes`), for operations whose endpoint parameters use `operationContextParams` paths. */
  readonly search?: (value: unknown, path: string) => unknown;
  /**
   * Streaming of the operation's `@streaming` blob or event stream member (`blobStreaming`, `eventStreaming`);
   * generated operation functions pass it only when the operation streams, so other bundles carry none of it.
   * Takes precedence over {@link ClientBinding.streaming}.
   */
  readonly streaming?: StreamingSupport;
  /**
   * The deprecation warning (`warnDeprecated`): generated functions of `@deprecated` operations pass it, so other
   * bundles carry none of it; `send` calls it unless `ClientConfig.deprecationWarnings` is `false`.
   */
  readonly warnDeprecated?: (operation: OperationSchema, warn: (message: string) => void) => boolean;
}

/** What a generated client hands to the `Client` constructor. */
export interface ClientBinding {
  readonly service: ServiceSchema;
  /**
   * Wire error code → error class, for codes the operation's own {@link OperationBinding} does not name
   * (generated clients bind none: each operation function passes its own errors).
   */
  readonly errors?: Readonly<Record<string, ServiceExceptionClass>>;
  /**
   * How debug logs (`ClientConfig.logger.debug`) hide `@sensitive` values (Smithy "sensitive trait"): `redact`, which
   * generated clients of models with `@sensitive` shapes or members pass; `false` when the model has none (values
   * are logged as they are; other bundles carry no redaction code). Absent (a hand-written binding): inputs, outputs
   * and modeled error members are left out of debug logs.
   */
  readonly redact?: ((schema: Schema, value: unknown) => unknown) | false;
  /** The service's base exception (`<Service>ServiceException`), used for unknown codes and unreadable responses. */
  readonly baseException: ServiceExceptionClass;
  /** The service protocol's codec (`restJson1` from `@anvil/runtime`), passed in so unused codecs tree-shake. */
  readonly codec: ClientCodec;
  /** Rule-set endpoint resolver (`ruleSetEndpointResolver(endpointRuleSet)`), when the model has a rule set. */
  readonly endpointResolver?: EndpointResolver;
  /**
   * The endpoint of a client without a rule set (`resolveEndpoint`: `ClientConfig.endpoint`, else
   * `https://<endpointPrefix>.<region>.amazonaws.com`); generated clients of models without a rule set pass it, so
   * rule-set clients do not bundle it. With neither this nor {@link ClientBinding.endpointResolver}, calls need
   * `ClientConfig.endpoint` (an absolute URL).
   */
  readonly defaultEndpoint?: typeof resolveEndpoint;
  /**
   * Auth schemes besides SigV4 (built in) the service's operations use (`bearerAuth`, `apiKeyAuth`); generated
   * clients list only those, so other bundles carry no token or API-key code. An operation whose only schemes
   * are missing here fails with the "No identity" error.
   */
  readonly authSchemes?: readonly AuthSupport[];
  /**
   * Body encodings the model needs (`requestCompression`, `contentMd5`, `flexibleChecksums`), applied in order before
   * signing. Generated clients list only those their operations use; none when absent.
   */
  readonly bodyEncoders?: readonly BodyEncoder[];
  /**
   * Per-service SDK customisations (`glacierCustomization`, `apiGatewayCustomization`,
   * `machineLearningCustomization`), applied in order: `prepareInput` before serialisation,
   * `finalizeRequest` after the body encoders and before signing. Generated clients list only their
   * service's; none when absent.
   */
  readonly customizations?: readonly Customization[];
  /**
   * Streaming of `@streaming` blobs and event streams (`blobStreaming`, `eventStreaming`) for every operation
   * of a hand-written client. Generated clients pass none here: each streaming operation passes its own in
   * {@link OperationBinding.streaming}. With neither, the client does not look for streaming members: the codec
   * handles them as plain members (an output blob arrives buffered as bytes; input streams and event streams are not supported).
   */
  readonly streaming?: StreamingSupport;
}
