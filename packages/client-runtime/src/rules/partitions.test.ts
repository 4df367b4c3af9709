import { partition as sdkPartition } from '@aws-sdk/util-endpoints';
import { describe, expect, it } from 'vitest';
import { awsPartition } from './aws-functions.js';
import { PARTITIONS } from './partitions.js';

/** Region names the SDK's table lists, read back through its own lookup (`partition('aws').regions` is not exported). */
const SAMPLE = [
  'us-east-1', 'eu-west-3', 'ap-southeast-5', 'mx-central-1', 'cn-north-1', 'cn-northwest-1', 'us-gov-west-1', 'us-gov-east-1',
  'us-iso-east-1', 'us-isob-east-1', 'eu-isoe-west-1', 'us-isof-south-1', 'eusc-de-east-1', 'aws-global', 'aws-cn-global',
  'aws-us-gov-global', 'aws-iso-global', 'aws-iso-b-global', 'aws-iso-e-global', 'aws-iso-f-global',
  // not regions: the pattern, then the `aws` fallback
  'us-west-9', 'xx-unknown-1', '', 'invalid',
];

const OUTPUT_KEYS = ['name', 'dnsSuffix', 'dualStackDnsSuffix', 'implicitGlobalRegion', 'supportsFIPS', 'supportsDualStack'] as const;

describe('aws.partition', () => {
  it.each(SAMPLE)('%j resolves to what @aws-sdk/util-endpoints resolves it to', (region) => {
    const theirs: Readonly<Record<string, unknown>> = { ...sdkPartition(region) };
    const ours = awsPartition(region);
    expect(Object.fromEntries(OUTPUT_KEYS.map((k) => [k, ours[k]]))).toEqual(Object.fromEntries(OUTPUT_KEYS.map((k) => [k, theirs[k]])));
  });

  it('has every partition the SDK has, in its order (a new partition fails here: add its row to partitions.ts)', () => {
    const theirs = PARTITIONS.map(([id, , , , , implicitGlobalRegion]) => sdkPartition(implicitGlobalRegion).name);
    expect(theirs).toEqual(PARTITIONS.map(([id]) => id));
    expect(PARTITIONS.map(([, , names]) => names.map((n) => sdkPartition(n).name))).toEqual(PARTITIONS.map(([id, , names]) => names.map(() => id)));
  });
});
