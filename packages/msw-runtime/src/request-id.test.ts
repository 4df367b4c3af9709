import { describe, expect, it } from 'vitest';
import { requestIdSequence } from './request-id.js';

describe('requestIdSequence', () => {
  it('returns distinct UUID-shaped ids, the same sequence for the same salt', () => {
    const a = requestIdSequence('com.amazonaws.drs#RetryDataReplication|');
    const b = requestIdSequence('com.amazonaws.drs#RetryDataReplication|');
    const other = requestIdSequence('com.amazonaws.drs#StartReplication|');
    const first = a();
    const second = a();
    expect(first).toBe('107b5976-6000-4a26-8f1e-f1bb1db525e9');
    expect(second).toBe('a5316e65-8f98-495b-8901-2dfd1b04a8a4');
    expect(b()).toBe(first);
    expect(b()).toBe(second);
    expect(other()).not.toBe(first);
  });
});
