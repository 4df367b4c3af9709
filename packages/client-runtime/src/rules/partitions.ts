/**
 * The AWS partitions `aws.partition` picks from: the same table `@aws-sdk/util-endpoints` carries, reduced to
 * what a lookup reads. A region listed by name is kept only where its partition's pattern would not find it
 * first (the `*-global` names), so a lookup gives the library's answer (`partitions.test.ts` compares them
 * for every region the library lists).
 * @packageDocumentation
 */

/** One partition: id (= `name`), region pattern, regions found only by name, then its outputs. */
export type PartitionRow = readonly [
  id: string,
  regionRegex: string,
  namedRegions: readonly string[],
  dnsSuffix: string,
  dualStackDnsSuffix: string,
  implicitGlobalRegion: string,
  supportsFIPS: boolean,
  supportsDualStack: boolean,
];

/** The partitions, in the library's order (`aws` first: the fallback). */
export const PARTITIONS: readonly PartitionRow[] = [
  ['aws', '^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$', ['aws-global'], 'amazonaws.com', 'api.aws', 'us-east-1', true, true],
  ['aws-cn', '^cn\\-\\w+\\-\\d+$', ['aws-cn-global'], 'amazonaws.com.cn', 'api.amazonwebservices.com.cn', 'cn-northwest-1', true, true],
  ['aws-eusc', '^eusc\\-(de)\\-\\w+\\-\\d+$', [], 'amazonaws.eu', 'api.amazonwebservices.eu', 'eusc-de-east-1', true, true],
  ['aws-iso', '^us\\-iso\\-\\w+\\-\\d+$', ['aws-iso-global'], 'c2s.ic.gov', 'api.aws.ic.gov', 'us-iso-east-1', true, true],
  ['aws-iso-b', '^us\\-isob\\-\\w+\\-\\d+$', ['aws-iso-b-global'], 'sc2s.sgov.gov', 'api.aws.scloud', 'us-isob-east-1', true, true],
  ['aws-iso-e', '^eu\\-isoe\\-\\w+\\-\\d+$', ['aws-iso-e-global'], 'cloud.adc-e.uk', 'api.cloud-aws.adc-e.uk', 'eu-isoe-west-1', true, true],
  ['aws-iso-f', '^us\\-isof\\-\\w+\\-\\d+$', ['aws-iso-f-global'], 'csp.hci.ic.gov', 'api.aws.hci.ic.gov', 'us-isof-south-1', true, true],
  ['aws-us-gov', '^us\\-gov\\-\\w+\\-\\d+$', ['aws-us-gov-global'], 'amazonaws.com', 'api.aws', 'us-gov-west-1', true, true],
];
