/**
 * Query keys of members, list items and map entries (Smithy "AWS query protocol" and "AWS EC2 query
 * protocol", "Query key resolution").
 * @packageDocumentation
 */
import type { MemberSchema } from '../../schema/index.js';

/** The two query dialects: awsQuery, and ec2Query (capitalised keys, every list flattened, empty lists omitted). */
export type QueryDialect = 'awsQuery' | 'ec2Query';

/**
 * The key segment of a structure member.
 * awsQuery: `@xmlName`, else the member name. ec2Query: `@ec2QueryName`, else the `@xmlName` or member name
 * with its first letter upper-cased.
 */
export function memberKey(dialect: QueryDialect, name: string, member: Pick<MemberSchema, 'xmlName' | 'ec2QueryName'>): string {
  if (dialect === 'awsQuery') return member.xmlName ?? name;
  if (member.ec2QueryName !== undefined) return member.ec2QueryName;
  const base = member.xmlName ?? name;
  return base.charAt(0).toUpperCase() + base.slice(1);
}

/** Default segment of a wrapped (awsQuery) list's items. */
export const LIST_ITEM = 'member';
/** Segment of a wrapped (awsQuery) map's entries. */
export const MAP_ENTRY = 'entry';
/** Default segments of a map entry's key and value. */
export const MAP_KEY = 'key';
export const MAP_VALUE = 'value';

/** Join key segments with `.` (an empty prefix is the top level). */
export function joinKey(prefix: string, segment: string): string {
  return prefix === '' ? segment : `${prefix}.${segment}`;
}
