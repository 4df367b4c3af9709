/**
 * Turns a handler's override (one answer, a resolver, or a sequence of them)
 * into the entry to use for each request.
 * @packageDocumentation
 */
import type { HandlerAnswer, HandlerOverride, HandlerResolver } from './handler-types.js';

/** One override entry: a fixed answer or a resolver. */
export type OverrideEntry<I, O> = HandlerAnswer<O> | HandlerResolver<I, O>;

/** Hands out override entries, one per answered request. */
export interface OverrideSource<I, O> {
  /** Has a `'fall-through'` sequence used all its entries (so the handler should stop matching)? */
  exhausted(): boolean;
  /** The entry for the next answered request (consumes a sequence entry); `undefined` for the default output. */
  next(): OverrideEntry<I, O> | undefined;
}

/**
 * Build the {@link OverrideSource} of a handler.
 *
 * @param override the handler's override; an array is a sequence (see `HandlerSequence`)
 * @param afterSequence what happens after the last sequence entry: `'repeat-last'` or `'fall-through'`
 */
export function overrideSource<I, O>(
  override: HandlerOverride<I, O> | undefined,
  afterSequence: 'repeat-last' | 'fall-through' = 'repeat-last',
): OverrideSource<I, O> {
  if (!Array.isArray(override)) {
    const single = override as OverrideEntry<I, O> | undefined;
    return { exhausted: () => false, next: () => single };
  }
  const entries = override as readonly OverrideEntry<I, O>[];
  let index = 0;
  return {
    exhausted: () => afterSequence === 'fall-through' && entries.length > 0 && index >= entries.length,
    next: () => {
      if (entries.length === 0) return undefined;
      const entry = entries[Math.min(index, entries.length - 1)];
      index++;
      return entry;
    },
  };
}
