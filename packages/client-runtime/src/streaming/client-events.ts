/**
 * The events a client reads from an output event stream, typed by the union: modeled events as
 * `{ [member]: value }`, unknown event types as `{ $unknown: [type, message] }`; a modeled exception
 * event is thrown as the generated error class (`ThrottlingException`), an unmodeled error message as
 * the service's base exception named after `:error-code`, an unreadable message as
 * `MalformedResponseError` (Smithy "Event streams": "Modeled errors in event streams").
 * @packageDocumentation
 */
import { SerializationError, type OperationSchema, type ReadEvent } from '@anvil/runtime';
import type { ClientBinding } from '../config.js';
import type { ResponseMetadata, ServiceException, ServiceExceptionClass } from '../exception.js';
import { MALFORMED_RESPONSE } from '../error-response.js';

type ErrorTable = Readonly<Record<string, ServiceExceptionClass>> | undefined;

function exceptionOf(event: Extract<ReadEvent, { kind: 'exception' | 'error' }>, binding: ClientBinding, metadata: ResponseMetadata, errors: ErrorTable): ServiceException {
  if (event.kind === 'error') {
    return new binding.baseException({ name: event.code, $fault: 'server', $metadata: metadata, message: event.errorMessage || event.code });
  }
  const code = event.schema?.name ?? event.name;
  const lookup = (table: ErrorTable) => (table && Object.hasOwn(table, code) ? table[code] : undefined);
  const Ctor = lookup(errors) ?? lookup(binding.errors) ?? binding.baseException;
  return new Ctor({
    name: code,
    $fault: event.schema?.error ?? 'server',
    $metadata: metadata,
    members: event.members,
    ...(event.schema?.retryable ? { $retryable: event.schema.retryable } : {}),
  });
}

/**
 * Typed events of an output stream.
 * @param errors the operation's modeled error classes (`OperationBinding.errors`), looked up before the client's
 * @throws (while iterating) the modeled exception of an exception event, a base exception for an error
 *   message or a malformed stream (`MalformedResponseError`, the parser error as `cause`), or the abort
 *   signal's reason
 */
export async function* clientEvents(
  events: AsyncIterable<ReadEvent>,
  binding: ClientBinding,
  operation: OperationSchema,
  metadata: ResponseMetadata,
  errors?: ErrorTable,
): AsyncGenerator<Record<string, unknown>, void, undefined> {
  try {
    for await (const event of events) {
      if (event.kind === 'event') yield event.value;
      else if (event.kind !== 'initial') throw exceptionOf(event, binding, metadata, errors);
    }
  } catch (error) {
    if (!(error instanceof SerializationError)) throw error;
    throw new binding.baseException({
      name: MALFORMED_RESPONSE,
      $fault: 'server',
      $metadata: metadata,
      message: `Cannot read the event stream of ${operation.id}: ${error.message}`,
      cause: error,
    });
  }
}
