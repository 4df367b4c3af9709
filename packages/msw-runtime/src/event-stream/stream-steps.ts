/**
 * What a mocked event stream is made of: events (union values), modeled exception events (a union
 * member targeting an `@error` structure, or an `ErrorAnswer` of such an error), and controls — a
 * pause, an unmodeled error message, a cut connection.
 * @packageDocumentation
 */
import type { ErrorAnswer } from '../error-answer.js';

const CONTROL = Symbol.for('@anvil/msw-runtime.EventStreamControl');

/** A step of a mocked event stream that is not an event (build one with {@link eventStream}). */
export type EventStreamControl =
  | { readonly [CONTROL]: 'delay'; readonly ms: number }
  | { readonly [CONTROL]: 'disconnect' }
  | { readonly [CONTROL]: 'error'; readonly code: string; readonly message: string };

/**
 * One step of a mocked event stream: an event (`{ contentBlockDelta: { … } }`), a modeled exception
 * (`{ throttlingException: { message } }` or `errors.ThrottlingException()`; the stream ends after it),
 * or an {@link EventStreamControl}.
 *
 * @typeParam E the event stream union's type
 */
export type EventStep<E> = E | ErrorAnswer | EventStreamControl;

/**
 * How a handler override gives an event stream member: a list of steps (sent in order, every time the
 * handler answers), an async iterable of steps (e.g. an async generator; it can be iterated once, so it
 * answers one request), or a function returning either (called once per request).
 *
 * @typeParam E the event stream union's type
 */
export type EventStreamOverride<E> =
  | readonly EventStep<E>[]
  | AsyncIterable<EventStep<E>>
  | (() => readonly EventStep<E>[] | AsyncIterable<EventStep<E>>);

/**
 * Controls for mocked event streams.
 *
 * @example
 * ```ts
 * converseStreamHandler({
 *   stream: [
 *     { messageStart: { role: 'assistant' } },
 *     eventStream.delay(50),
 *     { contentBlockDelta: { contentBlockIndex: 0, delta: { text: 'Hel' } } },
 *     { throttlingException: { message: 'slow down' } }, // a modeled exception event ends the stream
 *   ],
 * });
 * ```
 */
export const eventStream = {
  /**
   * Wait before the next step.
   * @param ms milliseconds (≥ 0)
   * @throws RangeError for a negative or non-finite `ms`
   */
  delay(ms: number): EventStreamControl {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`eventStream.delay: expected milliseconds >= 0, got ${ms}`);
    return { [CONTROL]: 'delay', ms };
  },
  /** Cut the connection here: the response body fails mid-stream (clients see a network error). */
  disconnect(): EventStreamControl {
    return { [CONTROL]: 'disconnect' };
  },
  /**
   * Send an unmodeled error message (`:message-type: error` with `:error-code` and `:error-message`) and end the stream.
   * @param code the error code, e.g. `InternalFailure`
   */
  error(code: string, message = ''): EventStreamControl {
    return { [CONTROL]: 'error', code, message };
  },
};

/** Is this step a control from {@link eventStream}? */
export function isControl(value: unknown): value is EventStreamControl {
  return typeof value === 'object' && value !== null && CONTROL in value;
}

/** The kind of a control (`delay`, `disconnect`, `error`). */
export function controlKind(control: EventStreamControl): EventStreamControl[typeof CONTROL] {
  return control[CONTROL];
}
