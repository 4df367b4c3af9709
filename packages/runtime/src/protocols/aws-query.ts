/**
 * The `aws.protocols#awsQuery` codec (Smithy "AWS query protocol"), and the request/response frame it
 * shares with ec2Query (`./ec2-query.ts`):
 *
 * - requests are `POST /` with an `application/x-www-form-urlencoded` body
 *   `Action=<Operation>&Version=<service version>&…input` (`../codecs/query`); HTTP binding traits are ignored;
 * - responses are XML: awsQuery wraps the output in `<OperationResponse><OperationResult>…</OperationResult>
 *   <ResponseMetadata><RequestId>…</RequestId></ResponseMetadata></OperationResponse>`, ec2Query writes the
 *   members straight into `<OperationResponse>` followed by `<requestId>`; the service's `@xmlNamespace` is
 *   declared on `<OperationResponse>`; the output's own `@xmlName` is ignored;
 * - errors: see `./xml-errors.ts`.
 * @packageDocumentation
 */
import { joinCodec, MalformedRequestError } from './codec.js';
import type { ClientCodec, ProtocolCodec, ServerCodec } from './codec.js';
import type { HttpRequest, HttpResponse } from '../http/messages.js';
import { deref } from '../schema/index.js';
import type { OperationSchema } from '../schema/index.js';
import { utf8Decode, utf8Encode } from '../bytes/utf8.js';
import { asMalformed } from './malformed.js';
import { fillIdempotencyTokens } from './idempotency.js';
import { mediaTypeOf } from '../http/headers.js';
import { FORM_URLENCODED, parseForm, queryTree, structureFromQuery, structureToQuery, writeForm } from '../codecs/query/index.js';
import type { QueryDialect } from '../codecs/query/index.js';
import { attributesWith, childElements, isEmptyXmlBody, localName, parseXmlBody, structureFromXml, structureToXml, writeXmlBody } from '../codecs/xml/index.js';
import type { XmlElement } from '../codecs/xml/index.js';
import { parseXmlError, serializeXmlError } from './xml-errors.js';

const EMPTY: XmlElement = { name: '', attributes: {}, children: [] };

/** The client half of a query protocol (awsQuery or ec2Query). */
export function createQueryClient(dialect: QueryDialect): ClientCodec {
  return {
    name: dialect,

    serializeRequest(service, operation, input, options): HttpRequest {
      const schema = deref(operation.input);
      const value = fillIdempotencyTokens(schema, input, options);
      const pairs = structureToQuery(schema, value, { dialect, defaults: 'client' });
      const body = writeForm([['Action', operation.name], ['Version', service.version], ...pairs]);
      return { method: 'POST', path: '/', query: [], headers: { 'content-type': FORM_URLENCODED }, body: utf8Encode(body) };
    },

    parseResponse(_service, operation, response): Record<string, unknown> {
      const output = deref(operation.output);
      const options = { strict: false, fillDefaults: true, errorCorrection: true };
      if (isEmptyXmlBody(response.body)) return structureFromXml(output, EMPTY, options);
      const root = parseXmlBody(response.body!);
      return structureFromXml(output, dialect === 'ec2Query' ? root : resultElement(root, operation) ?? EMPTY, options);
    },

    parseError(service, operation, response) {
      return parseXmlError(service, operation, response, dialect);
    },
  };
}

/** `<OperationResult>` inside `<OperationResponse>` (matched by local name). */
function resultElement(root: XmlElement, operation: OperationSchema): XmlElement | undefined {
  const name = `${operation.name}Result`;
  return childElements(root).find((c) => localName(c.name) === name);
}

/** Parsed form bodies by body bytes: every handler of a service looks at the same request's `Action`. */
const forms = new WeakMap<Uint8Array, Array<[string, string]>>();

function formOf(body: Uint8Array): Array<[string, string]> {
  let pairs = forms.get(body);
  if (!pairs) forms.set(body, (pairs = parseForm(utf8Decode(body))));
  return pairs;
}

/** The mock half of a query protocol (awsQuery or ec2Query). */
export function createQueryServer(dialect: QueryDialect): ServerCodec {
  return {
    name: dialect,

    // The operation is named by `Action` in the form body; the path is `/` (a custom endpoint's base path is
    // removed by the mock's scope before matching, as for awsJson).
    matchRequest(_service, operation, request): boolean {
      if (request.method.toUpperCase() !== 'POST' || request.path !== '/' || request.body === undefined) return false;
      const action = formOf(request.body).find(([k]) => k === 'Action');
      return action?.[1] === operation.name;
    },

    parseRequest(_service, operation, request): Record<string, unknown> {
      const mediaType = mediaTypeOf(request.headers);
      if (mediaType !== FORM_URLENCODED) {
        throw new MalformedRequestError(`expected content-type ${FORM_URLENCODED}, got ${mediaType || 'none'}`, 415, 'UnsupportedMediaTypeException');
      }
      const pairs = request.body === undefined ? [] : formOf(request.body);
      return asMalformed(() => structureFromQuery(deref(operation.input), queryTree(pairs), { dialect, strict: true, fillDefaults: true }));
    },

    serializeResponse(service, operation, output, context): HttpResponse {
      const schema = deref(operation.output);
      const members = structureToXml(schema, output, '', { defaults: 'all' }).children;
      const id = context?.requestId;
      const children =
        dialect === 'ec2Query'
          ? [...members, ...(id === undefined ? [] : [text('requestId', id)])]
          : [
              { name: `${operation.name}Result`, attributes: attributesWith(undefined), children: members },
              ...(id === undefined ? [] : [{ name: 'ResponseMetadata', attributes: attributesWith(undefined), children: [text('RequestId', id)] }]),
            ];
      const root: XmlElement = { name: `${operation.name}Response`, attributes: attributesWith(service.xmlNamespace), children };
      return { status: 200, headers: { 'content-type': queryContentType(dialect) }, body: writeXmlBody(root) };
    },

    serializeError(service, _operation, error, members, context): HttpResponse {
      return serializeXmlError(service, error, members, dialect, context?.requestId);
    },
  };
}

/** The content type of query protocol responses: `text/xml` (awsQuery), `text/xml;charset=UTF-8` (ec2Query), as the services send them. */
export function queryContentType(dialect: QueryDialect): string {
  return dialect === 'ec2Query' ? 'text/xml;charset=UTF-8' : 'text/xml';
}

function text(name: string, value: string): XmlElement {
  return { name, attributes: attributesWith(undefined), children: value === '' ? [] : [value] };
}

/** The client half of the awsQuery codec (what generated clients bundle). */
export const awsQueryClient: ClientCodec = /* @__PURE__ */ createQueryClient('awsQuery');
/** The mock half of the awsQuery codec. */
export const awsQueryServer: ServerCodec = /* @__PURE__ */ createQueryServer('awsQuery');
/** The awsQuery codec (client and mock directions). */
export const awsQuery: ProtocolCodec = /* @__PURE__ */ joinCodec(awsQueryClient, awsQueryServer);

