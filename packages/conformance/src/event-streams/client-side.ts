/**
 * Event-stream cases on the client side, through the real `Client` of `@anvil/client-runtime` with
 * `eventStreaming` (what generated event-stream operations bundle):
 * - input events (`type: request`): the client sends `initialRequestParams` and the events' `params`;
 *   the initial HTTP request and every event message it wrote are checked;
 * - output events (`type: response`) and initial responses: the client reads the case's `bytes` (and
 *   `initialResponse`) into exactly the events' `params` and `initialResponseParams`, or fails as the
 *   case expects (`errorId`: the exception's name).
 * @packageDocumentation
 */
import { ALL_BODY_ENCODERS, Client, eventStreaming, ServiceException, type ClientBinding } from '@anvil/client-runtime';
import { deref, getProtocol, streamingMember, type OperationSchema, type ServiceSchema, type StructureSchema, type UnionSchema } from '@anvil/runtime';
import { customizationsFor } from '../client-side.js';
import { placeholderInput } from '../placeholder.js';
import { diffValues, structureParams, toRuntime } from '../values.js';
import { checkHeaders, Failures, headerRecord } from '../wire.js';
import { expectsFailure, type EventStreamTest, type TestEvent } from './cases.js';
import { checkMessages, eventBytes, messagesOf } from './frames.js';

class EventStreamConformanceException extends ServiceException {}

const CREDENTIALS = { accessKeyId: 'AKIDCONFORMANCE', secretAccessKey: 'conformance-secret' };
const SILENT = { warn: () => {} };
type AnyOperation = OperationSchema<Record<string, unknown>, Record<string, unknown>>;

function clientFor(service: ServiceSchema, fetchFn: typeof fetch): Client {
  const codec = getProtocol(service.protocol);
  const customizations = customizationsFor(service);
  const binding: ClientBinding = {
    service,
    errors: {},
    baseException: EventStreamConformanceException,
    codec: { ...codec, ...(codec.clientEvents ? { events: codec.clientEvents } : {}) },
    bodyEncoders: ALL_BODY_ENCODERS,
    streaming: eventStreaming,
    ...(customizations.length ? { customizations } : {}),
  };
  return new Client(binding, { maxAttempts: 1, region: 'us-east-1', endpoint: 'https://example.com', credentials: CREDENTIALS, fetch: fetchFn, deprecationWarnings: false, logger: SILENT });
}

/** The events of one direction as runtime union values (`params` converted by the union's schema). */
export function eventValues(union: UnionSchema, events: readonly TestEvent[], type: TestEvent['type']): Record<string, unknown>[] {
  return events.filter((e) => e.type === type && e.params !== undefined).map((e, i) => toRuntime(union, e.params, `/events/${i}`) as Record<string, unknown>);
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** The case's input: `initialRequestParams` (or placeholders), and the input stream when the operation has one. */
function caseInput(operation: OperationSchema, test: EventStreamTest): Record<string, unknown> {
  const schema = deref(operation.input);
  const input = test.initialRequestParams ? structureParams(schema, test.initialRequestParams) : placeholderInput(schema);
  const stream = streamingMember(schema);
  if (stream?.kind === 'events') input[stream.name] = eventValues(stream.union!, test.events ?? [], 'request');
  return input;
}

/**
 * The client writes the input events (and the initial request) of the case.
 * @returns failure messages (empty when the case passes)
 */
export async function runClientWrite(service: ServiceSchema, operation: OperationSchema, test: EventStreamTest): Promise<string[]> {
  const failures = new Failures();
  let captured: { url: string; method: string; headers: Record<string, string>; body: Uint8Array } | undefined;
  const fetchFn = (async (url: string | URL | Request, init?: RequestInit) => {
    const request = new Request(url, init);
    captured = { url: String(url), method: request.method, headers: headerRecord(request.headers), body: new Uint8Array(await request.arrayBuffer()) };
    return new Response(null, { status: 599 });
  }) as typeof fetch;
  let thrown: unknown;
  try {
    await clientFor(service, fetchFn).send(operation, caseInput(operation, test));
  } catch (error) {
    thrown = error;
  }
  if (!captured) return expectsFailure(test) ? [] : [`the client sent nothing: ${errorText(thrown)}`];
  if (expectsFailure(test)) return [`expected the client to refuse the input, it sent the request`];
  const initial = test.initialRequest;
  if (initial) {
    const path = new URL(captured.url).pathname;
    if (initial.method && captured.method !== initial.method.toUpperCase()) failures.add(`method: expected ${initial.method}, got ${captured.method}`);
    if (initial.uri && path !== initial.uri) failures.add(`uri: expected ${initial.uri}, got ${path}`);
    checkHeaders(failures, captured.headers, initial);
  }
  try {
    checkMessages(failures, await messagesOf(captured.body), (test.events ?? []).filter((e) => e.type === 'request'));
  } catch (error) {
    failures.add(`the request body is no event stream: ${errorText(error)}`);
  }
  return failures.messages;
}

function cannedResponse(test: EventStreamTest): Response {
  const initial = test.initialResponse;
  const headers = { 'content-type': 'application/vnd.amazon.eventstream', ...initial?.headers };
  const body = initial?.body !== undefined ? new TextEncoder().encode(initial.body) : eventBytes(test.events ?? [], 'response');
  return new Response(body as Uint8Array<ArrayBuffer>, { status: initial?.code ?? 200, headers });
}

function checkFailure(error: unknown, test: EventStreamTest, errors: ReadonlyMap<string, StructureSchema>): string[] {
  const errorId = test.expectation?.failure?.errorId;
  if (errorId === undefined) return [];
  const name = errors.get(errorId)?.name ?? errorId.split('#')[1];
  if (!(error instanceof ServiceException)) return [`expected ${name}, got ${errorText(error)}`];
  return error.name === name ? [] : [`expected error ${name}, got ${errorText(error)}`];
}

/**
 * The client reads the case's output events and initial response.
 * @param errors the service's error structures by shape id (for `errorId`)
 * @returns failure messages (empty when the case passes)
 */
export async function runClientRead(service: ServiceSchema, operation: OperationSchema, test: EventStreamTest, errors: ReadonlyMap<string, StructureSchema>): Promise<string[]> {
  const outputSchema = deref(operation.output);
  const stream = streamingMember(outputSchema);
  const input = placeholderInput(deref(operation.input));
  const inputStream = streamingMember(deref(operation.input));
  if (inputStream?.kind === 'events') input[inputStream.name] = [];
  const read: unknown[] = [];
  let output: Record<string, unknown>;
  try {
    output = await clientFor(service, (async () => cannedResponse(test)) as typeof fetch).send(operation as AnyOperation, input);
    if (stream?.kind === 'events') for await (const event of output[stream.name] as AsyncIterable<unknown>) read.push(event);
  } catch (error) {
    if (expectsFailure(test)) return checkFailure(error, test, errors);
    return [`expected success, the client threw ${errorText(error)} after ${read.length} events`];
  }
  if (expectsFailure(test)) return [`expected a failure, the client read ${read.length} events: ${JSON.stringify(read)}`];
  const failures = new Failures();
  const { $metadata: _metadata, ...members } = output;
  if (stream) delete members[stream.name];
  if (test.initialResponseParams) {
    const diff = diffValues(structureParams(outputSchema, test.initialResponseParams), members);
    if (diff) failures.add(`output ${diff}`);
  }
  if (stream?.kind === 'events') {
    const diff = diffValues(eventValues(stream.union!, test.events ?? [], 'response'), read);
    if (diff) failures.add(`events ${diff}`);
  }
  return failures.messages;
}
