import { describe, expect, it } from 'vitest';
import { endpointBasePaths } from './endpoint-paths.js';

const endpoint = (url: string) => ({ type: 'endpoint', conditions: [], endpoint: { url, properties: {}, headers: {} } });

describe('endpointBasePaths', () => {
  it('collects the literal paths of endpoint URLs at any depth (Amazon Location geo-maps: /v2 beside URLs without a path)', () => {
    const ruleSet = {
      version: '1.0',
      parameters: {},
      rules: [
        endpoint('{Endpoint}'),
        { type: 'tree', conditions: [], rules: [endpoint('https://maps.geo.{Region}.{PartitionResult#dnsSuffix}/v2'), endpoint('https://maps.geo-fips.{Region}.{PartitionResult#dnsSuffix}/v2/')] },
        endpoint('https://geo-maps.{Region}.{PartitionResult#dnsSuffix}'),
        { type: 'error', conditions: [], error: 'no' },
      ],
    };
    expect(endpointBasePaths(ruleSet)).toEqual(['/v2']);
  });

  it('skips templated paths (S3 {url#path}) and reads anything else as no paths', () => {
    expect(endpointBasePaths({ rules: [endpoint('{url#scheme}://{Bucket}.{url#authority}{url#path}'), endpoint('https://s3.{Region}.amazonaws.com/{uri_encoded_bucket}')] })).toEqual([]);
    expect(endpointBasePaths(null)).toEqual([]);
    expect(endpointBasePaths({ rules: [{ endpoint: { url: 7 } }] })).toEqual([]);
  });
});
