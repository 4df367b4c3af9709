/**
 * The `smithy.protocols#rpcv2Json` codec (Smithy "RPC v2 JSON protocol"): every request is
 * `POST {prefix}/service/<ServiceName>/operation/<OperationName>` with `smithy-protocol: rpc-v2-json`,
 * `Accept: application/json` and the whole input as one JSON object (`Content-Type: application/json`);
 * an operation without input (`smithy.api#Unit`) sends no body and no `Content-Type`. Responses carry
 * `smithy-protocol: rpc-v2-json` and the whole output the same way; errors are JSON objects with
 * `__type` (see `./rpcv2-json-errors.ts`). HTTP binding traits and `@jsonName` are ignored,
 * `bigInteger`/`bigDecimal` travel as JSON strings and timestamps always as epoch seconds.
 * `@awsQueryCompatible` services behave as in awsJson (`x-amzn-query-mode: true` on requests,
 * `x-amzn-query-error` on errors).
 *
 * The request line, the `smithy-protocol` header and `__type` error naming are the RPC v2 family's
 * (`./rpc-v2.ts`, shared with rpcv2Cbor).
 * @packageDocumentation
 */
import { joinCodec, MalformedRequestError } from './codec.js';
import type { ClientCodec, ProtocolCodec, ServerCodec } from './codec.js';
import type { HttpRequest, HttpResponse } from '../http/messages.js';
import { deref, isUnit } from '../schema/index.js';
import { SerializationError } from '../codecs/serialization-error.js';
import { asMalformed } from './malformed.js';
import { documentMembers, isEventStreamRequest } from './event-stream.js';
import { fillIdempotencyTokens } from './idempotency.js';
import { findHeader, mediaTypeOf } from '../http/headers.js';
import { QUERY_MODE_HEADER } from './aws-json.js';
import { APPLICATION_JSON, jsonBodyCodec } from '../codecs/json/body.js';
import type { BodyCodec } from '../codecs/body-codec.js';
import { isRpcV2JsonResponse, parseRpcV2JsonError, RPC_V2_JSON, RPC_V2_JSON_VALUES, serializeRpcV2JsonError } from './rpcv2-json-errors.js';
import { rpcV2Path, SMITHY_PROTOCOL_HEADER } from './rpc-v2.js';

/** Request headers a server must reject (Smithy "RPC v2 JSON protocol", Requests). */
const FORBIDDEN_REQUEST_HEADERS = ['x-amz-target', 'x-amzn-target'];

function createRpcV2JsonClient(): ClientCodec {
  const body: BodyCodec = jsonBodyCodec({
    write: { ...RPC_V2_JSON_VALUES, defaults: 'client' },
    read: { ...RPC_V2_JSON_VALUES, strict: false, fillDefaults: true, errorCorrection: true },
  });
  return {
    name: 'rpcv2Json',
    events: { body, initialMessages: true },

    serializeRequest(service, operation, input, options): HttpRequest {
      const schema = deref(operation.input);
      const headers: Record<string, string> = { [SMITHY_PROTOCOL_HEADER]: RPC_V2_JSON, accept: APPLICATION_JSON };
      // awsQuery "awsQueryCompatible trait": tell the service the client reads awsQuery error codes.
      if (service.awsQueryCompatible) headers[QUERY_MODE_HEADER] = 'true';
      const request: HttpRequest = { method: 'POST', path: rpcV2Path(service, operation), query: [], headers };
      if (isUnit(schema)) return request;
      headers['content-type'] = APPLICATION_JSON;
      const value = fillIdempotencyTokens(schema, input, options);
      return { ...request, body: body.writeMembers(schema, value, documentMembers(schema)) };
    },

    // Smithy "Operation response deserialization": a response without the protocol header is malformed.
    parseResponse(_service, operation, response): Record<string, unknown> {
      if (!isRpcV2JsonResponse(response)) {
        throw new SerializationError(`the response has no ${SMITHY_PROTOCOL_HEADER}: ${RPC_V2_JSON} header, so it is not an rpcv2Json response`, '/');
      }
      const output = deref(operation.output);
      return body.readMembers(output, response.body, documentMembers(output));
    },

    parseError(service, operation, response) {
      return parseRpcV2JsonError(service, operation, response);
    },
  };
}

function createRpcV2JsonServer(): ServerCodec {
  const body: BodyCodec = jsonBodyCodec({
    write: { ...RPC_V2_JSON_VALUES, defaults: 'all' },
    read: { ...RPC_V2_JSON_VALUES, strict: true, fillDefaults: true },
  });
  return {
    name: 'rpcv2Json',
    events: { body, initialMessages: true },

    // Smithy "Identification for claiming": POST, the protocol header, and a path ending in the
    // operation's path (the spec allows a prefix: a custom endpoint's base path the mock's scope did not strip).
    matchRequest(service, operation, request): boolean {
      return (
        request.method.toUpperCase() === 'POST' &&
        request.path.endsWith(rpcV2Path(service, operation)) &&
        findHeader(request.headers, SMITHY_PROTOCOL_HEADER)?.[1]?.trim() === RPC_V2_JSON
      );
    },

    parseRequest(_service, operation, request): Record<string, unknown> {
      const target = FORBIDDEN_REQUEST_HEADERS.find((name) => findHeader(request.headers, name) !== undefined);
      if (target) throw new MalformedRequestError(`an rpcv2Json request must not carry ${target}`);
      const mediaType = mediaTypeOf(request.headers);
      if (!body.isEmpty(request.body) && mediaType && mediaType !== APPLICATION_JSON && !isEventStreamRequest(mediaType, deref(operation.input))) {
        throw new MalformedRequestError(`expected content-type ${APPLICATION_JSON}, got ${mediaType}`, 415, 'UnsupportedMediaTypeException');
      }
      return asMalformed(() => {
        const input = deref(operation.input);
        return body.readMembers(input, request.body, documentMembers(input));
      });
    },

    serializeResponse(_service, operation, output): HttpResponse {
      const schema = deref(operation.output);
      const headers: Record<string, string> = { [SMITHY_PROTOCOL_HEADER]: RPC_V2_JSON };
      if (isUnit(schema)) return { status: 200, headers };
      headers['content-type'] = APPLICATION_JSON;
      return { status: 200, headers, body: body.writeMembers(schema, output, documentMembers(schema)) };
    },

    serializeError(service, _operation, error, members): HttpResponse {
      return serializeRpcV2JsonError(service, error, members);
    },
  };
}

/** The client half of the rpcv2Json codec (what generated clients bundle). */
export const rpcv2JsonClient: ClientCodec = /* @__PURE__ */ createRpcV2JsonClient();
/** The mock half of the rpcv2Json codec. */
export const rpcv2JsonServer: ServerCodec = /* @__PURE__ */ createRpcV2JsonServer();
/** The rpcv2Json codec (`Content-Type: application/json`, `smithy-protocol: rpc-v2-json`). */
export const rpcv2Json: ProtocolCodec = /* @__PURE__ */ joinCodec(rpcv2JsonClient, rpcv2JsonServer);
