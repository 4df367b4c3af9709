/**
 * Typed value → XML element tree, driven by runtime schemas (Smithy "XML bindings": `@xmlName`,
 * `@xmlAttribute`, `@xmlFlattened`, `@xmlNamespace`; wrapped and flattened lists and maps).
 *
 * - A structure is an element whose children are its set members in model order; `@xmlAttribute`
 *   members are attributes of it.
 * - A list is an element wrapping one element per item, named by the list member's `@xmlName`
 *   (default `member`); a `@xmlFlattened` member drops the wrapper and repeats the member's element.
 * - A map wraps one `<entry>` per entry holding the key and value elements (`@xmlName` on the map's key and
 *   value, default `key` / `value`); a `@xmlFlattened` member repeats the member's element per entry instead.
 * - `@xmlNamespace` on a member declares `xmlns` (or `xmlns:<prefix>`) on each element written for it.
 * - Scalars are text (see `../scalar-text.ts`); timestamps default to `date-time`.
 * @packageDocumentation
 */
import { SerializationError } from '../serialization-error.js';
import { deref } from '../../schema/index.js';
import type { MapSchema, MemberSchema, StructureSchema, UnionSchema, XmlNamespace } from '../../schema/index.js';
import { describe } from '../timestamps.js';
import { defaultValue, writesDefault, type DefaultsMode } from '../json/defaults.js';
import { formatScalarText } from '../scalar-text.js';
import { attributesWith, LIST_ITEM, MAP_ENTRY, MAP_KEY, MAP_VALUE, memberName } from './names.js';
import type { XmlElement, XmlNode } from './xml-text.js';

/** How the XML serialiser writes unset members. */
export interface XmlWriteOptions {
  /** Which unset members are written with their `@default` value (default `'none'`; the top level is `path === ''`). */
  readonly defaults?: DefaultsMode;
}

type ValueMember = Pick<MemberSchema, 'target' | 'timestampFormat'>;

function own(value: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array) && !(value instanceof Date);
}

/**
 * Write a structure (or union) as an element.
 * @param name the element name
 * @param only member names to write (default: all)
 * @param namespace a namespace to declare on the element
 * @throws SerializationError naming the member path on a wrongly typed value
 */
export function structureToXml(
  schema: StructureSchema | UnionSchema,
  value: Record<string, unknown>,
  name: string,
  options: XmlWriteOptions,
  path = '',
  only?: readonly string[],
  namespace?: XmlNamespace,
): XmlElement {
  const attributes = attributesWith(namespace);
  const children: XmlNode[] = [];
  for (const key of only ?? Object.keys(schema.members)) {
    const member = schema.members[key];
    if (!member) continue;
    let v = own(value, key);
    if ((v === undefined || v === null) && writesDefault(member, options.defaults, path === '')) v = defaultValue(member);
    if (v === undefined || v === null) continue;
    const p = `${path}/${key}`;
    const elementName = memberName(member, key);
    if (member.xmlAttribute) attributes[elementName] = formatScalarText(member, v, p);
    else appendMember(children, elementName, member, v, options, p);
  }
  return { name, attributes, children };
}

/** Append the element(s) of one set member: one element, or one per item / entry when `@xmlFlattened`. */
function appendMember(children: XmlNode[], name: string, member: MemberSchema, value: unknown, options: XmlWriteOptions, path: string): void {
  const target = deref(member.target);
  if (member.xmlFlattened && target.type === 'list') {
    if (!Array.isArray(value)) throw new SerializationError(`expected an array for ${target.id ?? 'list'}, got ${describe(value)}`, path);
    value.forEach((item, i) => {
      if (item !== null && item !== undefined) {
        children.push(valueToXml(target.member, item, name, options, `${path}/${i}`, target.member.xmlNamespace ?? member.xmlNamespace));
      }
    });
  } else if (member.xmlFlattened && target.type === 'map') {
    children.push(...mapEntries(target, value, name, member.xmlNamespace, options, path));
  } else {
    children.push(valueToXml(member, value, name, options, path, member.xmlNamespace));
  }
}

/**
 * Write one (non-null) value as an element named `name`: scalars as text, lists and maps wrapped.
 * @param namespace a namespace to declare on the element
 * @throws SerializationError naming `path` when the value does not fit the schema
 */
export function valueToXml(member: ValueMember, value: unknown, name: string, options: XmlWriteOptions, path: string, namespace?: XmlNamespace): XmlElement {
  const schema = deref(member.target);
  const wrong = (expected: string): never => {
    throw new SerializationError(`expected ${expected} for ${schema.id ?? schema.type}, got ${describe(value)}`, path);
  };
  switch (schema.type) {
    case 'list': {
      if (!Array.isArray(value)) return wrong('an array');
      const itemName = memberName(schema.member, LIST_ITEM);
      const children: XmlNode[] = [];
      value.forEach((item, i) => {
        if (item !== null && item !== undefined) children.push(valueToXml(schema.member, item, itemName, options, `${path}/${i}`, schema.member.xmlNamespace));
      });
      return { name, attributes: attributesWith(namespace), children };
    }
    case 'map':
      return { name, attributes: attributesWith(namespace), children: mapEntries(schema, value, MAP_ENTRY, undefined, options, path) };
    case 'structure':
      return isRecord(value) ? structureToXml(schema, value, name, options, path, undefined, namespace) : wrong('an object');
    case 'union':
      return isRecord(value) ? unionToXml(schema, value, name, options, path, namespace) : wrong('an object');
    case 'document':
      throw new SerializationError('documents cannot be written as XML', path);
    default: {
      const text = formatScalarText(member, value, path);
      return { name, attributes: attributesWith(namespace), children: text === '' ? [] : [text] };
    }
  }
}

function unionToXml(schema: UnionSchema, value: Record<string, unknown>, name: string, options: XmlWriteOptions, path: string, namespace?: XmlNamespace): XmlElement {
  const unknown = own(value, '$unknown');
  if (Array.isArray(unknown) && typeof unknown[0] === 'string') {
    const text = unknown[1];
    if (typeof text !== 'string') throw new SerializationError('an unknown union member can only be written as XML with a string value', path);
    return { name, attributes: attributesWith(namespace), children: [{ name: unknown[0], attributes: attributesWith(undefined), children: text ? [text] : [] }] };
  }
  const element = structureToXml(schema, value, name, options, path, undefined, namespace);
  const set = Object.keys(schema.members).filter((k) => own(value, k) !== undefined && own(value, k) !== null);
  if (set.length !== 1) throw new SerializationError(`a union must have exactly one member set, got ${set.length} (${set.join(', ') || 'none'})`, path);
  return element;
}

/** One element per (non-null) map entry, each holding the key and value elements. */
function mapEntries(schema: MapSchema, value: unknown, entryName: string, namespace: XmlNamespace | undefined, options: XmlWriteOptions, path: string): XmlElement[] {
  if (!isRecord(value)) throw new SerializationError(`expected an object for ${schema.id ?? 'map'}, got ${describe(value)}`, path);
  const keyName = memberName(schema.key, MAP_KEY);
  const valueName = memberName(schema.value, MAP_VALUE);
  const entries: XmlElement[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    const p = `${path}/${k}`;
    entries.push({
      name: entryName,
      attributes: attributesWith(namespace),
      children: [valueToXml(schema.key, k, keyName, options, p, schema.key.xmlNamespace), valueToXml(schema.value, v, valueName, options, p, schema.value.xmlNamespace)],
    });
  }
  return entries;
}
