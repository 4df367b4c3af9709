import { describe, expect, it } from 'vitest';
import { awsJson1_0, awsJson1_1, getProtocol, restJson1 } from './index.js';

describe('getProtocol', () => {
  it('returns the JSON codecs by name', () => {
    expect(getProtocol('restJson1')).toBe(restJson1);
    expect(getProtocol('awsJson1_0')).toBe(awsJson1_0);
    expect(getProtocol('awsJson1_1')).toBe(awsJson1_1);
    expect(awsJson1_0.name).toBe('awsJson1_0');
  });
  it('throws a clear error for unsupported protocols', () => {
    expect(() => getProtocol('restXml')).toThrow('protocol restXml is not supported by @anvil/runtime (supported: restJson1, awsJson1_0, awsJson1_1)');
  });
});
