import { describe, expect, it } from 'vitest';
import { s3ClientConfig } from './s3-endpoint-rules.js';

describe('s3ClientConfig: AwsConfig vendor params → client configuration', () => {
  it('maps region, addressing style, dual-stack and accelerate', () => {
    expect(s3ClientConfig({ scopedConfig: { client: { region: 'us-west-2' } } })).toEqual({ region: 'us-west-2' });
    expect(s3ClientConfig({ scopedConfig: { client: { region: 'us-west-2', s3: { addressing_style: 'path' } } } })).toEqual({ region: 'us-west-2', forcePathStyle: true });
    expect(s3ClientConfig({ scopedConfig: { client: { s3: { addressing_style: 'virtual', use_dualstack_endpoint: true, use_accelerate_endpoint: true } } } })).toEqual({
      forcePathStyle: false,
      useDualstackEndpoint: true,
      useAccelerateEndpoint: true,
    });
  });

  it('the operation scope wins over the client scope; no scoped config gives nothing', () => {
    expect(s3ClientConfig({ scopedConfig: { client: { region: 'us-west-2', s3: { addressing_style: 'path' } }, operation: { s3: { addressing_style: 'virtual' } } } })).toEqual({
      region: 'us-west-2',
      forcePathStyle: false,
    });
    expect(s3ClientConfig(undefined)).toEqual({});
    expect(s3ClientConfig({ code: 'X' })).toEqual({});
  });
});
