/**
 * Element and attribute names and namespace declarations of the XML bindings (Smithy "XML bindings":
 * `@xmlName`, `@xmlNamespace`, list and map member names).
 * @packageDocumentation
 */
import type { MemberSchema, StructureSchema, UnionSchema, XmlNamespace } from '../../schema/index.js';

/** Default element name of a (wrapped) list's items. */
export const LIST_ITEM = 'member';
/** Element name of a wrapped map's entries. */
export const MAP_ENTRY = 'entry';
/** Default element names of a map entry's key and value. */
export const MAP_KEY = 'key';
export const MAP_VALUE = 'value';

/** The element (or attribute) name of a member: its `@xmlName`, else `fallback` (the member name). */
export function memberName(member: Pick<MemberSchema, 'xmlName'>, fallback: string): string {
  return member.xmlName ?? fallback;
}

/**
 * The element name of a structure or union written as a whole document (restXml body, `@httpPayload`):
 * the payload member's `@xmlName`, else the shape's `@xmlName`, else its shape name.
 */
export function documentName(schema: StructureSchema | UnionSchema, member?: Pick<MemberSchema, 'xmlName'>): string {
  return member?.xmlName ?? schema.xmlName ?? schema.name;
}

/** The attribute declaring a namespace: `['xmlns', uri]` or `['xmlns:<prefix>', uri]`. */
export function namespaceAttribute(namespace: XmlNamespace): [string, string] {
  return [namespace.prefix ? `xmlns:${namespace.prefix}` : 'xmlns', namespace.uri];
}

/** A fresh attribute record (null prototype, so names like `__proto__` stay plain data) with an optional namespace declaration. */
export function attributesWith(namespace: XmlNamespace | undefined): Record<string, string> {
  const attributes = Object.create(null) as Record<string, string>;
  if (namespace) {
    const [k, v] = namespaceAttribute(namespace);
    attributes[k] = v;
  }
  return attributes;
}
