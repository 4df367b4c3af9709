import { describe, expect, it } from 'vitest';
import { RetryStrategy, classifyFailure, retryAfterMs, sleep } from './retry.js';

describe('classifyFailure', () => {
  it('classifies throttling, transient and terminal failures', () => {
    expect(classifyFailure({ code: 'ThrottlingException', status: 400 })).toBe('throttling');
    expect(classifyFailure({ code: 'Whatever', status: 429 })).toBe('throttling');
    expect(classifyFailure({ code: 'InternalServerException', status: 500 })).toBe('transient');
    expect(classifyFailure({ code: 'Unknown', status: 502 })).toBe('transient');
    expect(classifyFailure({ code: 'NetworkError' })).toBe('transient');
    expect(classifyFailure({ code: 'TimeoutError' })).toBe('transient');
    expect(classifyFailure({ code: 'Busy', status: 400, retryable: { throttling: false } })).toBe('transient');
    expect(classifyFailure({ code: 'Busy', status: 400, retryable: { throttling: true } })).toBe('throttling');
    expect(classifyFailure({ code: 'ValidationException', status: 400 })).toBeUndefined();
    expect(classifyFailure({ code: 'NotImplemented', status: 501 })).toBeUndefined();
  });
});

describe('retryAfterMs', () => {
  it('reads delta seconds, HTTP dates and x-amz-retry-after', () => {
    expect(retryAfterMs({ 'retry-after': '7' })).toBe(7000);
    expect(retryAfterMs({ 'retry-after': '0.25' })).toBe(250);
    expect(retryAfterMs({ 'retry-after': 'Wed, 01 Jan 2025 00:00:10 GMT' }, Date.parse('2025-01-01T00:00:00Z'))).toBe(10_000);
    expect(retryAfterMs({ 'x-amz-retry-after': '1500' })).toBe(1500);
    expect(retryAfterMs({ 'retry-after': 'soon' })).toBeUndefined();
    expect(retryAfterMs({})).toBeUndefined();
  });
});

describe('RetryStrategy', () => {
  it('backs off exponentially with full jitter, capped, and stops at maxAttempts', () => {
    const s = new RetryStrategy(4, { random: () => 0.5, maxDelay: 300 });
    expect([s.acquire(1, 'transient'), s.acquire(2, 'transient'), s.acquire(3, 'throttling')]).toEqual([50, 100, 150]);
    expect(s.acquire(4, 'transient')).toBeUndefined();
    expect(s.acquire(1, undefined)).toBeUndefined();
    expect(new RetryStrategy(4, { random: () => 0.99, maxDelay: 300 }).acquire(3, 'throttling')).toBe(297);
  });

  it('uses Retry-After when longer than the backoff, capped by maxDelay', () => {
    const s = new RetryStrategy(3, { random: () => 0 });
    expect(s.acquire(1, 'throttling', 700)).toBe(700);
    expect(s.acquire(1, 'throttling', 60_000)).toBe(20_000);
  });

  it('stops retrying when the quota is spent and refills on success', () => {
    const s = new RetryStrategy(3, { quota: 12, random: () => 0 });
    expect(s.acquire(1, 'transient')).toBe(0); // 12 → 7
    expect(s.acquire(1, 'transient', undefined, true)).toBeUndefined(); // a timeout costs 10
    expect(s.acquire(1, 'transient')).toBe(0); // 7 → 2
    expect(s.acquire(1, 'transient')).toBeUndefined();
    for (let i = 0; i < 3; i++) s.success();
    expect(s.acquire(1, 'transient')).toBe(0);
  });
});

describe('sleep', () => {
  it('rejects with the abort reason', async () => {
    const c = new AbortController();
    const p = sleep(10_000, c.signal);
    c.abort(new Error('stop'));
    await expect(p).rejects.toThrow('stop');
  });
});
