/**
 * Waiters (Smithy "Waiters" specification, `smithy.waiters#waitable`): poll an
 * operation until an acceptor reaches `success` or `failure`, with the
 * specification's exponential backoff and jitter, bounded by `maxWaitTime`.
 * @packageDocumentation
 */
import { searchJmes } from './jmespath/index.js';
import { sleep } from './retry.js';

/** An acceptor's path matcher (`output` / `inputOutput`). */
export interface PathMatcher {
  readonly path: string;
  readonly expected: string;
  readonly comparator: 'stringEquals' | 'booleanEquals' | 'allStringEquals' | 'anyStringEquals';
}

/** One acceptor of a waiter, as in the model (exactly one matcher member is set). */
export interface WaiterAcceptor {
  readonly state: 'success' | 'failure' | 'retry';
  readonly matcher: {
    readonly output?: PathMatcher;
    readonly inputOutput?: PathMatcher;
    readonly success?: boolean;
    readonly errorType?: string;
  };
}

/** A waiter as the model defines it. */
export interface WaiterDefinition {
  /** Minimum delay between attempts, seconds. Default 2. */
  readonly minDelay?: number;
  /** Maximum delay between attempts, seconds. Default 120. */
  readonly maxDelay?: number;
  readonly acceptors: readonly WaiterAcceptor[];
}

/** Options of one wait. */
export interface WaiterOptions {
  /** Give up after this many seconds (required, > 0). */
  readonly maxWaitTime: number;
  /** Override the waiter's minimum delay, seconds. */
  readonly minDelay?: number;
  /** Override the waiter's maximum delay, seconds. */
  readonly maxDelay?: number;
  /** Stops waiting; the wait rejects with the signal's reason. */
  readonly abortSignal?: AbortSignal;
}

/** The outcome of a successful wait. */
export interface WaiterResult<O> {
  readonly state: 'SUCCESS';
  /** The output (or error) that matched the success acceptor. */
  readonly reason: O | unknown;
  /** Operation calls made. */
  readonly attempts: number;
}

/** Thrown when a wait fails: a failure acceptor matched, an unexpected error occurred, or time ran out. */
export class WaiterError extends Error {
  override readonly name = 'WaiterError';
  /**
   * @param state `FAILURE` (failure acceptor or unmatched error) or `TIMEOUT` (`maxWaitTime` reached)
   * @param reason the last output or error
   * @param attempts operation calls made
   */
  constructor(
    message: string,
    readonly state: 'FAILURE' | 'TIMEOUT',
    readonly reason: unknown,
    readonly attempts: number,
  ) {
    super(message, reason instanceof Error ? { cause: reason } : undefined);
  }
}

function matchPath(m: PathMatcher, data: unknown): boolean {
  const result = searchJmes(data, m.path);
  switch (m.comparator) {
    case 'stringEquals':
      return typeof result === 'string' && result === m.expected;
    case 'booleanEquals':
      return typeof result === 'boolean' && String(result) === m.expected;
    case 'allStringEquals':
      return Array.isArray(result) && result.length > 0 && result.every((x) => x === m.expected);
    case 'anyStringEquals':
      return Array.isArray(result) && result.some((x) => x === m.expected);
  }
}

function errorName(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}

function matches(a: WaiterAcceptor, input: unknown, output: unknown, error: unknown, failed: boolean): boolean {
  const m = a.matcher;
  if (m.success !== undefined) return m.success === !failed;
  if (m.errorType !== undefined) {
    const name = errorName(error);
    return failed && name !== undefined && (name === m.errorType || m.errorType.endsWith(`#${name}`));
  }
  if (failed) return false;
  if (m.output) return matchPath(m.output, output);
  if (m.inputOutput) return matchPath(m.inputOutput, { input, output });
  return false;
}

/**
 * Poll until the waiter's acceptors say `success`.
 *
 * Each attempt calls `send(input)`; the first matching acceptor (model order)
 * decides; an output no acceptor matches means retry; an error no acceptor
 * matches fails the wait. Delays follow the specification: attempt n waits a
 * random time between `minDelay` and `min(maxDelay, minDelay·2^(n-1))`,
 * shortened so the wait ends by `maxWaitTime`.
 *
 * @param definition the waiter from the model
 * @param send calls the operation once
 * @param input the operation input (the same every attempt)
 * @param options `maxWaitTime` (s), delay overrides (s), abort signal
 * @returns `{ state: 'SUCCESS', reason, attempts }`
 * @throws WaiterError with `state` `FAILURE` or `TIMEOUT`; RangeError for a bad `maxWaitTime`; the abort reason
 */
export async function waitUntil<I, O>(
  definition: WaiterDefinition,
  send: (input: I, options?: { abortSignal?: AbortSignal }) => Promise<O>,
  input: I,
  options: WaiterOptions,
): Promise<WaiterResult<O>> {
  if (!(options.maxWaitTime > 0)) throw new RangeError(`maxWaitTime must be > 0 seconds, got ${options.maxWaitTime}`);
  const minDelay = options.minDelay ?? definition.minDelay ?? 2;
  const maxDelay = Math.max(minDelay, options.maxDelay ?? definition.maxDelay ?? 120);
  const deadline = Date.now() + options.maxWaitTime * 1000;
  const signal = options.abortSignal;
  for (let attempt = 1; ; attempt++) {
    let output: O | undefined;
    let error: unknown;
    let failed = false;
    try {
      output = await send(input, signal ? { abortSignal: signal } : {});
    } catch (e) {
      if (signal?.aborted) throw signal.reason;
      error = e;
      failed = true;
    }
    const acceptor = definition.acceptors.find((a) => matches(a, input, output, error, failed));
    const reason = failed ? error : output;
    if (acceptor?.state === 'success') return { state: 'SUCCESS', reason, attempts: attempt };
    if (acceptor?.state === 'failure') {
      throw new WaiterError(`Waiter failed: a failure acceptor matched after ${attempt} attempt(s)`, 'FAILURE', reason, attempt);
    }
    if (!acceptor && failed) {
      throw new WaiterError(`Waiter failed: unexpected ${errorName(error) ?? 'error'} after ${attempt} attempt(s)`, 'FAILURE', reason, attempt);
    }
    const remaining = (deadline - Date.now()) / 1000;
    if (remaining <= 0) {
      throw new WaiterError(`Waiter timed out after ${options.maxWaitTime} s (${attempt} attempt(s))`, 'TIMEOUT', reason, attempt);
    }
    const ceiling = Math.min(maxDelay, minDelay * 2 ** (attempt - 1));
    let delay = minDelay + Math.random() * (ceiling - minDelay);
    if (remaining - delay <= minDelay) delay = Math.max(0, remaining - minDelay);
    if (delay <= 0 && remaining < minDelay) delay = remaining;
    await sleep(delay * 1000, signal);
  }
}
