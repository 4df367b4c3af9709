/**
 * The AWS partitions `aws.partition` picks from: the same table `@aws-sdk/util-endpoints` carries, reduced to
 * what a lookup reads. A region listed by name is kept only where its partition's pattern would not find it
 * first (the `*-global` names), so a lookup gives the library's answer (`partitions.test.ts` compares them
 * for every region the library lists).
 * @packageDocumentation
 */

/**
 * One partition: id (= `name`), region prefix, regions found only by name, then its outputs. The library's
 * region patterns all read `^PREFIX\-\w+\-\d+$`; the row keeps the prefix (`us|eu|…`, a regular expression).
 */
export type PartitionRow = readonly [
  id: string,
  regionPrefix: string,
  namedRegions: readonly string[],
  dnsSuffix: string,
  dualStackDnsSuffix: string,
  implicitGlobalRegion: string,
  supportsFIPS: boolean,
  supportsDualStack: boolean,
];

/** The partitions, in the library's order (`aws` first: the fallback). */
export const PARTITIONS: readonly PartitionRow[] = [
  ['aws', 'us|eu|ap|sa|ca|me|af|il|mx', ['aws-global'], 'amazonaws.com', 'api.aws', 'us-east-1', true, true],
  ['aws-cn', 'cn', ['aws-cn-global'], 'amazonaws.com.cn', 'api.amazonwebservices.com.cn', 'cn-northwest-1', true, true],
  ['aws-eusc', 'eusc-(de)', [], 'amazonaws.eu', 'api.amazonwebservices.eu', 'eusc-de-east-1', true, true],
  ['aws-iso', 'us-iso', ['aws-iso-global'], 'c2s.ic.gov', 'api.aws.ic.gov', 'us-iso-east-1', true, true],
  ['aws-iso-b', 'us-isob', ['aws-iso-b-global'], 'sc2s.sgov.gov', 'api.aws.scloud', 'us-isob-east-1', true, true],
  ['aws-iso-e', 'eu-isoe', ['aws-iso-e-global'], 'cloud.adc-e.uk', 'api.cloud-aws.adc-e.uk', 'eu-isoe-west-1', true, true],
  ['aws-iso-f', 'us-isof', ['aws-iso-f-global'], 'csp.hci.ic.gov', 'api.aws.hci.ic.gov', 'us-isof-south-1', true, true],
  ['aws-us-gov', 'us-gov', ['aws-us-gov-global'], 'amazonaws.com', 'api.aws', 'us-gov-west-1', true, true],
];
