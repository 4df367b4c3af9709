/**
 * Streaming members in mocked calls (Smithy "streaming trait", "Event streams"): an input event
 * stream is handed to the override as an async iterable of events (read from the request body as it
 * arrives; RPC protocols' `initial-request` is read first, for the other input members); an output event
 * stream or `@streaming` blob is sent as a streamed body.
 * @packageDocumentation
 */
import {
  byteChunks,
  deref,
  getOwn,
  INITIAL_REQUEST,
  openIncoming,
  setOwn,
  streamingMember,
  type HttpRequest,
  type HttpResponse,
  type OperationSchema,
  type ProtocolCodec,
  type ServiceSchema,
} from '@anvil/runtime';
import { defaultEvents, eventStreamResponse, inputEvents, type EventStreamAnswerOptions, type StreamedResponse } from './event-stream/index.js';

/** The request to parse, and how to put the input stream into the parsed input. */
export interface StreamingInput {
  /** The wire request the codec parses (RPC protocols: the `initial-request` body as its body). */
  readonly wire: HttpRequest;
  /** Set the input's event stream member (no-op without one). */
  attach(input: Record<string, unknown>): void;
}

/**
 * Open the input event stream of a request, if the operation has one.
 * @throws SerializationError when an RPC stream's first message is malformed
 */
export async function openStreamingInput(codec: ProtocolCodec, operation: OperationSchema, wire: HttpRequest, request: Request): Promise<StreamingInput> {
  const stream = streamingMember(deref(operation.input));
  if (stream?.kind !== 'events' || !codec.serverEvents) return { wire, attach: () => undefined };
  const body = request.body ?? new Uint8Array(0);
  const incoming = await openIncoming(codec.serverEvents, stream.union!, byteChunks(body), INITIAL_REQUEST);
  const events = inputEvents(incoming.events);
  return {
    wire: incoming.initial ? { ...wire, body: incoming.initial } : wire,
    attach: (input) => setOwn(input, stream.name, events),
  };
}

/** Does the operation's output stream (an event stream, or a `@streaming` blob)? Such answers are never cached. */
export function streamsOutput(operation: OperationSchema): boolean {
  return streamingMember(deref(operation.output)) !== undefined;
}

/**
 * Serialise an output whose operation streams: the event stream member (the override's steps, else
 * {@link defaultEvents}) or a `ReadableStream` / `Blob` streaming blob becomes the streamed body.
 * @returns `undefined` when the output does not stream (serialise it as usual)
 */
export function streamingOutput(
  service: ServiceSchema,
  operation: OperationSchema,
  codec: ProtocolCodec,
  output: Record<string, unknown>,
  seed: string | number,
  options: EventStreamAnswerOptions,
): StreamedResponse | undefined {
  const stream = streamingMember(deref(operation.output));
  if (!stream) return undefined;
  const value = getOwn(output, stream.name);
  if (stream.kind === 'blob') {
    const body = blobStream(value);
    if (!body) return undefined;
    const response = codec.serializeResponse(service, operation, output);
    return { status: response.status, headers: response.headers, stream: body };
  }
  if (!codec.serverEvents) throw new Error(`${operation.id}: the ${codec.name} codec has no event streams`);
  const { [stream.name]: _events, ...rest } = output;
  const response: HttpResponse = codec.serializeResponse(service, operation, rest);
  return eventStreamResponse(codec.serverEvents, stream.union!, response, value ?? defaultEvents(stream.union!, seed), options);
}

function blobStream(value: unknown): ReadableStream<Uint8Array> | undefined {
  if (typeof Blob !== 'undefined' && value instanceof Blob) return value.stream();
  if (typeof (value as ReadableStream | undefined)?.getReader === 'function') return value as ReadableStream<Uint8Array>;
  return undefined;
}
