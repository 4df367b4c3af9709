/**
 * The events a mock reads from a request's input event stream, handed to overrides as
 * `input.<member>`: modeled events as `{ [member]: value }`; an exception or error message the client
 * sent is thrown as an {@link EventStreamError}.
 * @packageDocumentation
 */
import type { ReadEvent, StructureSchema } from '@anvil/runtime';

/** A client ended its input event stream with an exception event or an error message. */
export class EventStreamError extends Error {
  override readonly name = 'EventStreamError';
  /**
   * @param code the exception's union member / error structure name, or the `:error-code`
   * @param schema the modeled error structure, when the union models it
   * @param members the exception's member values (`{}` for an error message)
   */
  constructor(
    readonly code: string,
    message: string,
    readonly schema?: StructureSchema,
    readonly members: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * Typed events of an input stream.
 * @throws (while iterating) {@link EventStreamError} for an exception or error message; `SerializationError`
 *   for a malformed message
 */
export async function* inputEvents(events: AsyncIterable<ReadEvent>): AsyncGenerator<Record<string, unknown>, void, undefined> {
  for await (const event of events) {
    if (event.kind === 'event') yield event.value;
    else if (event.kind === 'exception') {
      const text = typeof event.members['message'] === 'string' ? event.members['message'] : event.name;
      throw new EventStreamError(event.schema?.name ?? event.name, text, event.schema, event.members);
    } else if (event.kind === 'error') throw new EventStreamError(event.code, event.errorMessage || event.code);
  }
}
