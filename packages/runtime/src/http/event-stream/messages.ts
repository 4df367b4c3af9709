/**
 * Event stream messages as plain data (the `application/vnd.amazon.eventstream` format, Smithy "Event
 * streams", AWS "Event stream encoding"): typed headers and a body. `./framing.ts` turns them into bytes
 * (prelude, headers, payload, CRCs) and back with `@smithy/eventstream-codec`.
 * @packageDocumentation
 */

/** Media type of an event stream body. */
export const EVENT_STREAM_MEDIA_TYPE = 'application/vnd.amazon.eventstream';

/**
 * One typed header value. `long` values are numbers (exact up to 2^53, like every Smithy `long` here);
 * `timestamp` values have millisecond precision.
 */
export type EventHeaderValue =
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'byte'; readonly value: number }
  | { readonly type: 'short'; readonly value: number }
  | { readonly type: 'integer'; readonly value: number }
  | { readonly type: 'long'; readonly value: number }
  | { readonly type: 'binary'; readonly value: Uint8Array }
  | { readonly type: 'string' | 'uuid'; readonly value: string }
  | { readonly type: 'timestamp'; readonly value: Date };

/** Header name → typed value. */
export type EventHeaders = Record<string, EventHeaderValue>;

/** One event stream message: headers and body bytes (empty when the message has none). */
export interface EventMessage {
  readonly headers: EventHeaders;
  readonly body: Uint8Array;
}

/** `:message-type` header (`event`, `exception` or `error`). */
export const MESSAGE_TYPE = ':message-type';
/** `:event-type` header: the union member name of an event, or `initial-request` / `initial-response`. */
export const EVENT_TYPE = ':event-type';
/** `:exception-type` header: the union member name of a modeled exception event. */
export const EXCEPTION_TYPE = ':exception-type';
/** `:content-type` header: media type of the body. */
export const CONTENT_TYPE = ':content-type';
/** `:error-code` header of an unmodeled error message. */
export const ERROR_CODE = ':error-code';
/** `:error-message` header of an unmodeled error message. */
export const ERROR_MESSAGE = ':error-message';

/** `:event-type` of the RPC protocols' first request message, carrying the input members beside the stream. */
export const INITIAL_REQUEST = 'initial-request';
/** `:event-type` of the RPC protocols' first response message, carrying the output members beside the stream. */
export const INITIAL_RESPONSE = 'initial-response';

/** The string value of a header, or `undefined` when absent or of another type. */
export function stringHeader(message: EventMessage, name: string): string | undefined {
  const header = Object.hasOwn(message.headers, name) ? message.headers[name] : undefined;
  return header?.type === 'string' ? header.value : undefined;
}
