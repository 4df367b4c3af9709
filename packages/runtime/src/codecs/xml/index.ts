/**
 * The XML codec: value ⇄ XML by schema (Smithy "XML bindings"), used by restXml bodies and the
 * awsQuery / ec2Query responses, in both directions.
 * @packageDocumentation
 */
export { parseXmlText, writeXmlText, localName, textOf, childElements, escapeXmlText, escapeXmlAttribute, XmlSyntaxError } from './xml-text.js';
export type { XmlElement, XmlNode } from './xml-text.js';
export { documentName, memberName, namespaceAttribute, attributesWith } from './names.js';
export { structureToXml, valueToXml } from './serialize.js';
export type { XmlWriteOptions } from './serialize.js';
export { structureFromXml, valueFromXml } from './deserialize.js';
export type { XmlReadOptions } from './deserialize.js';
export { APPLICATION_XML, XML_DECLARATION, isEmptyXmlBody, parseXmlBody, writeXmlBody } from './document.js';
export { xmlBodyCodec } from './body.js';
export type { XmlBodyOptions } from './body.js';
