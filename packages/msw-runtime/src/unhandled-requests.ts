/**
 * One way to name msw's unhandled-request strategy that msw 2 and msw 3 both read: msw 2 takes
 * `onUnhandledRequest`, msw 3 renamed it `onUnhandledFrame` (and ignores the old key, so a strict
 * `server.listen({ onUnhandledRequest: 'error' })` silently becomes `'warn'` there, and no longer
 * type-checks). The options object carries both keys; each msw reads its own.
 * @packageDocumentation
 */

/** The unhandled-request strategies msw 2 and msw 3 share. */
export type UnhandledStrategy = 'bypass' | 'warn' | 'error';

/** `setupServer().listen()` / `setupWorker().start()` options with the strategy under both names. */
export interface UnhandledRequestOptions<S extends UnhandledStrategy = UnhandledStrategy> {
  /** msw 2's name. */
  readonly onUnhandledRequest: S;
  /** msw 3's name. */
  readonly onUnhandledFrame: S;
}

/**
 * Options for `server.listen(…)` or `worker.start({ ...unhandledRequests('error'), … })` that set
 * how msw treats a request no handler answers, under msw 2 and msw 3 alike. Pass the result (or
 * spread it): an object literal with both keys fails msw's excess-property check.
 * @param strategy `'error'` fails the request (and logs it), `'warn'` logs it, `'bypass'` lets it through
 * @returns `{ onUnhandledRequest: strategy, onUnhandledFrame: strategy }`
 */
export function unhandledRequests<S extends UnhandledStrategy>(strategy: S): UnhandledRequestOptions<S> {
  return { onUnhandledRequest: strategy, onUnhandledFrame: strategy };
}
