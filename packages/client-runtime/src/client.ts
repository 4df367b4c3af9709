/**
 * `Client`: the base class of generated clients. `send` runs one operation:
 * serialise (protocol codec) → resolve endpoint → SigV4-sign → `fetch` →
 * parse the output or throw a typed {@link ServiceException}.
 * @packageDocumentation
 */
import { expandHostPrefix, getProtocol } from '@anvil/runtime';
import type { HeaderMap, OperationSchema, ProtocolCodec, ServiceSchema } from '@anvil/runtime';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from './credentials.js';
import { resolveCredentials } from './credentials.js';
import { warnDeprecated } from './deprecation.js';
import { resolveEndpoint, resolveRegion, resolveTarget } from './endpoint.js';
import { errorFromResponse, malformedResponse } from './errors.js';
import type { MetadataBearer, ServiceException, ServiceExceptionClass } from './exception.js';
import { signRequest } from './sign.js';
import { responseMetadata, sendRequest } from './transport.js';

/** Where log output goes. */
export interface Logger {
  warn(message: string): void;
  debug?(...content: unknown[]): void;
}

/** Options a user passes to a generated client's constructor. */
export interface ClientConfig {
  /** Region to sign for and to build the default endpoint with. Default: `AWS_REGION` / `AWS_DEFAULT_REGION` env (when `process` exists). */
  region?: string;
  /** Absolute base URL overriding the default `https://<endpointPrefix>.<region>.amazonaws.com`; may carry a base path. */
  endpoint?: string | URL;
  /** Static credentials or an async provider (called once per request). Default: `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`/`AWS_SESSION_TOKEN` env. */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** `fetch` implementation. Default: `globalThis.fetch`, looked up on every request (so msw and other patches apply). */
  fetch?: typeof fetch;
  /** Maximum attempts per operation. Reserved: retries are not implemented, every call makes exactly one attempt. */
  maxAttempts?: number;
  /** Warn once per process for each `@deprecated` operation called. Default `true`. */
  deprecationWarnings?: boolean;
  /** Log sink. Default: `console`. */
  logger?: Logger;
}

/** Per-call options of an operation. */
export interface RequestOptions {
  /** Aborts the HTTP request; the call rejects with the signal's reason / an `AbortError`. */
  abortSignal?: AbortSignal;
}

/** What a generated client hands to {@link Client}: its service schema and error classes. */
export interface ClientBinding {
  readonly service: ServiceSchema;
  /** Wire error code → generated error class. */
  readonly errors: Readonly<Record<string, ServiceExceptionClass>>;
  /** The service's base exception (`<Service>ServiceException`), used for unknown codes and unreadable responses. */
  readonly baseException: ServiceExceptionClass;
  /** Protocol codec to use instead of `getProtocol(service.protocol)` (custom protocols, tests). */
  readonly codec?: ProtocolCodec;
}

/**
 * Base class of generated clients. Holds no per-operation code: generated
 * tree-shakable operation functions call {@link Client.send}.
 */
export class Client {
  /** The service schema and error classes this client was generated for. */
  readonly binding: ClientBinding;
  /** The configuration passed to the constructor (not resolved; resolution happens per request). */
  readonly config: Readonly<ClientConfig>;
  private codecCache: ProtocolCodec | undefined;

  /**
   * @param binding the generated service binding
   * @param config user configuration; nothing is resolved yet, so a missing region only fails on `send`
   */
  constructor(binding: ClientBinding, config: ClientConfig = {}) {
    this.binding = binding;
    this.config = { ...config };
  }

  /**
   * Run one operation.
   *
   * @typeParam I the operation's input type
   * @typeParam O the operation's output type
   * @param operation the operation schema
   * @param input the operation input (`undefined` is sent as `{}`)
   * @param options per-call options
   * @returns the parsed output plus `$metadata`
   * @throws {@link ServiceException} (an instance of `binding.baseException`, or of the generated class for a
   *   modeled code) for every non-2xx response and for 2xx responses that cannot be parsed
   * @throws `SerializationError` (from `@anvil/runtime`) when the input cannot be serialised
   * @throws Error when region, endpoint or credentials cannot be resolved
   * @throws whatever `fetch` throws (network errors, aborts), unchanged
   */
  async send<I, O>(operation: OperationSchema, input: I, options?: RequestOptions): Promise<O & MetadataBearer> {
    const { service } = this.binding;
    const config = this.config;
    if (config.deprecationWarnings !== false && operation.deprecated) {
      const logger = config.logger ?? console;
      warnDeprecated(operation, (message) => logger.warn(message));
    }
    const codec = this.codec();
    const fields = (input ?? {}) as Record<string, unknown>;
    const wire = codec.serializeRequest(service, operation, fields);
    const hostPrefix = wire.hostname ?? expandHostPrefix(operation, fields);

    let region: string | undefined;
    const getRegion = (): string => (region ??= resolveRegion(config.region, service));
    const endpoint = resolveEndpoint(config.endpoint, service, getRegion);
    const target = resolveTarget(endpoint, hostPrefix === undefined ? wire : { ...wire, hostname: hostPrefix });

    let headers: HeaderMap = { ...wire.headers, host: target.host };
    if (service.sigv4) {
      const credentials = await resolveCredentials(config.credentials, service.id);
      headers = await signRequest(
        { method: wire.method, target, query: wire.query, headers, ...(wire.body ? { body: wire.body } : {}) },
        { service: service.sigv4.name, region: getRegion(), credentials },
      );
    }
    config.logger?.debug?.(`${operation.id}: ${wire.method} ${target.url}`);

    const fetchFn = config.fetch ?? globalThis.fetch;
    const response = await sendRequest(fetchFn, {
      url: target.url,
      method: wire.method,
      headers,
      ...(wire.body ? { body: wire.body } : {}),
      ...(options?.abortSignal ? { signal: options.abortSignal } : {}),
    });
    const $metadata = responseMetadata(response);

    if (response.status < 200 || response.status > 299) {
      throw errorFromResponse(codec, service, operation, response, $metadata, this.binding);
    }
    let output: Record<string, unknown>;
    try {
      output = codec.parseResponse(service, operation, response);
    } catch (cause) {
      throw malformedResponse(codec, operation, response, $metadata, this.binding, cause);
    }
    return { ...output, $metadata } as O & MetadataBearer;
  }

  private codec(): ProtocolCodec {
    return (this.codecCache ??= this.binding.codec ?? getProtocol(this.binding.service.protocol));
  }
}

/** Narrow an unknown thrown value to a {@link ServiceException} from a client (duck-typed, works across package copies). */
export function isServiceException(error: unknown): error is ServiceException {
  return (
    error instanceof Error &&
    typeof (error as Partial<ServiceException>).$fault === 'string' &&
    typeof (error as Partial<ServiceException>).$metadata === 'object'
  );
}

