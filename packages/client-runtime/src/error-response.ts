/**
 * Turning an error response (or an unreadable response) into a
 * {@link ServiceException} of the right generated class.
 * Smithy "error trait", "httpError trait"; AWS JSON protocols "Operation error serialization".
 * @packageDocumentation
 */
import type { ClientCodec, HttpResponse, OperationSchema, ParsedError, ServiceSchema } from '@anvil/runtime';
import type { Fault, ResponseMetadata, ServiceException, ServiceExceptionClass } from './exception.js';

/** Name of the exception thrown when a 2xx response cannot be parsed (non-JSON body, wrong member types). */
export const MALFORMED_RESPONSE = 'MalformedResponseError';
/**
 * Name of the exception thrown when an error response carries no code the codec can read (e.g. an HTML 502
 * from a proxy); the same `Unknown` the codecs report for a missing code.
 */
export const UNKNOWN_ERROR = 'Unknown';

/** What a client knows to build exceptions: the generated error classes. */
export interface ErrorBinding {
  /** Wire code → generated error class (the operation's, then the client's). */
  readonly errors?: Readonly<Record<string, ServiceExceptionClass>>;
  /** The service's base exception class, used for codes not in {@link errors}. */
  readonly baseException: ServiceExceptionClass;
}

/** `server` for 5xx statuses, `client` otherwise. */
export function faultOf(status: number): Fault {
  return status >= 500 ? 'server' : 'client';
}

/**
 * Build the exception for a non-2xx response.
 *
 * `codec.parseError` yields the code, schema and members; the class is
 * `operationErrors[code]`, else `binding.errors[code]`, else `binding.baseException` with `name = code`.
 * `$fault` is the schema's `@error` value, else derived from the status. `$metadata.requestId` falls back to
 * the request id the error body carries (XML protocols). When
 * the codec cannot read the body at all, the result is a `baseException`
 * named {@link UNKNOWN_ERROR} with the parser error as `cause`.
 *
 * @returns the exception (never throws)
 */
export function errorFromResponse(
  codec: ClientCodec,
  service: ServiceSchema,
  operation: OperationSchema,
  response: HttpResponse,
  metadata: ResponseMetadata,
  binding: ErrorBinding,
  operationErrors?: Readonly<Record<string, ServiceExceptionClass>>,
): ServiceException {
  let parsed: ParsedError;
  try {
    parsed = codec.parseError(service, operation, response);
  } catch (cause) {
    return new binding.baseException({
      name: UNKNOWN_ERROR,
      $fault: faultOf(response.status),
      $metadata: metadata,
      message:
        `HTTP ${response.status} from ${operation.id} with an unreadable ${codec.name} error body` +
        `${describeBody(response)}: ${errorText(cause)}`,
      $response: response,
      cause,
    });
  }
  // XML protocols carry the request id in the error body (`<RequestId>`); a header wins.
  if (parsed.requestId !== undefined && metadata.requestId === undefined) metadata.requestId = parsed.requestId;
  const lookup = (table: Readonly<Record<string, ServiceExceptionClass>> | undefined) =>
    table && Object.hasOwn(table, parsed.code) ? table[parsed.code] : undefined;
  const Ctor = lookup(operationErrors) ?? lookup(binding.errors) ?? binding.baseException;
  return new Ctor({
    name: parsed.code,
    $fault: parsed.schema?.error ?? faultOf(response.status),
    $metadata: metadata,
    message: parsed.message ?? `${parsed.code} (HTTP ${response.status}) from ${operation.id}${describeBody(response)}`,
    members: parsed.members,
    $response: response,
    ...(parsed.schema?.retryable ? { $retryable: parsed.schema.retryable } : {}),
    ...(parsed.queryError ? { $queryError: parsed.queryError } : {}),
  });
}

/**
 * Build the exception for a 2xx response the codec could not parse.
 * @param cause what `codec.parseResponse` threw
 * @returns a `baseException` named {@link MALFORMED_RESPONSE}, `$fault: 'server'`
 */
export function malformedResponse(
  codec: ClientCodec,
  operation: OperationSchema,
  response: HttpResponse,
  metadata: ResponseMetadata,
  binding: ErrorBinding,
  cause: unknown,
): ServiceException {
  return new binding.baseException({
    name: MALFORMED_RESPONSE,
    $fault: 'server',
    $metadata: metadata,
    message:
      `Cannot parse the HTTP ${response.status} ${codec.name} response of ${operation.id}` +
      `${describeBody(response)}: ${errorText(cause)}`,
    $response: response,
    cause,
  });
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function describeBody(response: HttpResponse): string {
  const type = response.headers['content-type'];
  const length = response.body?.byteLength ?? 0;
  return ` (${type ? `content-type ${type}, ` : ''}${length} bytes)`;
}
