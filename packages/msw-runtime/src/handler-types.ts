/**
 * Public types of the handler factory: what a generated `<op>Handler(override?, options?)` accepts.
 * @packageDocumentation
 */
import type { OperationSchema } from '@anvil/runtime';
import type { ValidationIssue } from './validate/index.js';
import type { HttpHandler } from 'msw';
import type { DeepPartial } from './deep-merge.js';
import type { ErrorAnswer } from './error-answer.js';
import type { OperationExample } from './examples/operation-examples.js';
import type { ServiceRoutes } from './route-precedence.js';

/**
 * What an override function receives for each request the handler answers.
 *
 * @typeParam I the operation's input type
 */
export interface HandlerContext<I> {
  /** The request's input, parsed by the service protocol and validated (unless `validate: false`). */
  readonly input: I;
  /**
   * The intercepted fetch `Request`, with a body you can read (call `request.json()` etc. freely): when the
   * handler read the intercepted request's own body to answer (restJson1, restXml, awsJson, rpcv2), a copy
   * with the same URL, method, headers, signal and body bytes. An input event stream's body is the
   * intercepted one, being read into `input`'s event stream member.
   */
  readonly request: Request;
  /** The operation being answered. */
  readonly operation: OperationSchema;
}

/**
 * One answer: a partial output deep-merged over the generated default output
 * (see `deepMerge`: plain objects merge, arrays/`Date`/`Uint8Array` replace,
 * an explicit `undefined` removes a member), or a modeled error from `modeledError`.
 *
 * @typeParam O the operation's output type
 */
export type HandlerAnswer<O> = DeepPartial<O> | ErrorAnswer;

/**
 * How a handler answers, in place of the generated default output:
 * - a partial output ({@link HandlerAnswer}), the same for every request;
 * - an {@link ErrorAnswer} from `modeledError`, the same for every request;
 * - a function of the request ({@link HandlerContext}) returning either of
 *   those (or a promise of one); returning nothing sends the default output.
 *
 * @typeParam I the operation's input type
 * @typeParam O the operation's output type
 *
 * @example
 * ```ts
 * retryDataReplicationHandler(({ input }) =>
 *   input.sourceServerID === 's-00000000000000000'
 *     ? errors.ResourceNotFoundException({ resourceId: input.sourceServerID })
 *     : { sourceServerID: input.sourceServerID },
 * );
 * ```
 */
export type HandlerOverride<I, O> = HandlerAnswer<O> | HandlerResolver<I, O> | HandlerSequence<I, O>;

/**
 * The sequence form of {@link HandlerOverride}: a list of answers (each a
 * {@link HandlerAnswer} or a {@link HandlerResolver}), the n-th used for the
 * n-th valid request. After the last one, `HandlerOptions.afterSequence`
 * decides: `'repeat-last'` (default) keeps answering with the last entry,
 * `'fall-through'` stops matching so msw hands the request to the next handler
 * (e.g. the default `handlers`). Requests answered with a validation or
 * protocol error do not consume an entry. An empty list acts as `undefined`.
 *
 * @example
 * ```ts
 * // fail once with a throttling error, then succeed
 * retryDataReplicationHandler([retryDataReplicationErrors.ThrottlingException(), {}]);
 * ```
 */
export type HandlerSequence<I, O> = readonly (HandlerAnswer<O> | HandlerResolver<I, O>)[];

/**
 * One request a handler answered, as recorded in {@link MockHandler.calls}.
 *
 * @typeParam I the operation's input type
 */
export interface RecordedCall<I> {
  /** The input parsed from the request by the service protocol (labels, query and headers decoded). */
  readonly input: I;
  /** The intercepted fetch `Request`, with a readable body (the same object as {@link HandlerContext.request}). */
  readonly request: Request;
  /** Validation issues of `input` (empty when valid or when validation is off). */
  readonly issues: readonly ValidationIssue[];
}

/**
 * The msw handler returned by `createHandler` and every generated `<op>Handler()`:
 * an ordinary `HttpHandler` plus `calls`, the parsed inputs of the requests it
 * answered in arrival order (requests it could not parse are not recorded).
 * Clear it with `handler.calls.length = 0`.
 *
 * @typeParam I the operation's input type
 */
export interface MockHandler<I = Record<string, unknown>> extends HttpHandler {
  readonly calls: RecordedCall<I>[];
}

/**
 * The function form of {@link HandlerOverride}: called once per matched,
 * valid request; returns (or resolves to) the answer, or nothing (`undefined`,
 * a body without `return`, `async () => {}`) for the default output. Throwing
 * makes msw answer 500 with the error.
 *
 * @typeParam I the operation's input type
 * @typeParam O the operation's output type
 *
 * @example
 * ```ts
 * // observe the input, answer with the default output
 * retryDataReplicationHandler(({ input }) => { seen.push(input.sourceServerID); });
 * ```
 */
export type HandlerResolver<I, O> = (
  ctx: HandlerContext<I>,
) => HandlerAnswer<O> | undefined | void | Promise<HandlerAnswer<O> | undefined | void>;

/** Options of one handler (all optional). */
export interface HandlerOptions {
  /**
   * Only answer requests under this URL (scheme, host, port and path prefix),
   * e.g. `http://localhost:4566` or `https://api.example.com/drs`. A path prefix is
   * removed before the protocol matches the operation's URI.
   * @default any host
   */
  readonly baseUrl?: string;
  /**
   * Only answer requests to AWS endpoints of this region: hosts ending in
   * `.<region>.amazonaws.com` (or `.amazonaws.com.cn`), e.g. `us-east-1`.
   * @default any host
   */
  readonly region?: string;
  /** Wait this many milliseconds (msw `delay`) before answering. @default no delay */
  readonly delay?: number;
  /**
   * Event stream outputs: pause this many milliseconds between two events (a typing effect for streamed
   * model answers); `eventStream.delay(ms)` steps add pauses of their own. @default no pause
   */
  readonly eventDelay?: number;
  /** HTTP status of a success answer instead of the operation's `@http` code. @default the operation's code (200) */
  readonly status?: number;
  /** Fail the request with a network error (msw `HttpResponse.error()`) instead of answering. @default false */
  readonly networkError?: boolean;
  /** Seed of the generated default output (same seed, same data). @default the operation's shape id */
  readonly seed?: string | number;
  /**
   * The request id every answer carries (the `x-amzn-requestid` header, `x-amz-request-id` for restXml, and the
   * XML protocols' body `<RequestId>` / `<requestId>`), e.g. to assert on `$metadata.requestId`.
   * @default a UUID-shaped id, deterministic per handler, seed and request count
   */
  readonly requestId?: string;
  /**
   * Validate the parsed input against the input schema's constraints and answer
   * with a `ValidationException` when it fails.
   * @default true
   */
  readonly validate?: boolean;
  /** Answer only the first matching request (msw `{ once: true }`). @default false */
  readonly once?: boolean;
  /**
   * What a handler whose override is a sequence (a list) does once every entry
   * was used: `'repeat-last'` answers with the last entry again, `'fall-through'`
   * lets msw pass the request on to the next handler.
   * @default 'repeat-last'
   */
  readonly afterSequence?: 'repeat-last' | 'fall-through';
}

/**
 * Options of a generated `createHandlers(options)`: every {@link HandlerOptions}
 * (applied to each operation's handler) plus which operations to include.
 */
export interface CreateHandlersOptions extends HandlerOptions {
  /** Include handlers of `@deprecated` operations. @default true */
  readonly includeDeprecated?: boolean;
}

/**
 * What the model adds to a handler beyond its schema (set by generated code, not by tests): the
 * operation's examples and, for stateful handlers, the store's answer. When the override gives
 * nothing for a request, a matching example answers first, then `stateful`, then the default output.
 *
 * @typeParam I the operation's input type
 */
export interface HandlerModel<I = Record<string, unknown>> {
  /** The operation's `smithy.api#examples` (node values), matched against each request's input. */
  readonly examples?: readonly OperationExample[];
  /**
   * The stateful answer (from the store) for a valid request; `undefined` means the default output.
   * A partial output it returns is never mutated afterwards (the store replaces item values, it does not
   * change them), so the handler may reuse the response it serialised for the same object.
   */
  readonly stateful?: (input: I) => HandlerAnswer<unknown> | undefined;
  /**
   * The `@http` routes of every operation of the service (generated packages pass their route table): the
   * handler leaves a request that a more specific route also matches to that route's operation. Without
   * it the handler answers every request its own route matches.
   */
  readonly routes?: ServiceRoutes;
}
