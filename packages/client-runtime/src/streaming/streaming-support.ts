/**
 * The hook through which `Client.send` streams request and response bodies: `@streaming` blobs and
 * event streams (Smithy "streaming trait", "Event streams"). Generated operation functions pass an
 * implementation in `OperationBinding.streaming` only when the operation has a streaming member
 * (`blobStreaming`, or `eventStreaming` which also frames events), so other bundles carry none of it.
 * @packageDocumentation
 */
import type { ByteSource, HttpRequest, HttpResponse, OperationSchema, StreamingMember, StructureSchema } from '@anvil/runtime';
import type { ClientBinding } from '../config.js';
import type { ResponseMetadata, ServiceExceptionClass } from '../exception.js';
import type { SigningParams } from '../signing.js';

/** SigV4 signing of an input event stream: the request's parameters and its signature, the seed of the chain. */
export interface StreamSigning extends SigningParams {
  /** Hex signature of the signed HTTP request (from its `Authorization` header). */
  readonly seedSignature: string;
}

/** The streamed body of one call's request. */
export interface StreamingRequest {
  /** The request to sign and send (content type set; no `body`: {@link StreamingRequest.body} makes it). */
  readonly wire: HttpRequest;
  /** `x-amz-content-sha256` to sign with SigV4 (`STREAMING-AWS4-HMAC-SHA256-EVENTS`, `UNSIGNED-PAYLOAD`). */
  readonly payloadHash: string;
  /**
   * The body of the attempt; called once, after signing (a stream can be sent only once, so calls with a
   * streamed input are not retried).
   * @param signing present when the request was signed with SigV4 (events are then signed too)
   */
  body(signing: StreamSigning | undefined): ReadableStream<Uint8Array> | Blob;
}

/** A 2xx response of an operation whose output streams, with its body not yet read. */
export interface StreamingResponse {
  readonly binding: ClientBinding;
  readonly operation: OperationSchema;
  readonly stream: StreamingMember;
  /** Status and headers (no body). */
  readonly response: HttpResponse;
  /** The body as it arrives. */
  readonly body: ByteSource;
  readonly metadata: ResponseMetadata;
  /** The operation's modeled error classes (`OperationBinding.errors`), for exception events. */
  readonly errors?: Readonly<Record<string, ServiceExceptionClass>>;
  /** The call's `abortSignal`: aborting ends the stream. */
  readonly signal?: AbortSignal;
}

/** Streams request and response bodies for `Client.send`. */
export interface StreamingSupport {
  /**
   * The streaming member of an operation's input or output structure (`streamingMember` of `@anvil/runtime`).
   * `Client.send` looks for streaming members only through this, so bundles without streaming support skip the search.
   * @returns the member targeting a `@streaming` blob or union, else `undefined`
   */
  member(structure: StructureSchema): StreamingMember | undefined;
  /**
   * Stream the input's streaming member.
   * @param wire the codec's request (the streaming member left out of its body)
   * @param value the member's value (a `Blob`, `ReadableStream` or async iterable of bytes; an iterable of events)
   * @throws Error when the protocol has no event streams, or `value` cannot be streamed
   */
  request(binding: ClientBinding, operation: OperationSchema, stream: StreamingMember, wire: HttpRequest, value: unknown): StreamingRequest;
  /**
   * The output of a streaming 2xx response: the codec's members plus the streaming member (a
   * `ReadableStream` of bytes, or an async iterable of events).
   * @throws `SerializationError` when an RPC protocol's initial response cannot be read
   */
  response(context: StreamingResponse): Promise<Record<string, unknown>>;
}
