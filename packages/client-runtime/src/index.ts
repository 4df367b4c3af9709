/**
 * `@anvil/client-runtime`: the hand-written core that Anvil-generated clients
 * call (`Client.send`, `ServiceException`, SigV4 with WebCrypto, retries,
 * endpoints, paginators, waiters).
 * @packageDocumentation
 */
export { Client, isServiceException } from './client.js';
export type { ClientBinding, ClientConfig, Logger, RequestOptions } from './config.js';
export { ServiceException, RESERVED_EXCEPTION_KEYS } from './exception.js';
export type { Fault, MetadataBearer, ResponseMetadata, ServiceExceptionClass, ServiceExceptionOptions } from './exception.js';
export { MALFORMED_RESPONSE, UNKNOWN_ERROR } from './error-response.js';
export { NETWORK_ERROR } from './attempt.js';
export { TIMEOUT_ERROR, fetchHandler } from './transport.js';
export type { RequestHandler, WireRequest } from './transport.js';
export type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from './credentials.js';
export type { TokenIdentity, TokenIdentityProvider } from './auth.js';
export { memoizeIdentity, IDENTITY_REFRESH_WINDOW_MS } from './identity.js';
export { WebCryptoSha256 } from './sha256.js';
export { ruleSetEndpointResolver, resolveRuleSet, operationEndpointParams } from './endpoint-rules.js';
export type { EndpointBuiltIns, EndpointContext, EndpointResolver, ResolvedEndpoint } from './endpoint-rules.js';
export { THROTTLING_CODES, TRANSIENT_CODES, classifyFailure, retryAfterMs } from './retry.js';
export type { RetryKind, RetryOptions } from './retry.js';
export type { AfterReceiveContext, BeforeSendContext, Middleware } from './middleware.js';
export { redact, SENSITIVE_STRING } from './redact.js';
export { paginate } from './paginate.js';
export type { PaginationOptions, Paginator } from './paginate.js';
export { waitUntil, WaiterError } from './waiter.js';
export type { WaiterAcceptor, WaiterDefinition, WaiterOptions, WaiterResult } from './waiter.js';
export { searchJmes } from './jmespath/index.js';
export { ALL_BODY_ENCODERS, contentMd5, requestCompression } from './request-body.js';
export type { BodyEncoder, CompressionSettings } from './request-body.js';
export {
  CUSTOMIZATIONS,
  TREE_HASH_CHUNK_BYTES,
  apiGatewayCustomization,
  glacierCustomization,
  machineLearningCustomization,
  s3Customization,
  treeHash,
} from './customizations/index.js';
export type { Customization, CustomizationContext, CustomizedRequest } from './customizations/index.js';
