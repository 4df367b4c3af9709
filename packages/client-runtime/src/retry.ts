/**
 * Standard-mode retries (AWS SDKs "Retry behavior", standard mode): which
 * failures are retried, exponential backoff with full jitter, `Retry-After`,
 * and a retry quota that stops retry storms.
 * @packageDocumentation
 */

/** Error codes AWS services use for throttling. */
export const THROTTLING_CODES: ReadonlySet<string> = new Set([
  'Throttling', 'ThrottlingException', 'ThrottledException', 'RequestThrottledException', 'TooManyRequestsException',
  'ProvisionedThroughputExceededException', 'TransactionInProgressException', 'RequestLimitExceeded',
  'BandwidthLimitExceeded', 'LimitExceededException', 'RequestThrottled', 'SlowDown', 'PriorRequestNotComplete',
  'EC2ThrottledException',
]);

/** Error codes of transient failures. */
export const TRANSIENT_CODES: ReadonlySet<string> = new Set([
  'TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'NetworkError', 'InternalError',
]);

/** HTTP statuses retried as transient. */
export const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([500, 502, 503, 504]);

/** Why a failure may be retried. */
export type RetryKind = 'throttling' | 'transient';

/** Tuning of the retry strategy (all optional). */
export interface RetryOptions {
  /** Backoff base for transient errors, ms. Default 100. */
  readonly baseDelay?: number;
  /** Backoff base for throttling errors, ms. Default 500. */
  readonly throttlingBaseDelay?: number;
  /** Cap of one delay (also of `Retry-After`), ms. Default 20 000. */
  readonly maxDelay?: number;
  /** Retry quota capacity (tokens); a retry costs 5 (10 after a timeout), a success refunds 1. Default 500. */
  readonly quota?: number;
  /** Random source in [0, 1) for jitter. Default `Math.random`. */
  readonly random?: () => number;
}

/** What the classifier looks at on a failed attempt. */
export interface FailureInfo {
  /** Error code / exception name (`ThrottlingException`, `NetworkError`, `TimeoutError`). */
  readonly code?: string;
  /** HTTP status, when a response arrived. */
  readonly status?: number;
  /** The modeled error's `@retryable` trait. */
  readonly retryable?: { readonly throttling?: boolean };
}

/**
 * Classify a failure.
 * @returns `throttling` (throttling codes, HTTP 429, `@retryable(throttling: true)`), `transient` (5xx 500/502/503/504,
 *   network errors, timeouts, `@retryable`), or `undefined` (not retried)
 */
export function classifyFailure(f: FailureInfo): RetryKind | undefined {
  if (f.retryable) return f.retryable.throttling ? 'throttling' : 'transient';
  if ((f.code !== undefined && THROTTLING_CODES.has(f.code)) || f.status === 429) return 'throttling';
  if ((f.code !== undefined && TRANSIENT_CODES.has(f.code)) || (f.status !== undefined && TRANSIENT_STATUSES.has(f.status))) {
    return 'transient';
  }
  return undefined;
}

/**
 * Parse `Retry-After` (delta seconds or an HTTP date) or `x-amz-retry-after` (ms).
 * @param headers lower-cased response headers
 * @param now clock, epoch ms
 * @returns the delay in ms (≥ 0), or `undefined` when absent or unparsable
 */
export function retryAfterMs(headers: Readonly<Record<string, string>> | undefined, now = Date.now()): number | undefined {
  const amz = headers?.['x-amz-retry-after'];
  if (amz !== undefined && /^\d+$/.test(amz.trim())) return Number(amz);
  const value = headers?.['retry-after']?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The retry state of one client: computes delays and keeps the retry quota.
 */
export class RetryStrategy {
  private tokens: number;
  private readonly capacity: number;

  /**
   * @param maxAttempts attempts per operation including the first (≥ 1)
   * @param options see {@link RetryOptions}
   */
  constructor(
    readonly maxAttempts: number,
    private readonly options: RetryOptions = {},
  ) {
    this.capacity = options.quota ?? 500;
    this.tokens = this.capacity;
  }

  /**
   * Decide about a failed attempt.
   * @param attempt the attempt that failed (1-based)
   * @param kind from {@link classifyFailure}
   * @param retryAfter server-requested delay, ms
   * @param timeout whether the attempt timed out (costs more quota)
   * @returns the delay before the next attempt in ms, or `undefined` to stop
   */
  acquire(attempt: number, kind: RetryKind | undefined, retryAfter?: number, timeout = false): number | undefined {
    if (kind === undefined || attempt >= this.maxAttempts) return undefined;
    const cost = timeout ? 10 : 5;
    if (this.tokens < cost) return undefined;
    this.tokens -= cost;
    const o = this.options;
    const max = o.maxDelay ?? 20_000;
    const base = kind === 'throttling' ? (o.throttlingBaseDelay ?? 500) : (o.baseDelay ?? 100);
    const backoff = Math.floor((o.random ?? Math.random)() * Math.min(max, base * 2 ** (attempt - 1)));
    return retryAfter === undefined ? backoff : Math.min(max, Math.max(backoff, retryAfter));
  }

  /** Record a success: refund one token to the quota. */
  success(): void {
    this.tokens = Math.min(this.capacity, this.tokens + 1);
  }
}

/**
 * Wait `ms` milliseconds, or reject with the signal's reason when it aborts first.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
