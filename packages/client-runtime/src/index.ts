/**
 * `@anvil/client-runtime`: the hand-written core that Anvil-generated clients
 * call (`Client.send`, `ServiceException`, SigV4 with WebCrypto, retries,
 * endpoints, paginators, waiters).
 * @packageDocumentation
 */
export { Client, isServiceException } from './client.js';
export type { ClientBinding, ClientConfig, Logger, OperationBinding, RequestOptions } from './config.js';
export { ServiceException, RESERVED_EXCEPTION_KEYS } from './exception.js';
export type { Fault, MetadataBearer, ResponseMetadata, ServiceExceptionClass, ServiceExceptionOptions } from './exception.js';
export { MALFORMED_RESPONSE, UNKNOWN_ERROR } from './error-response.js';
export { NETWORK_ERROR } from './attempt.js';
export { TIMEOUT_ERROR, fetchHandler } from './transport.js';
export { resolveEndpoint } from './endpoint.js';
export { warnDeprecated } from './deprecation.js';
export type { RequestHandler, WireRequest } from './transport.js';
export type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from './credentials.js';
export type { AuthSupport, TokenIdentity, TokenIdentityProvider } from './auth.js';
export { apiKeyAuth, bearerAuth } from './http-auth.js';
export { memoizeIdentity, IDENTITY_REFRESH_WINDOW_MS } from './identity.js';
export { WebCryptoSha256 } from './sha256.js';
export { ruleSetEndpointResolver, unboundRuleSetEndpointResolver, resolveRuleSet, operationEndpointParams, ENDPOINT_FUNCTIONS } from './endpoint-rules.js';
export type { EndpointBuiltIns, EndpointContext, EndpointResolver, ResolvedEndpoint } from './endpoint-rules.js';
export { EndpointError, evaluateRuleSet, getAttr } from './rules/evaluate.js';
export type {
  CompiledCondition,
  CompiledEndpointRule,
  CompiledErrorRule,
  CompiledParameter,
  CompiledRule,
  CompiledRuleSet,
  CompiledTreeRule,
  RuleExpression,
  RuleFunctions,
  RuleParameterValue,
} from './rules/compiled.js';
export { awsIsVirtualHostableS3Bucket, awsParseArn, awsPartition } from './rules/aws-functions.js';
export type { ParsedArn, PartitionResult } from './rules/aws-functions.js';
export { isValidHostLabel, parseUrl, substring, uriEncode } from './rules/standard-functions.js';
export type { RuleUrl } from './rules/standard-functions.js';
export { THROTTLING_CODES, TRANSIENT_CODES, classifyFailure, retryAfterMs } from './retry.js';
export type { RetryKind, RetryOptions } from './retry.js';
export type { AfterReceiveContext, BeforeSendContext, Middleware } from './middleware.js';
export { redact, SENSITIVE_STRING } from './redact.js';
export { paginate } from './paginate.js';
export { presign, DEFAULT_PRESIGNED_EXPIRY_SECONDS, MAX_PRESIGNED_EXPIRY_SECONDS } from './presign.js';
export type { PresignOptions } from './presign.js';
export type { PaginationOptions, Paginator } from './paginate.js';
export { waitUntil, WaiterError } from './waiter.js';
export type { WaiterAcceptor, WaiterDefinition, WaiterOptions, WaiterResult } from './waiter.js';
export { searchJmes } from './jmespath/index.js';
export { ALL_BODY_ENCODERS, contentMd5, requestCompression } from './request-body.js';
export { flexibleChecksums } from './flexible-checksums.js';
export type { BodyEncoder, BodyEncodingSettings, CompressionSettings } from './request-body.js';
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
export { blobStreaming, eventStreaming, signedFrames, STREAMING_EVENTS_PAYLOAD, UNSIGNED_PAYLOAD } from './streaming/index.js';
export type { StreamingRequest, StreamingResponse, StreamingSupport, StreamSigning } from './streaming/index.js';
export type { ResponseBody, TransportResponse } from './transport.js';
export { SdkClient, SdkCommand, sdkWaiterOptions } from './sdk-surface.js';
export type { SdkPaginationConfiguration, SdkSendOptions, SdkWaiterConfiguration } from './sdk-surface.js';
