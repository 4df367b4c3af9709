/**
 * Per-request hooks: code that runs before each HTTP attempt is sent and after
 * its response arrives (headers, logging, tracing, metrics).
 * @packageDocumentation
 */
import type { HttpRequest, HttpResponse, OperationSchema } from '@anvil/runtime';

/** What a hook sees before an attempt is sent. */
export interface BeforeSendContext {
  /** The operation being called. */
  readonly operation: OperationSchema;
  /** 1-based attempt number (retries call the hooks again). */
  readonly attempt: number;
  /**
   * The wire request before authentication: set `request.headers[name]` (lower-case names) or push to
   * `request.query` to add to it. Changes are signed (SigV4 covers headers) and apply to this attempt only.
   */
  readonly request: HttpRequest;
}

/** What a hook sees after an attempt's response arrived (also for error statuses). */
export interface AfterReceiveContext extends BeforeSendContext {
  /** The buffered response: status, lower-cased headers, body bytes. */
  readonly response: HttpResponse;
  /** Time from sending to the full body, ms. */
  readonly durationMs: number;
}

/**
 * A pair of optional hooks. Hooks run in array order (client middleware first,
 * then the call's); a hook that throws fails the call with that error (no retry).
 */
export interface Middleware {
  /** Label for logs. */
  readonly name?: string;
  /** Before each attempt, before signing. */
  beforeSend?(context: BeforeSendContext): void | Promise<void>;
  /** After each attempt's response was read, before it is parsed. */
  afterReceive?(context: AfterReceiveContext): void | Promise<void>;
}
