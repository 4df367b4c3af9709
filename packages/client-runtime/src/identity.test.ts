import { describe, expect, it, vi } from 'vitest';
import { memoizeIdentity } from './identity.js';
import { credentialsSource } from './credentials.js';

describe('memoizeIdentity', () => {
  it('shares one in-flight call, caches, and refreshes 5 minutes before expiration', async () => {
    let now = 0;
    let n = 0;
    const provider = vi.fn(async () => ({ id: ++n, expiration: new Date(10 * 60_000) }));
    const get = memoizeIdentity(provider, { now: () => now });
    const [a, b] = await Promise.all([get(), get()]);
    expect([a.id, b.id, provider.mock.calls.length]).toEqual([1, 1, 1]);
    now = 4 * 60_000 + 59_999;
    expect((await get()).id).toBe(1);
    now = 5 * 60_000;
    expect((await get()).id).toBe(2);
  });

  it('does not cache failures', async () => {
    const provider = vi.fn().mockRejectedValueOnce(new Error('sts down')).mockResolvedValueOnce({ token: 't' }) as unknown as () => Promise<{ token: string; expiration?: Date }>;
    const get = memoizeIdentity(provider);
    await expect(get()).rejects.toThrow('sts down');
    expect(await get()).toEqual({ token: 't' });
  });
});

describe('credentialsSource', () => {
  it('rejects malformed provider results naming the service', async () => {
    const source = credentialsSource(async () => ({ accessKeyId: 1 }) as never, 'com.example#Svc');
    await expect(source()).rejects.toThrow('Invalid AWS credentials for com.example#Svc: accessKeyId and secretAccessKey must be strings');
  });
});
