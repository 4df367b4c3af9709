/**
 * HTTP messages as they travel on the wire: the plain data every codec and binding reads and writes
 * (no streams, no fetch objects), so codecs stay synchronous and testable against the Smithy protocol
 * compliance tests. Adapters to/from fetch `Request`/`Response` live in `./fetch.ts`.
 * @packageDocumentation
 */

/** A header map: lower-cased names; repeated headers joined with `", "`. */
export type HeaderMap = Record<string, string>;

/** An HTTP request as it travels on the wire. */
export interface HttpRequest {
  /** Upper-case method, e.g. `POST`. */
  method: string;
  /** Path exactly as on the wire (percent-encoded), without the query string; starts with `/`. */
  path: string;
  /** Decoded query parameters in wire order (repeated keys repeat). */
  query: Array<[string, string]>;
  headers: HeaderMap;
  /** Body bytes; `undefined` when there is no body. */
  body?: Uint8Array;
  /** Host name the request is sent to (client side only; may carry a `@endpoint` host prefix). */
  hostname?: string;
  /**
   * Keys of `query` sent without `=` (the literal `?key` flags of an `@http` URI, e.g. `?hello`); their
   * value in `query` is `''`. Set by the restJson1 codec; URL builders render them as bare keys.
   */
  valuelessQueryKeys?: readonly string[];
}

/** An HTTP response as it travels on the wire. */
export interface HttpResponse {
  /** Status code, e.g. 200. */
  status: number;
  headers: HeaderMap;
  /** Body bytes; `undefined` when there is no body. */
  body?: Uint8Array;
}
