/**
 * XML documents as message bodies of restXml (Smithy "AWS restXml protocol", "XML bindings"): the
 * body codec that restXml composes with the HTTP bindings.
 *
 * - The unbound members of a structure are one document whose element is named after the structure
 *   (`@xmlName`, else the shape name) and declares the structure's `@xmlNamespace`, else the service's.
 * - An `@httpPayload` structure or union is a document named by the payload member's `@xmlName`, else
 *   the target's `@xmlName`, else the target's shape name.
 * - `unwrapped` (S3 `GetBucketLocation`, `aws.customizations#s3UnwrappedXmlOutput`): the document is the
 *   single body member's own element.
 * @packageDocumentation
 */
import type { BodyCodec } from '../body-codec.js';
import { deref } from '../../schema/index.js';
import type { XmlNamespace } from '../../schema/index.js';
import { APPLICATION_XML, isEmptyXmlBody, parseXmlBody, writeXmlBody } from './document.js';
import { structureFromXml, type XmlReadOptions } from './deserialize.js';
import { documentName, memberName } from './names.js';
import { structureToXml, valueToXml, type XmlWriteOptions } from './serialize.js';
import { valueFromXml } from './deserialize.js';
import type { XmlElement } from './xml-text.js';

/** How one side of an exchange writes and reads XML bodies. */
export interface XmlBodyOptions {
  /** Options for the bodies this side sends. */
  readonly write: XmlWriteOptions;
  /** Options for the bodies this side receives (`strict` on the mock side). */
  readonly read: XmlReadOptions;
  /** The service's `@xmlNamespace`, declared on documents whose shape has none of its own. */
  readonly namespace?: XmlNamespace;
  /** The document is the single body member's element (`s3UnwrappedXmlOutput`). */
  readonly unwrapped?: boolean;
  /** Start written documents with the XML declaration (`<?xml version="1.0" encoding="UTF-8"?>`). */
  readonly declaration?: boolean;
}

/** The XML body codec for one side of an exchange (see the module header for the document rules). */
export function xmlBodyCodec(options: XmlBodyOptions): BodyCodec {
  const { write, read, namespace, unwrapped } = options;
  const declaration = options.declaration === true;
  return {
    mediaType: APPLICATION_XML,
    isEmpty: isEmptyXmlBody,
    writeMembers(schema, value, names) {
      const element = structureToXml(schema, value, documentName(schema), write, '', names, schema.xmlNamespace ?? namespace);
      if (unwrapped) {
        const only = element.children.find((c): c is XmlElement => typeof c !== 'string');
        if (only) return writeXmlBody(namespace && !only.attributes['xmlns'] ? withNamespace(only, namespace) : only, declaration);
      }
      return writeXmlBody(element, declaration);
    },
    writeValue(member, value, path) {
      const target = deref(member.target);
      const named = target.type === 'structure' || target.type === 'union' ? documentName(target, member) : memberName(member, path.slice(1));
      const ns = member.xmlNamespace ?? (target.type === 'structure' || target.type === 'union' ? target.xmlNamespace : undefined) ?? namespace;
      return writeXmlBody(valueToXml(member, value, named, write, path, ns), declaration);
    },
    readMembers(schema, body, names) {
      if (isEmptyXmlBody(body)) {
        return read.fillDefaults || read.errorCorrection ? structureFromXml(schema, EMPTY, read, '', names) : {};
      }
      const root = parseXmlBody(body!);
      return structureFromXml(schema, unwrapped ? { name: '', attributes: {}, children: [root] } : root, read, '', names);
    },
    readValue(member, body, path) {
      if (isEmptyXmlBody(body)) return undefined;
      return valueFromXml(member, parseXmlBody(body), read, path);
    },
  };
}

const EMPTY: XmlElement = { name: '', attributes: {}, children: [] };

function withNamespace(element: XmlElement, namespace: XmlNamespace): XmlElement {
  const attributes = Object.create(null) as Record<string, string>;
  attributes[namespace.prefix ? `xmlns:${namespace.prefix}` : 'xmlns'] = namespace.uri;
  return { ...element, attributes: Object.assign(attributes, element.attributes) };
}
