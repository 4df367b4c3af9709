/**
 * XML text ⇄ a small element tree, the document model the schema-driven XML codec reads and writes.
 *
 * Reading uses `fast-xml-parser` (well-formedness check with its validator, then its order-preserving
 * parser): entities and character references are decoded, CDATA becomes text, comments, processing
 * instructions and the XML declaration are dropped, whitespace is kept as it is. Writing is a plain
 * walk of the tree with our own escaping, because the library's builder writes `\r` raw (an XML parser
 * turns a raw `\r` into `\n`) and escapes quotes in text; the escaping here round-trips every string
 * XML 1.0 can hold.
 * @packageDocumentation
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { EntityDecoder } from '@nodable/entities';

/** An XML element: its qualified name (`prefix:local` as written), attributes and children in document order. */
export interface XmlElement {
  readonly name: string;
  /** Attributes by qualified name, `xmlns` / `xmlns:*` declarations included (a null-prototype record). */
  readonly attributes: Record<string, string>;
  readonly children: XmlNode[];
}

/** A child of an element: an element or a run of text. */
export type XmlNode = XmlElement | string;

/** The text is not a well-formed XML document with one root element. */
export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
}

const TEXT = '#text';
const ATTRIBUTES = ':@';
/**
 * Prefix given to every element and attribute name while parsing, removed again in {@link toNode}: the
 * parser keys nodes by name and refuses names such as `constructor` or `__proto__` (prototype pollution);
 * prefixed, a member named `constructor` stays an ordinary element (`~` cannot start an XML name).
 */
const NAME_MARK = '~';

let parser: XMLParser | undefined;

/** The shared parser, built on first use (so importing this module does no work). */
function getParser(): XMLParser {
  return (parser ??= createParser());
}

function createParser(): XMLParser {
  return new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    // the five XML entities and character references (`&#xD;`); entities a DOCTYPE declares are not expanded
    entityDecoder: new EntityDecoder({
      numericAllowed: true,
      onInputEntity: () => 'block',
      limit: { maxTotalExpansions: 100_000, maxExpandedLength: 10_000_000, applyLimitsTo: 'all' },
    }),
    ignoreDeclaration: true,
    ignorePiTags: true,
    // idempotent: fast-xml-parser 5.12 transforms the name of a self-closing element twice
    transformTagName: markName,
    transformAttributeName: markName,
  });
}

function markName(name: string): string {
  return name.startsWith(NAME_MARK) ? name : NAME_MARK + name;
}

/** fast-xml-parser's order-preserving node: `{ [tag]: children, ':@'?: attributes }` or `{ '#text': text }`. */
type OrderedNode = Record<string, unknown>;

/**
 * Parse an XML document.
 * @returns the root element
 * @throws XmlSyntaxError when the text is not well-formed or has no root element (message with line and column)
 */
export function parseXmlText(text: string): XmlElement {
  const checked = XMLValidator.validate(text);
  if (checked !== true) {
    const { msg, line, col } = checked.err;
    throw new XmlSyntaxError(line === undefined ? msg : `${msg} (line ${line}${col === undefined ? '' : `, column ${col}`})`);
  }
  let nodes: OrderedNode[];
  try {
    nodes = getParser().parse(text) as OrderedNode[];
  } catch (e) {
    throw new XmlSyntaxError(e instanceof Error ? e.message : String(e));
  }
  const roots = nodes.map(toNode).filter((n): n is XmlElement => typeof n !== 'string');
  if (roots.length !== 1) throw new XmlSyntaxError(roots.length === 0 ? 'no root element' : `${roots.length} root elements`);
  return roots[0]!;
}

function toNode(node: OrderedNode): XmlNode {
  const keys = Object.keys(node);
  if (keys.length === 1 && keys[0] === TEXT) return String(node[TEXT]);
  const key = keys.find((k) => k !== ATTRIBUTES)!;
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  const raw = node[ATTRIBUTES] as Record<string, unknown> | undefined;
  if (raw) for (const [k, v] of Object.entries(raw)) attributes[k.slice(NAME_MARK.length)] = String(v);
  const children = ((node[key] as OrderedNode[] | undefined) ?? []).map(toNode);
  return { name: key.slice(NAME_MARK.length), attributes, children };
}

/** The local part of a qualified name (`xsi:type` → `type`). */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The text content of an element: its text children joined (child elements are skipped). */
export function textOf(element: XmlElement): string {
  let text = '';
  for (const child of element.children) if (typeof child === 'string') text += child;
  return text;
}

/** The child elements of an element, in document order. */
export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string');
}

/** Escape text content: `&`, `<`, `>` and `\r` (which a parser would otherwise read as `\n`). */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>\r]/g, (c) => ESCAPES[c]!);
}

/** Escape an attribute value: also `"`, and `\n` / `\t` (which attribute-value normalisation turns into spaces). */
export function escapeXmlAttribute(text: string): string {
  return text.replace(/[&<>"\r\n\t]/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#xD;',
  '\n': '&#xA;',
  '\t': '&#x9;',
};

/**
 * Write an element tree as XML text (no declaration, no indentation; empty elements as `<a/>`).
 * Names are written as given: the codec takes them from the model, where they are valid XML names.
 */
export function writeXmlText(element: XmlElement): string {
  const parts: string[] = [];
  writeElement(element, parts);
  return parts.join('');
}

function writeElement(element: XmlElement, parts: string[]): void {
  parts.push('<', element.name);
  for (const [k, v] of Object.entries(element.attributes)) parts.push(' ', k, '="', escapeXmlAttribute(v), '"');
  if (element.children.length === 0) {
    parts.push('/>');
    return;
  }
  parts.push('>');
  for (const child of element.children) {
    if (typeof child === 'string') parts.push(escapeXmlText(child));
    else writeElement(child, parts);
  }
  parts.push('</', element.name, '>');
}
