/**
 * The server side of one mocked operation call, on wire messages: parse the
 * request, validate the input, pick the answer (default, override or modeled
 * error) and serialise it with the service's protocol codec.
 * @packageDocumentation
 */
import { deref, MalformedRequestError, SerializationError, type HttpRequest, type HttpResponse, type OperationSchema, type ProtocolCodec, type ResponseContext, type ServiceSchema, type StructureSchema } from '@anvil/runtime';
import { validate, type ValidationIssue } from './validate/index.js';
import { isPlainObject, mergeBySchema, type DeepPartial } from './deep-merge.js';
import type { DefaultOutputs } from './default-outputs.js';
import { isErrorAnswer } from './error-answer.js';
import type { OverrideSource } from './sequence.js';
import { findExample } from './examples/operation-examples.js';
import type { HandlerModel, HandlerResolver, RecordedCall } from './handler-types.js';
import { validationErrorAnswer } from './validation-answer.js';
import { openStreamingInput, streamingOutput, streamsOutput } from './streaming-answer.js';
import { answerResponseChecksums, checkRequestChecksums } from './checksum-answer.js';
import { fillPayloadToLength } from './payload-length.js';
import type { StreamedResponse } from './event-stream/index.js';
import { checkPresignedQuery, isPresigned, withoutPresignParams } from './presigned-request.js';

/** Everything {@link answerRequest} needs about the handler it runs for. */
export interface AnswerContext<I, O> {
  readonly service: ServiceSchema;
  readonly operation: OperationSchema;
  readonly codec: ProtocolCodec;
  /** The override entry for each answered request (sequences advance per call). */
  readonly overrides: OverrideSource<I, O>;
  /** Default outputs (cached fake data, or pages of paginated operations). */
  readonly defaults: DefaultOutputs;
  /** Validate the parsed input (`HandlerOptions.validate`). */
  readonly validate: boolean;
  /** Success status override (`HandlerOptions.status`). */
  readonly status: number | undefined;
  /** Where parsed inputs are recorded (`MockHandler.calls`). */
  readonly calls: RecordedCall<I>[];
  /** The operation's examples and stateful answer (absent: neither). */
  readonly model?: HandlerModel<I>;
  /** Seed of default event streams (`HandlerOptions.seed`, default the operation id). */
  readonly seed?: string | number;
  /** Pause between the events of an output event stream, ms (`HandlerOptions.eventDelay`). */
  readonly eventDelay?: number;
}

/**
 * Answer one request the codec matched.
 *
 * Steps: a presigned request (`X-Amz-Signature` in the query) is checked by `checkPresignedQuery` (400
 * `AuthorizationQueryParametersError` or 403 `AccessDenied`) and its authentication parameters dropped →
 * `codec.parseRequest` (a {@link MalformedRequestError} or
 * {@link SerializationError} becomes the protocol error it names, default 400
 * `SerializationException`) → the parsed input is recorded in `ctx.calls` →
 * input validation (→ `ValidationException`, see `validationErrorAnswer`) →
 * the next override entry (called with `{ input, request, operation }` when it
 * is a function) → `codec.serializeError` for an `ErrorAnswer`, else
 * `codec.serializeResponse` of the override deep-merged over the default output
 * (for `@paginated` operations the requested page; an unknown page token
 * answers the validation error). Streaming operations: an input event stream reaches the override as
 * `input.<member>` (an async iterable of events); an output event stream or streaming blob is answered
 * as a streamed body (`StreamedResponse`).
 *
 * @param ctx the handler's service, operation, codec, override and options
 * @param wire the request as wire message (path relative to the handler's base URL)
 * @param request the intercepted fetch request (an input event stream is read from its body)
 * @param answer the request id and other answer context for the codec
 * @param readable the request handed to override functions and recorded in `calls`, with a readable body
 *   (default `request`; called on first use)
 * @returns the wire response
 * @throws TypeError when the override gives something other than a plain object,
 *   an `ErrorAnswer` or `undefined` (the message names the operation id); whatever the
 *   override function or the codec throw besides the errors above (msw then answers 500 with the error)
 */
export async function answerRequest<I, O>(
  ctx: AnswerContext<I, O>,
  wire: HttpRequest,
  request: Request,
  answer: ResponseContext = {},
  readable: () => Request = () => request,
): Promise<HttpResponse | StreamedResponse> {
  const { service, operation, codec } = ctx;
  if (isPresigned(wire.query)) {
    // a presigned URL (SigV4 query authentication): its shape and expiry are checked, not its signature
    const refusal = checkPresignedQuery(wire.query);
    if (refusal) return codec.serializeError(service, operation, protocolErrorSchema(refusal), { message: refusal.message }, answer);
    wire = withoutPresignParams(wire);
  }
  let input: Record<string, unknown>;
  try {
    const streaming = await openStreamingInput(codec, operation, wire, request);
    input = codec.parseRequest(service, operation, streaming.wire);
    streaming.attach(input);
  } catch (error) {
    const protocolError = asProtocolError(error);
    if (!protocolError) throw error;
    return codec.serializeError(service, operation, protocolErrorSchema(protocolError), { message: protocolError.message }, answer);
  }

  const issues = ctx.validate ? validate(deref(operation.input), input) : [];
  ctx.calls.push(recordedCall(input as I, issues, readable));
  // only operations with aws.protocols#httpChecksum pay for the check (no await on the common path)
  const refusal = operation.httpChecksum ? await checkRequestChecksums(operation, wire) : undefined;
  if (refusal) return codec.serializeError(service, operation, protocolErrorSchema(refusal), { message: refusal.message }, answer);
  if (issues.length > 0) {
    const example = findExample(operation, ctx.model?.examples, input, true);
    if (!example) return validationResponse(ctx, issues, answer);
    if (isErrorAnswer(example.answer)) return codec.serializeError(service, operation, example.answer.schema, example.answer.members, answer);
  }

  const override = ctx.overrides.next();
  const model = override === undefined ? modelAnswer(ctx, input) : undefined;
  const chosen: unknown =
    typeof override === 'function'
      ? await (override as HandlerResolver<I, O>)({ input: input as I, get request() { return readable(); }, operation })
      : override === undefined
        ? model?.answer
        : override;
  if (isErrorAnswer(chosen)) {
    return codec.serializeError(service, operation, chosen.schema, chosen.members, answer);
  }
  if (chosen !== undefined && !isPlainObject(chosen)) {
    throw new TypeError(
      `@anvil/msw-runtime: the override of ${operation.id} gave ${describe(chosen)}; ` +
        'expected a partial output object, an ErrorAnswer from modeledError(...) or undefined',
    );
  }
  // the serialised default is reused, unless the protocol writes the request id into success bodies or checksums depend on the request
  if (chosen === undefined && !streamsOutput(operation) && !BODY_REQUEST_ID.has(codec.name) && !operation.httpChecksum?.requestValidationModeMember) {
    const cached = ctx.defaults.staticResponse((output) => codec.serializeResponse(service, operation, output, answer), codec.name);
    if (cached) return ctx.status === undefined ? cached : { ...cached, status: ctx.status };
  }
  // a stateful answer object is never mutated: the response serialised for it is reused (the default
  // it is merged over is fixed: a non-paginated default, or the unpaged first page)
  const reusable = model?.stateful === true && chosen !== undefined && !streamsOutput(operation) && !BODY_REQUEST_ID.has(codec.name) ? (chosen as object) : undefined;
  const reused = reusable && ctx.defaults.answerResponse(reusable, codec.name);
  if (reused) return ctx.status === undefined ? reused : { ...reused, status: ctx.status };
  const fallback = ctx.defaults.forInput(input, chosen === undefined);
  if (!fallback.ok) return validationResponse(ctx, [{ path: fallback.path, message: fallback.message, kind: 'type' }], answer);
  const output = mergeBySchema(deref(operation.output), fallback.output, chosen as DeepPartial<Record<string, unknown>> | undefined);
  fillPayloadToLength(operation, output, chosen);
  if (operation.httpChecksum) await answerResponseChecksums(operation, input, output, chosen);
  const streamed = streamingOutput(service, operation, codec, output, ctx.seed ?? operation.id, ctx.eventDelay === undefined ? {} : { eventDelay: ctx.eventDelay });
  if (streamed) return ctx.status === undefined ? streamed : { ...streamed, status: ctx.status };
  const response = codec.serializeResponse(service, operation, output, answer);
  if (reusable) ctx.defaults.keepAnswerResponse(reusable, codec.name, response);
  return ctx.status === undefined ? response : { ...response, status: ctx.status };
}

/** A recorded call whose `request` is made on first use (see `readMatchedBody`). */
function recordedCall<I>(input: I, issues: readonly ValidationIssue[], readable: () => Request): RecordedCall<I> {
  return {
    input,
    get request() {
      return readable();
    },
    issues,
  };
}

/** Protocols whose success bodies carry the request id (awsQuery `<ResponseMetadata>`, ec2Query `<requestId>`). */
const BODY_REQUEST_ID: ReadonlySet<string> = new Set(['awsQuery', 'ec2Query']);

/** No override: a matching example's answer, else the stateful answer (`stateful: true`), else `undefined` (the default). */
function modelAnswer<I, O>(ctx: AnswerContext<I, O>, input: Record<string, unknown>): { readonly answer: unknown; readonly stateful: boolean } {
  const example = findExample(ctx.operation, ctx.model?.examples, input, false);
  if (example?.answer !== undefined) return { answer: example.answer, stateful: false };
  return { answer: ctx.model?.stateful?.(input as I), stateful: ctx.model?.stateful !== undefined };
}

function validationResponse<I, O>(ctx: AnswerContext<I, O>, issues: readonly ValidationIssue[], context: ResponseContext): HttpResponse {
  const answer = validationErrorAnswer(ctx.operation, issues);
  return ctx.codec.serializeError(ctx.service, ctx.operation, answer.schema, answer.members, context);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return `a ${value.constructor?.name ?? 'non-plain'} object`;
  return `a ${typeof value}`;
}

interface ProtocolErrorInfo {
  readonly message: string;
  readonly status: number;
  readonly code: string;
}

function asProtocolError(error: unknown): ProtocolErrorInfo | undefined {
  if (error instanceof MalformedRequestError) return error;
  if (error instanceof SerializationError) {
    return { message: error.message, status: 400, code: 'SerializationException' };
  }
  return undefined;
}

/** An ad-hoc error schema for a protocol-level error (no model shape): `{ message }` with the given code and status. */
function protocolErrorSchema(error: ProtocolErrorInfo): StructureSchema {
  return {
    type: 'structure',
    name: error.code,
    error: error.status >= 500 ? 'server' : 'client',
    httpError: error.status,
    members: { message: { target: { type: 'string' } } },
  };
}
