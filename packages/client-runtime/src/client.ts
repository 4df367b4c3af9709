/**
 * `Client`: the base class of generated clients. `send` runs one operation:
 * service customisations' input hooks → serialise once (protocol codec) → body
 * encodings (`@requestCompression`, `@httpChecksumRequired`, `aws.protocols#httpChecksum`) → service
 * customisations' request hooks → resolve endpoint and auth → for each
 * attempt: hooks, sign, `fetch` with timeout → parse the output, or retry, or
 * throw a typed {@link ServiceException}. `prepare` (everything before the first attempt) is shared with `presign`.
 * @packageDocumentation
 */
import { expandHostPrefix, getOwn } from '@anvil/runtime';
import type { HttpRequest, OperationSchema } from '@anvil/runtime';
import { deref } from '@anvil/runtime';
import type { StreamingRequest, StreamingSupport } from './streaming/streaming-support.js';
import { resolveAuth, type IdentitySources } from './auth.js';
import type { ClientBinding, ClientConfig, OperationBinding, RequestOptions } from './config.js';
import { credentialsSource } from './credentials.js';
import { resolveRegion } from './endpoint.js';
import { signingRegionOf, type EndpointBuiltIns, type EndpointContext, type ResolvedEndpoint } from './endpoint-rules.js';
import { errorFromResponse, malformedResponse } from './error-response.js';
import { errorMembers, errorSchema, logged } from './debug-log.js';
import type { MetadataBearer, ServiceException } from './exception.js';
import { runAttempt, type AttemptContext } from './attempt.js';
import { encodeRequestBody, type BodyEncodingSettings } from './request-body.js';
import { checkChoice, checkInteger } from './option-checks.js';
import { fetchHandler, type RequestHandler } from './transport.js';
import { RetryStrategy, classifyFailure, retryAfterMs, sleep } from './retry.js';

/**
 * Base class of generated clients. Holds no per-operation code: generated
 * tree-shakable operation functions call {@link Client.send}.
 */
export class Client {
  /** The service schema, codec and error classes this client was generated for. */
  readonly binding: ClientBinding;
  /** The configuration passed to the constructor. */
  readonly config: Readonly<ClientConfig>;
  private readonly identities: IdentitySources;
  private readonly retry: RetryStrategy;
  private readonly encoding: BodyEncodingSettings;
  private readonly transport: RequestHandler;
  /** Resolved endpoints of operations without endpoint parameters, by region and account id. */
  private readonly endpoints = new Map<string, URL | ResolvedEndpoint>();

  /**
   * @param binding the generated service binding
   * @param config user configuration; region and credentials are resolved per call, so a missing region only fails on `send`
   * @throws RangeError when `maxAttempts` is not an integer ≥ 1 or `accountIdEndpointMode` is not `preferred` /
   *   `required` / `disabled`; and, for clients whose binding has the body encoder that reads them,
   *   when `requestMinCompressionSizeBytes` is not an integer from 0 to 10485760 (`requestCompression`) or
   *   `requestChecksumCalculation` / `responseChecksumValidation` is not `WHEN_SUPPORTED` / `WHEN_REQUIRED` (`flexibleChecksums`)
   */
  constructor(binding: ClientBinding, config: ClientConfig = {}) {
    this.binding = binding;
    this.config = { ...config };
    const id = binding.service.id;
    this.retry = new RetryStrategy(checkInteger(config.maxAttempts ?? 3, 'maxAttempts', id, 1), config.retryOptions);
    // each body encoder resolves and checks the options it reads: clients without encoders check none
    let encoding: BodyEncodingSettings = {};
    for (const encoder of binding.bodyEncoders ?? []) if (encoder.configure) encoding = { ...encoding, ...encoder.configure(config, id) };
    this.encoding = encoding;
    checkChoice(config.accountIdEndpointMode, ['preferred', 'required', 'disabled'], 'accountIdEndpointMode', id);
    this.transport = config.requestHandler ?? fetchHandler(config.fetch);
    this.identities = {
      credentials: credentialsSource(config.credentials, binding.service.id),
      ...(binding.authSchemes ? { others: binding.authSchemes.map((s) => [s, s.source(config)] as const) } : {}),
    };
  }

  /**
   * Run one operation.
   *
   * @typeParam I the operation's input type
   * @typeParam O the operation's output type
   * @param operation the operation schema (its `I`/`O` type parameters give the input and output types)
   * @param input the operation input (`undefined` is sent as `{}`)
   * @param options per-call options (abort signal, timeout, hooks)
   * @param call what the generated operation function adds: its error classes (without them an error code
   *   arrives as the base exception with `name` = code), the JMESPath evaluator when its endpoint parameters need it,
   *   its streaming support, and for a `@deprecated` operation the deprecation warning (without it, no warning)
   * @returns the parsed output plus `$metadata` (`attempts`, `totalRetryDelay` in ms)
   * @throws {@link ServiceException} (the generated class for a modeled code, else `binding.baseException`) for
   *   non-2xx responses, unparsable 2xx responses (`MalformedResponseError`), network failures (`NetworkError`)
   *   and timeouts (`TimeoutError`), after retries; `$metadata` says how many attempts were made
   * @throws `SerializationError` (from `@anvil/runtime`) when the input cannot be serialised
   * @throws Error when region, endpoint or identity cannot be resolved
   * @throws the abort signal's reason when the call is aborted
   */
  async send<I, O>(operation: OperationSchema<I, O>, input: NoInfer<I>, options: RequestOptions = {}, call: OperationBinding = {}): Promise<O & MetadataBearer> {
    const { service, codec } = this.binding;
    const config = this.config;
    if (call.warnDeprecated && config.deprecationWarnings !== false) {
      const logger = config.logger ?? console;
      call.warnDeprecated(operation, (message) => logger.warn(message));
    }
    const ctx = await this.prepare(operation, input, options, call);
    const streamed = ctx.streamBody;
    const outputStream = ctx.streamResponse ? this.streaming(call)?.member(deref(operation.output)) : undefined;
    const debug = config.logger?.debug?.bind(config.logger);
    let totalRetryDelay = 0;
    for (let attempt = 1; ; attempt++) {
      const outcome = await runAttempt(ctx, attempt);
      let error: ServiceException;
      let retryAfter: number | undefined;
      if (outcome.response) {
        const { response, metadata } = outcome;
        metadata.attempts = attempt;
        metadata.totalRetryDelay = totalRetryDelay;
        if (response.status >= 200 && response.status <= 299) {
          let output: Record<string, unknown>;
          try {
            output = outputStream
              ? await this.streaming(call)!.response({
                  binding: this.binding,
                  operation,
                  stream: outputStream,
                  response,
                  body: outcome.stream ?? response.body ?? new Uint8Array(0),
                  metadata,
                  ...(call.errors ? { errors: call.errors } : {}),
                  ...(options.abortSignal ? { signal: options.abortSignal } : {}),
                })
              : codec.parseResponse(service, operation, response);
          } catch (cause) {
            throw malformedResponse(codec, operation, response, metadata, this.binding, cause);
          }
          this.retry.success();
          debug?.(`${operation.id} response`, { output: logged(this.binding, deref(operation.output), output), $metadata: metadata });
          // the codec's output is a fresh object: $metadata (never a member name: Smithy names cannot start with $)
          // is added to it rather than the output copied into another
          output.$metadata = metadata;
          return output as O & MetadataBearer;
        }
        error = errorFromResponse(codec, service, operation, response, metadata, this.binding, call.errors);
        retryAfter = retryAfterMs(response.headers);
      } else {
        error = outcome.error;
        error.$metadata.attempts = attempt;
        error.$metadata.totalRetryDelay = totalRetryDelay;
      }
      const kind = classifyFailure({
        code: error.name,
        ...(error.$metadata.httpStatusCode === undefined ? {} : { status: error.$metadata.httpStatusCode }),
        ...(error.$retryable ? { retryable: error.$retryable } : {}),
      });
      // a streamed input cannot be sent twice
      const delay = streamed ? undefined : this.retry.acquire(attempt, kind, retryAfter, error.name === 'TimeoutError');
      if (delay === undefined) {
        debug?.(`${operation.id} failed`, { name: error.name, members: logged(this.binding, errorSchema(operation, error), errorMembers(error)), $metadata: error.$metadata });
        throw error;
      }
      debug?.(`${operation.id} retry`, { attempt, name: error.name, delayMs: delay });
      await sleep(delay, options.abortSignal);
      totalRetryDelay += delay;
    }
  }

  /**
   * Everything before the first attempt: input hooks, serialisation, body encodings, request hooks, the
   * streamed body, identity, endpoint and signing region (what `send` and `presign` share).
   * @internal
   */
  async prepare(operation: OperationSchema, input: unknown, options: RequestOptions = {}, call: OperationBinding = {}): Promise<AttemptContext> {
    const { service, codec } = this.binding;
    const config = this.config;
    const customizations = this.binding.customizations ?? [];
    let fields = (input ?? {}) as Record<string, unknown>;
    for (const c of customizations) if (c.prepareInput) fields = c.prepareInput(operation, fields, service) as Record<string, unknown>;
    const serialized = codec.serializeRequest(service, operation, fields, config.idempotencyToken ? { idempotencyToken: config.idempotencyToken } : undefined);
    const hostPrefix = serialized.hostname ?? expandHostPrefix(operation, fields);
    const located: HttpRequest = hostPrefix === undefined ? serialized : { ...serialized, hostname: hostPrefix };
    // Streaming members (Smithy "streaming trait", "Event streams"): the body is streamed, never buffered. Looked for
    // only with streaming support, which generated operation functions pass exactly when the operation streams.
    const streaming = this.streaming(call);
    const inputStream = streaming?.member(deref(operation.input));
    const outputStream = streaming?.member(deref(operation.output));
    const streamValue = inputStream ? getOwn(fields, inputStream.name) : undefined;
    const streamsBody = inputStream !== undefined && (inputStream.kind === 'events' || (typeof streamValue === 'object' && streamValue !== null && !(streamValue instanceof Uint8Array)));
    // Once per call: retries resend the same bytes (and the same Content-MD5 and checksums).
    const settings = streamsBody ? { ...this.encoding, streamedBody: true } : this.encoding;
    let wire = this.binding.bodyEncoders?.length ? await encodeRequestBody(operation, located, settings, this.binding.bodyEncoders) : located;
    let endpointOverride: URL | undefined;
    for (const c of customizations) {
      if (!c.finalizeRequest) continue;
      const customized = await c.finalizeRequest({ service, operation, input: fields, endpointRules: this.binding.endpointResolver !== undefined }, wire);
      wire = customized.wire;
      endpointOverride = customized.endpoint ?? endpointOverride;
    }
    let streamed: StreamingRequest | undefined;
    if (inputStream && streamsBody) {
      streamed = streaming!.request(this.binding, operation, inputStream, wire, streamValue);
      wire = streamed.wire;
    }
    config.logger?.debug?.(`${operation.id} request`, { input: logged(this.binding, deref(operation.input), fields) });

    let region: string | undefined;
    const getRegion = (): string => (region ??= resolveRegion(config.region, service));
    // identity first: account-based endpoints read the credentials' account id
    const auth = await resolveAuth(service, operation, this.identities);
    const endpoint = endpointOverride ?? this.endpoint(getRegion, operation, fields, 'credentials' in auth ? auth.credentials.accountId : undefined, call.search);
    const signingRegion = signingRegionOf(endpoint) ?? (auth.scheme?.type === 'sigv4' ? getRegion() : undefined);
    return {
      operation,
      wire,
      endpoint,
      auth,
      ...(signingRegion ? { signingRegion } : {}),
      send: this.transport,
      middleware: [...(config.middleware ?? []), ...(options.middleware ?? [])],
      ...(options.abortSignal ? { signal: options.abortSignal } : {}),
      timeout: options.requestTimeout ?? config.requestTimeout,
      binding: this.binding,
      ...(streamed ? { streamBody: streamed } : {}),
      ...(outputStream ? { streamResponse: true } : {}),
    };
  }

  private streaming(call: OperationBinding): StreamingSupport | undefined {
    return call.streaming ?? this.binding.streaming;
  }

  private endpoint(
    getRegion: () => string,
    operation: OperationSchema,
    input: Record<string, unknown>,
    accountId: string | undefined,
    search: OperationBinding['search'],
  ): URL | ResolvedEndpoint {
    const { config } = this;
    // Operations that bind no endpoint parameters resolve alike for the same region and account: memoised.
    const memoKey = operation.endpointParams ? undefined : `${config.region ?? tryRegion(getRegion) ?? ''}\n${accountId ?? ''}`;
    const memo = memoKey === undefined ? undefined : this.endpoints.get(memoKey);
    if (memo) return memo;
    const resolved = this.resolveEndpointOf(getRegion, operation, input, accountId, search);
    if (memoKey !== undefined) {
      if (this.endpoints.size >= 16) this.endpoints.clear();
      this.endpoints.set(memoKey, resolved);
    }
    return resolved;
  }

  private resolveEndpointOf(
    getRegion: () => string,
    operation: OperationSchema,
    input: Record<string, unknown>,
    accountId: string | undefined,
    search: OperationBinding['search'],
  ): URL | ResolvedEndpoint {
    const { config, binding } = this;
    if (binding.endpointResolver) {
      const region = config.region ?? (config.endpoint === undefined ? getRegion() : tryRegion(getRegion));
      // assigned one by one, not spread: this runs per call for operations that bind endpoint parameters
      const builtIns: { -readonly [K in keyof EndpointBuiltIns]: EndpointBuiltIns[K] } = {
        'AWS::UseFIPS': config.useFipsEndpoint === true,
        'AWS::UseDualStack': config.useDualstackEndpoint === true,
        'AWS::Auth::AccountIdEndpointMode': config.accountIdEndpointMode ?? 'preferred',
      };
      if (region !== undefined) builtIns['AWS::Region'] = region;
      if (config.endpoint !== undefined) builtIns['SDK::Endpoint'] = String(config.endpoint);
      if (config.forcePathStyle !== undefined) builtIns['AWS::S3::ForcePathStyle'] = config.forcePathStyle;
      if (config.useAccelerateEndpoint !== undefined) builtIns['AWS::S3::Accelerate'] = config.useAccelerateEndpoint;
      if (accountId !== undefined) builtIns['AWS::Auth::AccountId'] = accountId;
      const context: { -readonly [K in keyof EndpointContext]: EndpointContext[K] } = { operation, input };
      if (config.clientContextParams) context.clientContextParams = config.clientContextParams;
      if (search) context.search = search;
      return binding.endpointResolver(builtIns, context);
    }
    if (binding.defaultEndpoint) {
      return binding.defaultEndpoint(config.endpoint, binding.service, getRegion, {
        fips: config.useFipsEndpoint === true,
        dualstack: config.useDualstackEndpoint === true,
      });
    }
    // a hand-written binding with neither: only a configured endpoint
    if (config.endpoint === undefined) {
      throw new Error(`No endpoint for ${binding.service.id}: pass \`endpoint\` in the client config (the client binding has no endpointResolver or defaultEndpoint)`);
    }
    return new URL(String(config.endpoint));
  }
}

function tryRegion(getRegion: () => string): string | undefined {
  try {
    return getRegion();
  } catch {
    return undefined;
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
