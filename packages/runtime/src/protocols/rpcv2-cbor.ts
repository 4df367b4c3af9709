/**
 * The `smithy.protocols#rpcv2Cbor` codec (Smithy "RPC v2 CBOR protocol"): every request is
 * `POST {prefix}/service/<ServiceName>/operation/<OperationName>` with `smithy-protocol: rpc-v2-cbor`,
 * `Accept: application/cbor` and the whole input as one CBOR map (`Content-Type: application/cbor`);
 * an operation without input (`smithy.api#Unit`) sends no body and no `Content-Type`. Responses carry
 * the whole output the same way; errors are CBOR maps with `__type` (see `./cbor-errors.ts`). HTTP
 * binding traits and `@jsonName` are ignored. `@awsQueryCompatible` services behave as in awsJson
 * (`x-amzn-query-mode: true` on requests, `x-amzn-query-error` on errors).
 * @packageDocumentation
 */
import { joinCodec, MalformedRequestError } from './codec.js';
import type { ClientCodec, ProtocolCodec, ServerCodec } from './codec.js';
import type { HttpRequest, HttpResponse } from '../http/messages.js';
import { deref, isUnit } from '../schema/index.js';
import { asMalformed } from './malformed.js';
import { documentMembers, isEventStreamRequest } from './event-stream.js';
import { fillIdempotencyTokens } from './idempotency.js';
import { findHeader, mediaTypeOf } from '../http/headers.js';
import { QUERY_MODE_HEADER } from './aws-json.js';
import { parseCborError, RPC_V2_CBOR, serializeCborError } from './cbor-errors.js';
import { rpcV2Path, SMITHY_PROTOCOL_HEADER } from './rpc-v2.js';
import { APPLICATION_CBOR } from '../codecs/cbor/wire.js';
import { cborBodyCodec } from '../codecs/cbor/body.js';

function createRpcV2CborClient(): ClientCodec {
  const body = cborBodyCodec({ write: { defaults: 'client' }, read: { strict: false, fillDefaults: true, errorCorrection: true } });
  return {
    name: 'rpcv2Cbor',
    events: { body, initialMessages: true },

    serializeRequest(service, operation, input, options): HttpRequest {
      const schema = deref(operation.input);
      const headers: Record<string, string> = { [SMITHY_PROTOCOL_HEADER]: RPC_V2_CBOR, accept: APPLICATION_CBOR };
      // awsQuery "awsQueryCompatible trait": tell the service the client reads awsQuery error codes.
      if (service.awsQueryCompatible) headers[QUERY_MODE_HEADER] = 'true';
      const request: HttpRequest = { method: 'POST', path: rpcV2Path(service, operation), query: [], headers };
      if (isUnit(schema)) return request;
      headers['content-type'] = APPLICATION_CBOR;
      const value = fillIdempotencyTokens(schema, input, options);
      return { ...request, body: body.writeMembers(schema, value, documentMembers(schema)) };
    },

    parseResponse(_service, operation, response): Record<string, unknown> {
      const output = deref(operation.output);
      return body.readMembers(output, response.body, documentMembers(output));
    },

    parseError(service, operation, response) {
      return parseCborError(service, operation, response);
    },
  };
}

function createRpcV2CborServer(): ServerCodec {
  const body = cborBodyCodec({ write: { defaults: 'all' }, read: { strict: true, fillDefaults: true } });
  return {
    name: 'rpcv2Cbor',
    events: { body, initialMessages: true },

    // The path may have a prefix (a custom endpoint's base path that the mock's scope did not strip).
    matchRequest(service, operation, request): boolean {
      const path = rpcV2Path(service, operation);
      return request.method.toUpperCase() === 'POST' && (request.path === path || request.path.endsWith(path));
    },

    parseRequest(_service, operation, request): Record<string, unknown> {
      const protocol = findHeader(request.headers, SMITHY_PROTOCOL_HEADER)?.[1]?.trim();
      if (protocol !== RPC_V2_CBOR) {
        throw new MalformedRequestError(`expected header ${SMITHY_PROTOCOL_HEADER}: ${RPC_V2_CBOR}, got ${protocol === undefined ? 'none' : JSON.stringify(protocol)}`);
      }
      const mediaType = mediaTypeOf(request.headers);
      if (!body.isEmpty(request.body) && mediaType && mediaType !== APPLICATION_CBOR && !isEventStreamRequest(mediaType, deref(operation.input))) {
        throw new MalformedRequestError(`expected content-type ${APPLICATION_CBOR}, got ${mediaType}`, 415, 'UnsupportedMediaTypeException');
      }
      return asMalformed(() => {
        const input = deref(operation.input);
        return body.readMembers(input, request.body, documentMembers(input));
      });
    },

    serializeResponse(_service, operation, output): HttpResponse {
      const schema = deref(operation.output);
      const headers: Record<string, string> = { [SMITHY_PROTOCOL_HEADER]: RPC_V2_CBOR };
      if (isUnit(schema)) return { status: 200, headers };
      headers['content-type'] = APPLICATION_CBOR;
      return { status: 200, headers, body: body.writeMembers(schema, output, documentMembers(schema)) };
    },

    serializeError(service, _operation, error, members): HttpResponse {
      return serializeCborError(service, error, members);
    },
  };
}

/** The client half of the rpcv2Cbor codec (what generated clients bundle). */
export const rpcv2CborClient: ClientCodec = /* @__PURE__ */ createRpcV2CborClient();
/** The mock half of the rpcv2Cbor codec. */
export const rpcv2CborServer: ServerCodec = /* @__PURE__ */ createRpcV2CborServer();
/** The rpcv2Cbor codec (`Content-Type: application/cbor`, `smithy-protocol: rpc-v2-cbor`). */
export const rpcv2Cbor: ProtocolCodec = /* @__PURE__ */ joinCodec(rpcv2CborClient, rpcv2CborServer);
