/**
 * `ServiceException`: the base class of every error a generated client throws
 * for a service response (modeled errors, unknown error codes, malformed
 * responses). Generated packages derive one service base class and one class
 * per modeled error (Smithy "error trait").
 * @packageDocumentation
 */
import { assignOwn, type HttpResponse } from '@anvil/runtime';

/**
 * What the client knows about the HTTP exchange behind an output or error
 * (same field names as aws-sdk-js-v3's `ResponseMetadata`).
 */
export interface ResponseMetadata {
  /** HTTP status code of the (last) response, e.g. `200`. */
  httpStatusCode?: number;
  /** `x-amzn-requestid` response header (falls back to `x-amz-request-id`). */
  requestId?: string;
  /** `x-amz-id-2` response header. */
  extendedRequestId?: string;
  /** `x-amz-cf-id` response header (CloudFront request id). */
  cfId?: string;
  /** Number of HTTP attempts made (1 + retries). */
  attempts?: number;
  /** Total time spent waiting between retries, in ms. */
  totalRetryDelay?: number;
}

/** Anything that carries {@link ResponseMetadata}: every operation output and every {@link ServiceException}. */
export interface MetadataBearer {
  $metadata: ResponseMetadata;
}

/** Who caused the failure: the caller (`client`, 4xx) or the service (`server`, 5xx). Smithy `@error` values. */
export type Fault = 'client' | 'server';

/** Constructor options of {@link ServiceException} and of every generated subclass. */
export interface ServiceExceptionOptions {
  /**
   * Error name / wire code. Generated modeled-error classes override it with a
   * field initialiser; the service base class keeps it (unknown codes).
   * Default: the class name.
   */
  name?: string;
  /** Human-readable message. Default: `members.message` / `members.Message` when a string, else the name. */
  message?: string;
  /** Who is at fault. Generated modeled errors override it with their `@error` value. Default `client`. */
  $fault?: Fault;
  /** Metadata of the response that carried the error. Default `{}`. */
  $metadata?: ResponseMetadata;
  /**
   * Parsed member values of the error structure (keyed by member name). Each is
   * copied onto the instance as an own property, except reserved names
   * ({@link RESERVED_EXCEPTION_KEYS}), which are read from {@link ServiceException.$members}.
   */
  members?: Readonly<Record<string, unknown>>;
  /** The raw wire response (kept as a non-enumerable property so logs stay short). */
  $response?: HttpResponse;
  /** The underlying cause (e.g. the parser error of a malformed response). */
  cause?: unknown;
  /** The modeled error's `@retryable` trait, when it has one. */
  $retryable?: { readonly throttling?: boolean };
  /** `@awsQueryCompatible` services: the `x-amzn-query-error` code and type of the response, when sent. */
  $queryError?: { readonly code: string; readonly type: string };
}

/**
 * Member names that are never copied onto an exception instance because they
 * would clobber `Error`/`ServiceException` state (`name`, `stack`, `$metadata` …),
 * or the members every object inherits from `Object.prototype` (`constructor`,
 * `toString`, `valueOf`, `hasOwnProperty`, `__proto__` …: an own string there
 * breaks `String(error)`, `instanceof` and the like). Their values are read from
 * {@link ServiceException.$members}. (`message` feeds {@link ServiceException.message}.)
 * Generated error classes declare fields for the other members only.
 */
export const RESERVED_EXCEPTION_KEYS: ReadonlySet<string> = new Set([
  'name',
  'message',
  'stack',
  'cause',
  '$fault',
  '$metadata',
  '$response',
  '$retryable',
  '$queryError',
  '$members',
  'prototype',
  ...Object.getOwnPropertyNames(Object.prototype),
]);

/**
 * Base class of all service errors.
 *
 * Generated code derives from it without constructors; members are declared
 * with `declare` so that ES2022 class fields do not reset the values this
 * constructor copied in:
 * ```ts
 * export class DrsServiceException extends ServiceException {}
 * export class ResourceNotFoundException extends DrsServiceException {
 *   override readonly name = 'ResourceNotFoundException';
 *   override readonly $fault = 'client';
 *   declare readonly resourceId?: string;
 * }
 * ```
 */
export class ServiceException extends Error implements MetadataBearer {
  override name: string;
  /** Who is at fault (`client` for 4xx-style errors, `server` for 5xx-style ones). */
  readonly $fault: Fault;
  /** Metadata of the response that carried this error. */
  readonly $metadata: ResponseMetadata;
  /** The raw wire response, when the error came from one (non-enumerable). */
  declare readonly $response?: HttpResponse;
  /** Smithy `@retryable` of the modeled error (non-enumerable; absent for errors without the trait). */
  declare readonly $retryable?: { readonly throttling?: boolean };
  /**
   * `@awsQueryCompatible` services (awsQuery "awsQueryCompatible trait"): the awsQuery error code (e.g.
   * `AWS.SimpleQueueService.NonExistentQueue`) and type (`Sender` / `Receiver`) from the response's
   * `x-amzn-query-error` header (non-enumerable; absent when the header was not sent). `name` and the class
   * still come from the error shape, so `$queryError?.code ?? name` is the code an awsQuery client reports.
   */
  declare readonly $queryError?: { readonly code: string; readonly type: string };
  /**
   * Every member of the error structure as parsed, keyed by member name, as plain own data
   * (non-enumerable; empty for an error without members). Members whose names are reserved on an
   * error object ({@link RESERVED_EXCEPTION_KEYS}: `name`, `constructor`, `toString` …) are read here;
   * the others are also fields of the instance. Generated error classes narrow it to the error's type.
   */
  declare readonly $members: Readonly<Record<string, unknown>>;

  /**
   * @param options see {@link ServiceExceptionOptions}; every field is optional.
   */
  constructor(options: ServiceExceptionOptions = {}) {
    const members = options.members ?? {};
    const memberMessage = pickMessage(members);
    const name = options.name ?? new.target.name;
    super(
      options.message ?? memberMessage ?? name,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = name;
    this.$fault = options.$fault ?? 'client';
    this.$metadata = options.$metadata ?? {};
    // non-enumerable (logs stay short), read-only, configurable; absent when not given ($members always present)
    const hidden = { $response: options.$response, $retryable: options.$retryable, $queryError: options.$queryError, $members: assignOwn({}, members) };
    for (const [key, value] of Object.entries(hidden)) {
      if (value !== undefined) Object.defineProperty(this, key, { value, configurable: true });
    }
    const self = this as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(members)) {
      if (!RESERVED_EXCEPTION_KEYS.has(key)) self[key] = value;
    }
  }
}

/**
 * Constructor type of {@link ServiceException} and its subclasses, as stored in
 * a generated `errors` map (wire code → class).
 */
export type ServiceExceptionClass = new (options: ServiceExceptionOptions) => ServiceException;

function pickMessage(members: Readonly<Record<string, unknown>>): string | undefined {
  for (const key of ['message', 'Message', 'errorMessage']) {
    const value = members[key];
    if (typeof value === 'string') return value;
  }
  return undefined;
}
