/**
 * The protocol codec contract: one implementation per Smithy protocol, used in
 * both directions. The client serialises requests and parses responses; the
 * mock parses requests and serialises responses and errors. Same schemas, same
 * code, so a client and a mock built from one model always agree on the wire.
 *
 * Messages are plain data (no streams, no fetch objects) so codecs are
 * synchronous and testable against the Smithy protocol compliance tests.
 * Adapters to/from fetch `Request`/`Response` live in `../http/fetch.ts`.
 * @packageDocumentation
 */
import type { HttpRequest, HttpResponse } from '../http/messages.js';
import { withFeatures, type BodyCodec } from '../codecs/body-codec.js';
import type { OperationSchema, ProtocolName, ServiceSchema, StructureSchema } from '../schema/index.js';

/** A response error as the client parsed it. */
export interface ParsedError {
  /** The sanitised error code (`ResourceNotFoundException`), or `Unknown` / the HTTP status text when none was sent. */
  code: string;
  /** The modeled error schema the code resolved to, when the operation or service declares it. */
  schema?: StructureSchema;
  /** Member values parsed from headers and body (`{}` when unknown). */
  members: Record<string, unknown>;
  /** The error message (`message` / `Message` / `errorMessage` member), when present. */
  message?: string;
  /**
   * `@awsQueryCompatible` services: the awsQuery error code and fault type (`Sender` / `Receiver`) from the
   * `x-amzn-query-error: <code>;<type>` response header, when sent. `code` still resolves the schema.
   */
  queryError?: { code: string; type: string };
  /**
   * The request id the error body carries (awsQuery / restXml `<RequestId>`, ec2Query `<RequestID>`), when any;
   * clients use it for `$metadata.requestId` when no request-id header was sent.
   */
  requestId?: string;
}

/** Mock: what the answer is about besides its values, for protocols that put it in the body. */
export interface ResponseContext {
  /**
   * The request id the mock answers with (it also sends it as a header). awsQuery writes it as
   * `<ResponseMetadata><RequestId>`, ec2Query as `<requestId>`, XML errors as `<RequestId>` / `<RequestID>`.
   */
  readonly requestId?: string;
}

/** Options for serialising a request on the client side. */
export interface SerializeRequestOptions {
  /** Fills `@idempotencyToken` members the caller left unset. Defaults to `crypto.randomUUID()`. */
  idempotencyToken?: () => string;
}

/**
 * A protocol codec. Every method is pure and synchronous; errors are thrown as
 * {@link SerializationError} (client side, bad input/response) or
 * {@link MalformedRequestError} (server side, a request the service must reject).
 */
export interface ProtocolCodec {
  readonly name: ProtocolName;

  /** Client: turn a typed input into the request to send (Smithy "HTTP binding traits", protocol body rules). */
  serializeRequest(
    service: ServiceSchema,
    operation: OperationSchema,
    input: Record<string, unknown>,
    options?: SerializeRequestOptions,
  ): HttpRequest;
  /** Client: turn a success response (2xx) into the typed output. */
  parseResponse(service: ServiceSchema, operation: OperationSchema, response: HttpResponse): Record<string, unknown>;
  /** Client: turn an error response (non-2xx) into a code, the matching modeled error schema and its members. */
  parseError(service: ServiceSchema, operation: OperationSchema, response: HttpResponse): ParsedError;

  /** Mock: does this request address this operation (method + URI pattern, or `X-Amz-Target`)? */
  matchRequest(service: ServiceSchema, operation: OperationSchema, request: HttpRequest): boolean;
  /** Mock: parse a request that {@link matchRequest} accepted into the typed input. Throws {@link MalformedRequestError}. */
  parseRequest(service: ServiceSchema, operation: OperationSchema, request: HttpRequest): Record<string, unknown>;
  /** Mock: serialise a typed output into the success response. */
  serializeResponse(service: ServiceSchema, operation: OperationSchema, output: Record<string, unknown>, context?: ResponseContext): HttpResponse;
  /** Mock: serialise a modeled error (its schema and member values) into the error response. */
  serializeError(
    service: ServiceSchema,
    operation: OperationSchema,
    error: StructureSchema,
    members: Record<string, unknown>,
    context?: ResponseContext,
  ): HttpResponse;
  /** Client-side event streams ({@link ClientCodec.events}). */
  readonly clientEvents?: EventStreamSide;
  /** Mock-side event streams ({@link ServerCodec.events}). */
  readonly serverEvents?: EventStreamSide;
}

/**
 * How one side of a protocol frames event streams (Smithy "Event streams"): its codec serialises the
 * initial request or response with the event stream member left out (REST protocols bind it to the
 * body; RPC protocols leave it out of the document), and this says how the events travel.
 */
export interface EventStreamSide {
  /** Writes this side's event payloads and reads the other side's (the protocol's body codec of this side). */
  readonly body: BodyCodec;
  /**
   * RPC protocols (awsJson, rpcv2Cbor): the members beside the stream travel as the first message,
   * `:event-type: initial-request` / `initial-response`, whose body is the document the codec wrote.
   */
  readonly initialMessages: boolean;
}

/**
 * The event-stream side of a client codec for one operation: event payloads are written and read with the
 * operation's codec features (`OperationSchema.features`), like its request and response.
 */
export function eventSideFor(side: EventStreamSide, operation: OperationSchema): EventStreamSide {
  return operation.features ? { ...side, body: withFeatures(side.body, operation.features) } : side;
}

/** The client half of a codec: what a generated client needs (so bundles leave the mock half out). */
export type ClientCodec = Pick<ProtocolCodec, 'name' | 'serializeRequest' | 'parseResponse' | 'parseError'> & {
  /** Event streams on the client side (absent: the protocol has no event streams in this runtime). */
  readonly events?: EventStreamSide;
};

/** The mock (server) half of a codec. */
export type ServerCodec = Pick<ProtocolCodec, 'name' | 'matchRequest' | 'parseRequest' | 'serializeResponse' | 'serializeError'> & {
  /** Event streams on the mock side (absent: the protocol has no event streams in this runtime). */
  readonly events?: EventStreamSide;
};

/**
 * Join a client half and a server half into one codec.
 * @throws Error when the halves belong to different protocols
 */
export function joinCodec(client: ClientCodec, server: ServerCodec): ProtocolCodec {
  if (client.name !== server.name) throw new Error(`codec halves disagree: ${client.name} vs ${server.name}`);
  return {
    name: client.name,
    serializeRequest: client.serializeRequest,
    parseResponse: client.parseResponse,
    parseError: client.parseError,
    matchRequest: server.matchRequest,
    parseRequest: server.parseRequest,
    serializeResponse: server.serializeResponse,
    serializeError: server.serializeError,
    ...(client.events ? { clientEvents: client.events } : {}),
    ...(server.events ? { serverEvents: server.events } : {}),
  };
}

/**
 * A request the service must reject before validation (Smithy "malformed
 * request" tests): the mock answers with `status` and the protocol's
 * `SerializationException`-style error.
 */
export class MalformedRequestError extends Error {
  override readonly name = 'MalformedRequestError';
  /**
   * @param message what is malformed
   * @param status HTTP status to answer with (400, 415 for a bad content type, 406 for a bad accept)
   * @param code error code to send (`SerializationException`, `UnsupportedMediaTypeException`, ...)
   */
  constructor(
    message: string,
    readonly status = 400,
    readonly code = 'SerializationException',
  ) {
    super(message);
  }
}
