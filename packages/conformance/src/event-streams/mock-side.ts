/**
 * Event-stream cases on the mock side, through the real mock path (`createHandler` of
 * `@anvil/msw-runtime` per operation, dispatched like every mock case; see `../dispatch.ts`):
 * - input events (`type: request`): the handler reads the case's `bytes` as the input stream into
 *   exactly the events' `params` (and `initialRequestParams`), or fails as the case expects;
 * - output events (`type: response`) and initial responses: the handler answers with the events'
 *   `params` (and `initialResponseParams`); every event message it wrote and the initial response are checked.
 * @packageDocumentation
 */
import { EventStreamError } from '@anvil/msw-runtime';
import { deref, fromHttpRequest, getProtocol, streamingMember, type OperationSchema, type StructureSchema } from '@anvil/runtime';
import { dispatch, routingFailure, type MockService } from '../dispatch.js';
import { placeholderInput } from '../placeholder.js';
import { diffValues, structureParams } from '../values.js';
import { checkHeaders, Failures, headerRecord } from '../wire.js';
import { expectsFailure, type EventStreamTest } from './cases.js';
import { eventValues } from './client-side.js';
import { checkMessages, eventBytes, messagesOf } from './frames.js';

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** The request a client would send for `input`, its body replaced by `body` (an event stream). */
function streamRequest(target: MockService, operation: OperationSchema, input: Record<string, unknown>, body: Uint8Array): Request {
  const codec = getProtocol(target.service.protocol);
  const wire = codec.serializeRequest(target.service, operation, input);
  return fromHttpRequest({ ...wire, headers: { ...wire.headers, 'content-type': 'application/vnd.amazon.eventstream' }, body }, 'https://example.com');
}

/**
 * The mock reads the case's input events.
 * @returns failure messages (empty when the case passes)
 */
export async function runMockRead(target: MockService, operation: OperationSchema, test: EventStreamTest, errors: ReadonlyMap<string, StructureSchema>): Promise<string[]> {
  const schema = deref(operation.input);
  const stream = streamingMember(schema);
  const members = structureParams(schema, test.initialRequestParams);
  const read: unknown[] = [];
  let parsed: Record<string, unknown> | undefined;
  let readError: unknown;
  const override = async ({ input }: { input: Record<string, unknown> }) => {
    parsed = input;
    try {
      if (stream?.kind === 'events') for await (const event of input[stream.name] as AsyncIterable<unknown>) read.push(event);
    } catch (error) {
      readError = error;
    }
    return {};
  };
  const request = streamRequest(target, operation, members, eventBytes(test.events ?? [], 'request'));
  const dispatched = await dispatch(target, operation, { override, options: {} }, request);
  const routing = routingFailure(dispatched, operation);
  if (routing) return [routing];
  const status = dispatched.response?.status ?? 0;
  if (expectsFailure(test)) {
    if (!parsed) return status >= 400 ? [] : [`expected the mock to reject the request, it answered ${status}`];
    if (readError === undefined) return [`expected the mock to fail reading the input events, it read ${JSON.stringify(read)}`];
    const errorId = test.expectation?.failure?.errorId;
    if (errorId === undefined) return [];
    const name = errors.get(errorId)?.name ?? errorId.split('#')[1];
    return readError instanceof EventStreamError && readError.code === name ? [] : [`expected error event ${name}, got ${errorText(readError)}`];
  }
  if (!parsed) return [`the mock rejected the request: ${status} ${await dispatched.response?.text()}`];
  if (readError !== undefined) return [`the mock failed reading the input events after ${read.length}: ${errorText(readError)}`];
  const failures = new Failures();
  const { [stream?.name ?? '']: _stream, ...rest } = parsed;
  const diff = diffValues(members, rest);
  if (diff) failures.add(`input ${diff}`);
  if (stream?.kind === 'events') {
    const events = diffValues(eventValues(stream.union!, test.events ?? [], 'request'), read);
    if (events) failures.add(`events ${events}`);
  }
  return failures.messages;
}

/**
 * The mock writes the case's output events and initial response.
 * @returns failure messages (empty when the case passes)
 */
export async function runMockWrite(target: MockService, operation: OperationSchema, test: EventStreamTest): Promise<string[]> {
  const outputSchema = deref(operation.output);
  const stream = streamingMember(outputSchema);
  const answer = structureParams(outputSchema, test.initialResponseParams);
  if (stream?.kind === 'events') answer[stream.name] = eventValues(stream.union!, test.events ?? [], 'response');
  const input = placeholderInput(deref(operation.input));
  const request = streamRequest(target, operation, input, new Uint8Array());
  const dispatched = await dispatch(target, operation, { override: () => answer, options: { validate: false } }, request);
  const routing = routingFailure(dispatched, operation);
  if (routing) return [routing];
  const response = dispatched.response!;
  const body = new Uint8Array(await response.arrayBuffer());
  const failures = new Failures();
  if (expectsFailure(test)) return [`the case expects a failure, which the mock side cannot check`];
  const initial = test.initialResponse;
  if (initial) {
    if (initial.code !== undefined && response.status !== initial.code) failures.add(`status: expected ${initial.code}, got ${response.status}`);
    checkHeaders(failures, headerRecord(response.headers), initial);
  } else if (response.status !== 200) {
    failures.add(`status: expected 200, got ${response.status}: ${new TextDecoder().decode(body)}`);
  }
  try {
    checkMessages(failures, await messagesOf(body), (test.events ?? []).filter((e) => e.type === 'response'));
  } catch (error) {
    failures.add(`the response body is no event stream: ${errorText(error)}`);
  }
  return failures.messages;
}
