/**
 * msw's "fail on a request no handler answers" strategy under both of its names: msw 2 reads
 * `onUnhandledRequest`, msw 3 `onUnhandledFrame` (and ignores the other). Pass this constant to
 * `server.listen(…)` or spread it into `worker.start({ … })`: an inline object literal with both
 * keys fails each version's excess-property check.
 * @packageDocumentation
 */

/** `{ onUnhandledRequest: 'error', onUnhandledFrame: 'error' }`: msw 2 and 3 each read their key. */
export const FAIL_ON_UNHANDLED = { onUnhandledRequest: 'error', onUnhandledFrame: 'error' } as const;
