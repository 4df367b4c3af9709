/**
 * XML documents as message bodies: bytes ⇄ element tree, with the codec's error type.
 * @packageDocumentation
 */
import { SerializationError } from '../serialization-error.js';
import { utf8Decode, utf8Encode } from '../../bytes/utf8.js';
import { parseXmlText, writeXmlText, XmlSyntaxError } from './xml-text.js';
import type { XmlElement } from './xml-text.js';

/** XML media type of restXml bodies. */
export const APPLICATION_XML = 'application/xml';

/** Is the body empty (absent, zero bytes, or only XML whitespace: space, tab, CR, LF)? */
export function isEmptyXmlBody(body: Uint8Array | undefined): boolean {
  if (body === undefined) return true;
  for (const byte of body) {
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  }
  return true;
}

/**
 * Parse XML body bytes (UTF-8) into the root element.
 * @throws SerializationError (path `/`) when the body is not a well-formed XML document with one root element
 */
export function parseXmlBody(body: Uint8Array): XmlElement {
  try {
    return parseXmlText(utf8Decode(body));
  } catch (e) {
    if (e instanceof XmlSyntaxError) throw new SerializationError(`invalid XML body: ${e.message}`, '/');
    throw e;
  }
}

/** The XML declaration some services put before every document (S3). */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * Write a root element as UTF-8 XML body bytes.
 * @param declaration start with {@link XML_DECLARATION}
 */
export function writeXmlBody(root: XmlElement, declaration = false): Uint8Array {
  return utf8Encode(declaration ? XML_DECLARATION + writeXmlText(root) : writeXmlText(root));
}
