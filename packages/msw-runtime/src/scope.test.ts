import { describe, expect, it } from 'vitest';
import { createScopeMatcher, stripPrefix } from './scope.js';

const url = (href: string) => new URL(href);

describe('createScopeMatcher', () => {
  it('accepts every URL without options', () => {
    expect(createScopeMatcher({})(url('http://anything.test/x'))).toBe('');
  });

  it('matches scheme, host, port and whole-segment path prefix of baseUrl', () => {
    const inScope = createScopeMatcher({ baseUrl: 'http://localhost:4566/api/' });
    expect(inScope(url('http://localhost:4566/api/RetryDataReplication'))).toBe('/api');
    expect(inScope(url('http://localhost:4566/api'))).toBe('/api');
    expect(inScope(url('http://localhost:4566/apix/RetryDataReplication'))).toBe(undefined);
    expect(inScope(url('http://localhost:4567/api/RetryDataReplication'))).toBe(undefined);
    expect(inScope(url('https://localhost:4566/api/RetryDataReplication'))).toBe(undefined);
  });

  it('matches AWS hosts of the region', () => {
    const inScope = createScopeMatcher({ region: 'us-east-1' });
    expect(inScope(url('https://drs.us-east-1.amazonaws.com/'))).toBe('');
    expect(inScope(url('https://secretsmanager.cn-north-1.amazonaws.com.cn/'))).toBe(undefined);
    expect(createScopeMatcher({ region: 'cn-north-1' })(url('https://secretsmanager.cn-north-1.amazonaws.com.cn/'))).toBe('');
    expect(inScope(url('https://drs.us-east-10.amazonaws.com/'))).toBe(undefined);
    expect(inScope(url('http://localhost/'))).toBe(undefined);
  });

  it('rejects a relative baseUrl', () => {
    expect(() => createScopeMatcher({ baseUrl: '/api' })).toThrow(
      new TypeError('HandlerOptions.baseUrl must be an absolute URL such as "http://localhost:4566", got "/api"'),
    );
  });
});

describe('stripPrefix', () => {
  it('removes the prefix and keeps a leading slash', () => {
    expect(stripPrefix('/api/RetryDataReplication', '/api')).toBe('/RetryDataReplication');
    expect(stripPrefix('/api', '/api')).toBe('/');
    expect(stripPrefix('/RetryDataReplication', '')).toBe('/RetryDataReplication');
  });
});
