import { describe, expect, it } from 'vitest';
import { Service$ } from './__fixtures__/service.js';
import { encodeRfc3986, resolveEndpoint, resolveTarget } from './endpoint.js';

const region = () => 'us-east-1';

describe('resolveEndpoint', () => {
  it('prefers endpointPrefix over the signing name and uses .com.cn in China', () => {
    expect(resolveEndpoint(undefined, Service$, region).href).toBe('https://drs.us-east-1.amazonaws.com/');
    expect(resolveEndpoint(undefined, { ...Service$, endpointPrefix: 'drs-api' }, () => 'cn-north-1').href).toBe(
      'https://drs-api.cn-north-1.amazonaws.com.cn/',
    );
  });

  it('does not need a region when an endpoint is configured', () => {
    const noRegion = () => {
      throw new Error('region asked');
    };
    expect(resolveEndpoint('http://localhost:4566', Service$, noRegion).href).toBe('http://localhost:4566/');
  });

  it('rejects relative and non-http endpoints, naming the service', () => {
    expect(() => resolveEndpoint('localhost:4566/x', Service$, region)).toThrow(
      'Invalid endpoint for com.example.drs#ElasticDisasterRecoveryService: protocol localhost: is not http: or https:',
    );
    expect(() => resolveEndpoint('/relative', Service$, region)).toThrow(
      'Invalid endpoint for com.example.drs#ElasticDisasterRecoveryService: "/relative" is not an absolute URL',
    );
    const { sigv4: _s, ...bare } = Service$;
    expect(() => resolveEndpoint(undefined, bare, region)).toThrow(/^No endpoint for com\.example\.drs#ElasticDisasterRecoveryService/);
  });
});

describe('resolveTarget', () => {
  it('an empty request path is the endpoint\'s own path (S3 path-style bucket endpoints), else /', () => {
    const target = (endpoint: string) => resolveTarget(new URL(endpoint), { method: 'GET', path: '', query: [['list-type', '2']], headers: {} });
    expect(target('https://s3.us-west-2.amazonaws.com/mybucket').url).toBe('https://s3.us-west-2.amazonaws.com/mybucket?list-type=2');
    expect(target('https://mybucket.s3.us-west-2.amazonaws.com').path).toBe('/');
  });

  it('joins base path, request path and RFC 3986-encoded query; applies a host prefix', () => {
    const t = resolveTarget(new URL('https://example.com:8443/base/'), {
      method: 'GET',
      path: '/things/a%2Fb',
      query: [
        ['k', "it's (x)*"],
        ['k', 'ü'],
      ],
      headers: {},
      hostname: 'data-',
    });
    expect(t).toEqual({
      url: 'https://data-example.com:8443/base/things/a%2Fb?k=it%27s%20%28x%29%2A&k=%C3%BC',
      protocol: 'https:',
      hostname: 'data-example.com',
      port: 8443,
      path: '/base/things/a%2Fb',
      host: 'data-example.com:8443',
    });
  });

  it('encodes like RFC 3986', () => {
    expect(encodeRfc3986("a b!'()*~-_.")).toBe('a%20b%21%27%28%29%2A~-_.');
  });
});
