/**
 * The AWS rule-set functions (AWS "Rules engine" library: `aws.partition`, `aws.parseArn`,
 * `aws.isVirtualHostableS3Bucket`). The partition table is `partitions.ts`.
 * @packageDocumentation
 */
import { PARTITIONS } from './partitions.js';
import { isIpHost, isValidHostLabel } from './standard-functions.js';

/** What `aws.partition` returns. */
export interface PartitionResult {
  readonly name: string;
  readonly dnsSuffix: string;
  readonly dualStackDnsSuffix: string;
  readonly implicitGlobalRegion: string;
  readonly supportsFIPS: boolean;
  readonly supportsDualStack: boolean;
}

/**
 * `aws.partition`: the partition of a region — the one listing the name, else the first whose region pattern
 * matches, else `aws`.
 */
export function awsPartition(region: string): PartitionResult {
  const row = PARTITIONS.find((p) => p[2].includes(region)) ?? PARTITIONS.find((p) => new RegExp(`^(${p[1]})-\\w+-\\d+$`).test(region)) ?? PARTITIONS[0]!;
  const [name, , , dnsSuffix, dualStackDnsSuffix, implicitGlobalRegion, supportsFIPS, supportsDualStack] = row;
  return { name, dnsSuffix, dualStackDnsSuffix, implicitGlobalRegion, supportsFIPS, supportsDualStack };
}

/** What `aws.parseArn` returns. */
export interface ParsedArn {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly accountId: string;
  /** The resource part split at `:` and `/`. */
  readonly resourceId: readonly string[];
}

/** `aws.parseArn`: `arn:partition:service:region:account:resource`, or `null` when the value is not one. */
export function awsParseArn(value: string): ParsedArn | null {
  const [arn, partition, service, region, accountId, ...rest] = value.split(':');
  const resource = rest.join(':');
  if (arn !== 'arn' || !partition || !service || region === undefined || accountId === undefined || !resource) return null;
  return { partition, service, region, accountId, resourceId: resource.split(/[:/]/) };
}

/**
 * `aws.isVirtualHostableS3Bucket`: a valid host label of 3–63 lower-case characters that is not an IP address;
 * with `allowSubDomains`, every dot-separated label must be one.
 */
export function awsIsVirtualHostableS3Bucket(value: string, allowSubDomains = false): boolean {
  if (allowSubDomains) return value.split('.').every((label) => awsIsVirtualHostableS3Bucket(label));
  return isValidHostLabel(value) && value.length >= 3 && value === value.toLowerCase() && !isIpHost(value);
}
