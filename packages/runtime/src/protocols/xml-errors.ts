/**
 * Error responses of the XML protocols, both directions (Smithy "AWS restXml protocol", "AWS query
 * protocol" and "AWS EC2 query protocol": "Operation error serialization").
 *
 * | protocol | body |
 * |---|---|
 * | restXml | `<ErrorResponse><Error><Type/><Code/><Message/>…members</Error><RequestId/></ErrorResponse>`; with `@restXml(noErrorWrapping: true)` (S3) the bare `<Error>` holding `<RequestId>` |
 * | awsQuery | `<ErrorResponse><Error><Type/><Code/><Message/>…members</Error><RequestId/></ErrorResponse>`; the code is `@awsQueryError`'s, else the shape name |
 * | ec2Query | `<Response><Errors><Error><Code/><Message/>…members</Error></Errors><RequestID/></Response>` |
 *
 * Clients accept every one of these layouts whatever the protocol, and never fail on an unreadable
 * body: the code is then `Unknown` (the client names the HTTP status instead).
 * @packageDocumentation
 */
import { SerializationError } from '../codecs/serialization-error.js';
import { childElements, localName, parseXmlBody, structureFromXml, structureToXml, textOf, writeXmlBody, isEmptyXmlBody } from '../codecs/xml/index.js';
import type { XmlElement, XmlNode } from '../codecs/xml/index.js';
import type { HeaderMap, HttpResponse } from '../http/messages.js';
import type { ParsedError } from './codec.js';
import { deref } from '../schema/index.js';
import type { OperationSchema, ServiceSchema, StructureSchema } from '../schema/index.js';
import { errorStatus, fillMessageMember, findErrorSchema, sanitizeErrorCode } from './error-codes.js';

/** Which error layout to write. */
export type XmlErrorLayout = 'restXml' | 'awsQuery' | 'ec2Query';

/** Header members an error reads or writes besides its body (restXml `@httpHeader` members). */
export interface ErrorHeaderBinding {
  /** Body member names (the members not bound to headers). */
  bodyMembers(error: StructureSchema): readonly string[];
  read(error: StructureSchema, headers: HeaderMap, out: Record<string, unknown>): void;
  write(error: StructureSchema, members: Record<string, unknown>, headers: HeaderMap): void;
}

function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element ? childElements(element).find((c) => localName(c.name) === name) : undefined;
}

/** The `<Error>` element of any of the three layouts, and the request id next to (or inside) it. */
function locateError(root: XmlElement): { error?: XmlElement; requestId?: string } {
  const local = localName(root.name);
  const error = local === 'Error' ? root : local === 'Response' ? child(child(root, 'Errors'), 'Error') : child(root, 'Error');
  const idElement = child(root, 'RequestId') ?? child(root, 'RequestID') ?? child(error, 'RequestId');
  const out: { error?: XmlElement; requestId?: string } = {};
  if (error) out.error = error;
  if (idElement) out.requestId = textOf(idElement).trim();
  return out;
}

/** The modeled error of a wire code: an `@awsQueryError` code first (awsQuery), then the shape name. */
export function findXmlErrorSchema(service: ServiceSchema, operation: OperationSchema, code: string): StructureSchema | undefined {
  for (const list of [operation.errors, service.errors]) {
    for (const thunk of list) {
      const schema = deref(thunk);
      if (schema.awsQueryError?.code === code) return schema;
    }
  }
  return findErrorSchema(service, operation, code);
}

/**
 * The restXml error a bodiless 404 stands for, both ways: a HEAD response carries no body (RFC 9110
 * §9.3.2), so S3's `HeadObject`/`HeadBucket` answer a missing key or bucket with a bare 404, and the
 * model's `NotFound` error has no `@httpError`. AWS SDKs read a restXml 404 without an error code as
 * `NotFound` (smithy-typescript's `loadRestXmlErrorCode`); the mock answers a `NotFound` without
 * `@httpError` with 404 to match.
 */
export const NOT_FOUND = 'NotFound';

/**
 * Status of a modeled error in an XML protocol: `@awsQueryError`'s (awsQuery), else `@httpError`,
 * else 404 for a restXml {@link NOT_FOUND}, else 400 for client and 500 for server faults.
 */
export function xmlErrorStatus(error: StructureSchema, layout: XmlErrorLayout): number {
  const query = layout === 'awsQuery' ? error.awsQueryError : undefined;
  if (query?.httpResponseCode !== undefined) return query.httpResponseCode;
  if (error.httpError === undefined && layout === 'restXml' && error.name === NOT_FOUND) return 404;
  return errorStatus(error);
}

/**
 * Client: parse an XML-protocol error response. Members of a resolved schema are read leniently
 * from the `<Error>` element (and headers, for restXml); a member that fails to parse stops member
 * parsing silently (the code and message are still returned). A restXml 404 without a code (a HEAD
 * response has no body) is {@link NOT_FOUND}, as AWS SDKs read it.
 * @param layout `awsQuery` also reports the wire code and `<Type>` as `queryError`
 */
export function parseXmlError(
  service: ServiceSchema,
  operation: OperationSchema,
  response: HttpResponse,
  layout: XmlErrorLayout,
  headerBinding?: ErrorHeaderBinding,
): ParsedError {
  let root: XmlElement | undefined;
  if (!isEmptyXmlBody(response.body)) {
    try {
      root = parseXmlBody(response.body!);
    } catch {
      root = undefined;
    }
  }
  const { error, requestId } = root ? locateError(root) : {};
  const raw = textOf(child(error, 'Code') ?? { name: '', attributes: {}, children: [] }).trim();
  const wireCode = raw ? sanitizeErrorCode(raw) : layout === 'restXml' && response.status === 404 ? NOT_FOUND : '';
  const schema = wireCode ? findXmlErrorSchema(service, operation, wireCode) : undefined;
  const members: Record<string, unknown> = {};
  if (schema) {
    try {
      headerBinding?.read(schema, response.headers, members);
      if (error) Object.assign(members, structureFromXml(schema, error, { strict: false, fillDefaults: true }, '', headerBinding?.bodyMembers(schema)));
    } catch (e) {
      if (!(e instanceof SerializationError)) throw e;
    }
  }
  const messageElement = child(error, 'Message') ?? child(error, 'message');
  const message = ['message', 'Message', 'errorMessage'].map((k) => members[k]).find((v): v is string => typeof v === 'string') ?? (messageElement ? textOf(messageElement) : undefined);
  if (schema) fillMessageMember(schema, members, message);
  const parsed: ParsedError = { code: schema?.name ?? (wireCode || 'Unknown'), members };
  if (schema) parsed.schema = schema;
  if (message !== undefined) parsed.message = message;
  if (requestId) parsed.requestId = requestId;
  const type = child(error, 'Type');
  if (layout === 'awsQuery' && wireCode) parsed.queryError = { code: wireCode, type: type ? textOf(type).trim() : '' };
  return parsed;
}

const MESSAGE_MEMBER = /^(message|errorMessage)$/i;

/**
 * Mock: serialise a modeled error in the protocol's layout. Status: {@link xmlErrorStatus}. The message member (`message`,
 * `Message` or `errorMessage` without `@xmlName`) is written as `<Message>`, as AWS services send it.
 * @param requestId the request id to put in the body, when the mock has one
 * @throws SerializationError naming the member path on a wrongly typed member
 */
export function serializeXmlError(
  service: ServiceSchema,
  error: StructureSchema,
  members: Record<string, unknown>,
  layout: XmlErrorLayout,
  requestId: string | undefined,
  headerBinding?: ErrorHeaderBinding,
): HttpResponse {
  const headers: HeaderMap = { 'content-type': layout === 'restXml' ? 'application/xml' : layout === 'ec2Query' ? 'text/xml;charset=UTF-8' : 'text/xml' };
  headerBinding?.write(error, members, headers);
  const query = layout === 'awsQuery' ? error.awsQueryError : undefined;
  const names = (headerBinding?.bodyMembers(error) ?? Object.keys(error.members)).filter((n) => !(MESSAGE_MEMBER.test(n) && !error.members[n]!.xmlName));
  const body = structureToXml(error, members, 'Error', { defaults: 'all' }, '', names).children;
  const message = Object.keys(error.members).find((n) => MESSAGE_MEMBER.test(n) && !error.members[n]!.xmlName);
  const messageValue = message === undefined ? undefined : members[message];
  const head: XmlNode[] = [];
  if (layout !== 'ec2Query') head.push(text('Type', error.error === 'server' ? 'Receiver' : 'Sender'));
  head.push(text('Code', query?.code ?? error.name));
  if (typeof messageValue === 'string') head.push(text('Message', messageValue));
  const errorElement: XmlElement = { name: 'Error', attributes: {}, children: [...head, ...body] };
  const id = requestId === undefined ? [] : [text(layout === 'ec2Query' ? 'RequestID' : 'RequestId', requestId)];
  let root: XmlElement;
  if (layout === 'ec2Query') root = { name: 'Response', attributes: {}, children: [{ name: 'Errors', attributes: {}, children: [errorElement] }, ...id] };
  else if (layout === 'restXml' && service.restXmlNoErrorWrapping) root = { ...errorElement, children: [...errorElement.children, ...id] };
  else root = { name: 'ErrorResponse', attributes: {}, children: [errorElement, ...id] };
  return { status: xmlErrorStatus(error, layout), headers, body: writeXmlBody(root, layout === 'restXml') };
}

function text(name: string, value: string): XmlElement {
  return { name, attributes: {}, children: value === '' ? [] : [value] };
}
