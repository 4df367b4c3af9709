/**
 * XML element tree → typed value, driven by runtime schemas (the reverse of `./serialize.ts`,
 * Smithy "XML bindings").
 *
 * Elements and attributes are matched by local name (a `prefix:` is ignored, as XML readers of AWS
 * SDKs do); `xmlns` declarations and unknown elements are ignored. Two modes: lenient (client:
 * surrounding whitespace of numbers ignored, any timestamp format, unknown union members kept as
 * `$unknown`) and strict (mock: canonical scalars, timestamps in their declared format, exactly one
 * member per union).
 * @packageDocumentation
 */
import { SerializationError } from '../serialization-error.js';
import { deref } from '../../schema/index.js';
import type { MapSchema, MemberSchema, StructureSchema, UnionSchema } from '../../schema/index.js';
import { defaultValue, zeroValue } from '../json/defaults.js';
import { parseScalarText } from '../scalar-text.js';
import { LIST_ITEM, MAP_ENTRY, MAP_KEY, MAP_VALUE, memberName } from './names.js';
import { childElements, localName, textOf } from './xml-text.js';
import type { XmlElement } from './xml-text.js';

/** How the XML deserialiser reads. */
export interface XmlReadOptions {
  /** Mock side: canonical scalars, declared timestamp formats, exactly one union member. */
  readonly strict: boolean;
  /** Fill members missing from the document with their `@default` (Smithy "default trait"). */
  readonly fillDefaults?: boolean;
  /** Clients: fill missing required members without a default with a zero value (Smithy "Client error correction"). */
  readonly errorCorrection?: boolean;
}

type ValueMember = Pick<MemberSchema, 'target' | 'timestampFormat'>;

function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

/** Child elements by local name, in document order. */
function childrenByName(element: XmlElement): Map<string, XmlElement[]> {
  const byName = new Map<string, XmlElement[]>();
  for (const child of childElements(element)) {
    const key = localName(child.name);
    const list = byName.get(key);
    if (list) list.push(child);
    else byName.set(key, [child]);
  }
  return byName;
}

/** An attribute by qualified name, else by local name (`xmlns` declarations never match). */
function findAttribute(element: XmlElement, name: string): string | undefined {
  const exact = element.attributes[name];
  if (exact !== undefined) return exact;
  const local = localName(name);
  for (const [k, v] of Object.entries(element.attributes)) {
    if (k !== 'xmlns' && !k.startsWith('xmlns:') && localName(k) === local) return v;
  }
  return undefined;
}

/**
 * Read the members of a structure from its element. Members missing from the element are left
 * unset, or filled per `options.fillDefaults` / `options.errorCorrection`.
 * @param only member names to read (default: all)
 * @throws SerializationError naming the member path when a value does not fit the schema
 */
export function structureFromXml(
  schema: StructureSchema | UnionSchema,
  element: XmlElement,
  options: XmlReadOptions,
  path = '',
  only?: readonly string[],
): Record<string, unknown> {
  const byName = childrenByName(element);
  const out: Record<string, unknown> = {};
  for (const key of only ?? Object.keys(schema.members)) {
    const member = schema.members[key];
    if (!member) continue;
    const p = `${path}/${key}`;
    const v = readMember(member, memberName(member, key), element, byName, options, p);
    if (v !== undefined) setOwn(out, key, v);
    else {
      const filled = missingValue(member, options, p);
      if (filled !== undefined) setOwn(out, key, filled);
    }
  }
  return out;
}

function readMember(
  member: MemberSchema,
  name: string,
  element: XmlElement,
  byName: Map<string, XmlElement[]>,
  options: XmlReadOptions,
  path: string,
): unknown {
  if (member.xmlAttribute) {
    const text = findAttribute(element, name);
    return text === undefined ? undefined : parseScalarText(member, text, path, options.strict);
  }
  const elements = byName.get(localName(name));
  if (!elements) return undefined;
  const target = deref(member.target);
  if (member.xmlFlattened && target.type === 'list') return elements.map((el, i) => valueFromXml(target.member, el, options, `${path}/${i}`));
  if (member.xmlFlattened && target.type === 'map') return mapFromEntries(target, elements, options, path);
  return valueFromXml(member, elements[0]!, options, path);
}

/** The value of a member missing from the document: its default, else (error correction) a zero value, else `undefined`. */
function missingValue(member: MemberSchema, options: XmlReadOptions, path: string): unknown {
  if (options.fillDefaults && member.default !== undefined) return defaultValue(member);
  if (!options.errorCorrection || !member.required) return undefined;
  const target = deref(member.target);
  return target.type === 'structure' ? structureFromXml(target, { name: '', attributes: {}, children: [] }, options, path) : zeroValue(target);
}

/**
 * Read one value from its element: scalars from the element's text, lists and maps from their wrapped items / entries.
 * @throws SerializationError naming `path` on a value that does not fit the schema
 */
export function valueFromXml(member: ValueMember, element: XmlElement, options: XmlReadOptions, path: string): unknown {
  const schema = deref(member.target);
  switch (schema.type) {
    case 'list': {
      const itemName = localName(memberName(schema.member, LIST_ITEM));
      return childElements(element)
        .filter((c) => localName(c.name) === itemName)
        .map((c, i) => valueFromXml(schema.member, c, options, `${path}/${i}`));
    }
    case 'map':
      return mapFromEntries(schema, childElements(element).filter((c) => localName(c.name) === MAP_ENTRY), options, path);
    case 'structure':
      return structureFromXml(schema, element, options, path);
    case 'union':
      return unionFromXml(schema, element, options, path);
    case 'document':
      throw new SerializationError('documents cannot be read from XML', path);
    default:
      return parseScalarText(member, textOf(element), path, options.strict);
  }
}

/** A map from its entry elements (each holding a key and a value element). */
function mapFromEntries(schema: MapSchema, entries: readonly XmlElement[], options: XmlReadOptions, path: string): Record<string, unknown> {
  const keyName = localName(memberName(schema.key, MAP_KEY));
  const valueName = localName(memberName(schema.value, MAP_VALUE));
  const out: Record<string, unknown> = {};
  entries.forEach((entry, i) => {
    const children = childElements(entry);
    const keyElement = children.find((c) => localName(c.name) === keyName);
    const valueElement = children.find((c) => localName(c.name) === valueName);
    if (!keyElement) {
      if (options.strict) throw new SerializationError(`map entry without a <${keyName}> element`, `${path}/${i}`);
      return;
    }
    const key = String(parseScalarText(schema.key, textOf(keyElement), `${path}/${i}`, options.strict));
    if (valueElement) setOwn(out, key, valueFromXml(schema.value, valueElement, options, `${path}/${key}`));
    else if (schema.sparse) setOwn(out, key, null);
    else if (options.strict) throw new SerializationError(`map entry without a <${valueName}> element`, `${path}/${key}`);
  });
  return out;
}

function unionFromXml(schema: UnionSchema, element: XmlElement, options: XmlReadOptions, path: string): Record<string, unknown> {
  const out = structureFromXml(schema, element, { strict: options.strict }, path);
  const set = Object.keys(out);
  if (set.length === 1) return out;
  if (set.length > 1 && options.strict) throw new SerializationError(`a union must have exactly one member set, got ${set.length}`, path);
  if (set.length > 1) return out;
  const other = childElements(element)[0];
  if (options.strict) {
    throw new SerializationError(other ? `unknown member ${JSON.stringify(localName(other.name))} of union ${schema.id ?? schema.name}` : 'a union must have exactly one member set, got 0', path);
  }
  return other ? { $unknown: [localName(other.name), textOf(other)] } : {};
}
