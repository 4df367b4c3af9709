/**
 * The XML and query traits (Smithy "XML bindings": `@xmlName`, `@xmlAttribute`, `@xmlFlattened`,
 * `@xmlNamespace`; `aws.protocols#ec2QueryName`; `@restXml(noErrorWrapping)`;
 * `aws.customizations#s3UnwrappedXmlOutput`), read only for services whose protocol reads them, so
 * the schemas of JSON services stay as they are.
 * @packageDocumentation
 */
import type { ProtocolName } from '@anvil/runtime';
import type { Traits } from '@anvil/smithy-model';
import type { ResolveContext } from './context.js';
import type { MemberXmlNode, ShapeXmlNode, XmlNamespaceNode } from './shape-nodes.js';
import { TRAIT_IDS } from './trait-ids.js';
import { has, objectValue, stringValue } from './traits.js';

/** Which of these traits a protocol reads. */
export interface XmlTraitSet {
  /** `@xmlName`, `@xmlAttribute`, `@xmlFlattened`, `@xmlNamespace` (restXml, awsQuery, ec2Query). */
  readonly xml: boolean;
  /** `@ec2QueryName` (ec2Query). */
  readonly ec2QueryName: boolean;
}

/**
 * The traits a service's protocols read: any of them, since the service's mocks answer every declared
 * protocol with a codec (CloudWatch: rpcv2Cbor, awsJson1_0 and awsQuery).
 */
export function xmlTraitSet(protocols: readonly ProtocolName[]): XmlTraitSet {
  const xml = protocols.some((p) => p === 'restXml' || p === 'awsQuery' || p === 'ec2Query');
  return { xml, ec2QueryName: protocols.includes('ec2Query') };
}

/** An XML name with an optional prefix (the `@xmlName` trait's pattern). */
const XML_NAME = /^[a-zA-Z_][a-zA-Z_0-9-]*(:[a-zA-Z_][a-zA-Z_0-9-]*)?$/;
/** A namespace prefix (an NCName as `@xmlNamespace` allows it). */
const XML_PREFIX = /^[a-zA-Z_][a-zA-Z_0-9-]*$/;

function checkedName(value: string | undefined, where: string, trait: string, pattern: RegExp): string | undefined {
  if (value !== undefined && !pattern.test(value)) throw new Error(`${where}: ${trait} ${JSON.stringify(value)} is not a valid XML name`);
  return value;
}

/**
 * `@xmlNamespace` as written, checked.
 * @throws Error naming `where` when the prefix is not an XML name or the uri is not a string
 */
export function xmlNamespace(traits: Traits, where: string): XmlNamespaceNode | undefined {
  const ns = objectValue(traits, TRAIT_IDS.xmlNamespace);
  if (!ns) return undefined;
  if (typeof ns.uri !== 'string') throw new Error(`${where}: ${TRAIT_IDS.xmlNamespace} needs a string uri`);
  const prefix = checkedName(typeof ns.prefix === 'string' ? ns.prefix : undefined, where, `${TRAIT_IDS.xmlNamespace} prefix`, XML_PREFIX);
  return prefix === undefined ? { uri: ns.uri } : { uri: ns.uri, prefix };
}

/** A member's XML / query traits, when its service's protocol reads them and any is set. */
export function memberXml(ctx: ResolveContext, traits: Traits, where: string): MemberXmlNode | undefined {
  if (!ctx.xml.xml) return undefined;
  const name = checkedName(stringValue(traits, TRAIT_IDS.xmlName), where, TRAIT_IDS.xmlName, XML_NAME);
  const namespace = xmlNamespace(traits, where);
  const ec2QueryName = ctx.xml.ec2QueryName ? stringValue(traits, TRAIT_IDS.ec2QueryName) : undefined;
  const node: MemberXmlNode = {
    ...(name === undefined ? {} : { name }),
    attribute: has(traits, TRAIT_IDS.xmlAttribute),
    flattened: has(traits, TRAIT_IDS.xmlFlattened),
    ...(namespace ? { namespace } : {}),
    ...(ec2QueryName === undefined ? {} : { ec2QueryName }),
  };
  return node.name !== undefined || node.attribute || node.flattened || node.namespace || node.ec2QueryName !== undefined ? node : undefined;
}

/** A structure's or union's `@xmlName` / `@xmlNamespace`, when its service's protocol reads them and any is set. */
export function shapeXml(ctx: ResolveContext, traits: Traits, where: string): ShapeXmlNode | undefined {
  if (!ctx.xml.xml) return undefined;
  const name = checkedName(stringValue(traits, TRAIT_IDS.xmlName), where, TRAIT_IDS.xmlName, XML_NAME);
  const namespace = xmlNamespace(traits, where);
  if (name === undefined && !namespace) return undefined;
  return { ...(name === undefined ? {} : { name }), ...(namespace ? { namespace } : {}) };
}
