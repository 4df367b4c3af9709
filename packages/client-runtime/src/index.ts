/**
 * `@anvil/client-runtime`: the hand-written core that Anvil-generated clients
 * call (`Client.send`, `ServiceException`, SigV4 with WebCrypto).
 * @packageDocumentation
 */
export { Client, isServiceException } from './client.js';
export type { ClientBinding, ClientConfig, Logger, RequestOptions } from './client.js';
export { ServiceException, RESERVED_EXCEPTION_KEYS } from './exception.js';
export type { Fault, MetadataBearer, ResponseMetadata, ServiceExceptionClass, ServiceExceptionOptions } from './exception.js';
export { MALFORMED_RESPONSE, UNKNOWN_ERROR } from './errors.js';
export type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from './credentials.js';
export { WebCryptoSha256 } from './sha256.js';
