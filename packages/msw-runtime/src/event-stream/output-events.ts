/**
 * The body of a mocked event stream response: the protocol's initial message (RPC protocols), then
 * each step — events written with the service protocol's codec, pauses, an exception or error message
 * that ends the stream, or a cut connection — framed as `application/vnd.amazon.eventstream`. The body
 * is produced as the client reads it (a pull-based `ReadableStream`), so 10,000 events take no more
 * memory than one.
 * @packageDocumentation
 */
import {
  deref,
  encodeMessage,
  errorMessage,
  INITIAL_RESPONSE,
  openOutgoing,
  readableFromChunks,
  writeEvent,
  type EventMessage,
  type EventStreamSide,
  type HeaderMap,
  type HttpResponse,
  type UnionSchema,
} from '@anvil/runtime';
import { isErrorAnswer, type ErrorAnswer } from '../error-answer.js';
import { fakeStructure } from '../fake/index.js';
import { controlKind, isControl } from './stream-steps.js';

/** A mocked streaming response: status, headers, and the body as it is produced. */
export interface StreamedResponse {
  readonly status: number;
  readonly headers: HeaderMap;
  readonly stream: ReadableStream<Uint8Array>;
}

/** Options of a mocked event stream. */
export interface EventStreamAnswerOptions {
  /** Pause between two events, ms (`HandlerOptions.eventDelay`). Default: none. */
  readonly eventDelay?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The default events of an event stream: one of each event member of the union in model order (the
 * exception members left out), filled with fake data seeded like every default answer — for Bedrock
 * `ConverseStream`: message start, content block start, delta and stop, message stop, metadata.
 */
export function defaultEvents(union: UnionSchema, seed: string | number): Record<string, unknown>[] {
  const events: Record<string, unknown>[] = [];
  for (const [name, member] of Object.entries(union.members)) {
    const target = deref(member.target);
    if (target.type !== 'structure' || target.error) continue;
    events.push({ [name]: fakeStructure(target, { seed, path: `/${name}` }) });
  }
  return events;
}

/** The union value of a modeled exception given as an `ErrorAnswer` (`errors.ThrottlingException()`). */
function exceptionEvent(union: UnionSchema, answer: ErrorAnswer): Record<string, unknown> {
  for (const [name, member] of Object.entries(union.members)) {
    const target = deref(member.target);
    if (target === answer.schema || (target.id !== undefined && target.id === answer.schema.id)) return { [name]: answer.members };
  }
  throw new TypeError(`${answer.schema.name} is not an exception event of ${union.name} (its members: ${Object.keys(union.members).join(', ')})`);
}

function stepsOf(source: unknown): AsyncIterable<unknown> | Iterable<unknown> {
  const value = typeof source === 'function' ? (source as () => unknown)() : source;
  if (typeof value === 'object' && value !== null && (Symbol.asyncIterator in value || Symbol.iterator in value)) {
    return value as AsyncIterable<unknown> | Iterable<unknown>;
  }
  throw new TypeError(`an event stream override must be an array, an async iterable or a function returning one, got ${typeof value}`);
}

async function* frames(
  side: EventStreamSide,
  union: UnionSchema,
  initial: AsyncIterable<EventMessage>,
  steps: AsyncIterable<unknown> | Iterable<unknown>,
  options: EventStreamAnswerOptions,
): AsyncGenerator<Uint8Array, void, undefined> {
  for await (const message of initial) yield encodeMessage(message);
  let sent = 0;
  for await (const step of steps) {
    if (isControl(step)) {
      const kind = controlKind(step);
      if (kind === 'delay') await sleep((step as { ms: number }).ms);
      else if (kind === 'disconnect') throw new TypeError('connection cut by the mock (eventStream.disconnect())');
      else if (kind === 'error') {
        const { code, message } = step as { code: string; message: string };
        yield encodeMessage(errorMessage(code, message));
        return;
      }
      continue;
    }
    if (sent > 0 && options.eventDelay) await sleep(options.eventDelay);
    const event = isErrorAnswer(step) ? exceptionEvent(union, step) : (step as Record<string, unknown>);
    const message = writeEvent(union, event, side.body);
    yield encodeMessage(message);
    sent++;
    if (message.headers[':message-type']?.value === 'exception') return;
  }
}

/**
 * The streamed response of an operation whose output is an event stream.
 * @param response the codec's response, serialised without the stream member
 * @param source the steps (see `EventStreamOverride`)
 * @throws TypeError when `source` is not a list, an async iterable or a function returning one
 */
export function eventStreamResponse(
  side: EventStreamSide,
  union: UnionSchema,
  response: HttpResponse,
  source: unknown,
  options: EventStreamAnswerOptions = {},
): StreamedResponse {
  const steps = stepsOf(source);
  const { message, messages } = openOutgoing(side, union, response, [], INITIAL_RESPONSE);
  return { status: message.status, headers: message.headers, stream: readableFromChunks(frames(side, union, messages, steps, options)) };
}
