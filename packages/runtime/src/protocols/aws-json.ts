/**
 * The `aws.protocols#awsJson1_0` and `aws.protocols#awsJson1_1` codecs
 * (Smithy "AWS JSON 1.0 protocol" / "AWS JSON 1.1 protocol"): every request is
 * `POST /` with `X-Amz-Target: <service>.<operation>` and the whole input as a
 * JSON body; `@jsonName` and HTTP binding traits are ignored.
 * @packageDocumentation
 */
import { joinCodec, MalformedRequestError } from './codec.js';
import type { ClientCodec, ProtocolCodec, ServerCodec } from './codec.js';
import type { HttpRequest, HttpResponse } from '../http/messages.js';
import { documentMembers, isEventStreamRequest } from './event-stream.js';
import { deref, isUnit } from '../schema/index.js';
import type { CodecFeatures, OperationSchema, ServiceSchema, StructureSchema } from '../schema/index.js';
import { ALL_CODEC_FEATURES } from './features.js';
import { asMalformed } from './malformed.js';
import { fillIdempotencyTokens } from './idempotency.js';
import { findHeader, mediaTypeOf } from '../http/headers.js';
import { parseJsonError, QUERY_ERROR_HEADER, serializeJsonError } from './json-errors.js';
import { isEmptyJsonBody, jsonBodyCodec } from '../codecs/json/body.js';
import type { BodyCodec } from '../codecs/body-codec.js';

/** The `X-Amz-Target` value of an operation: `<service name>.<operation name>`. */
export function amzTarget(service: ServiceSchema, operation: OperationSchema): string {
  return `${service.name}.${operation.name}`;
}

/** Request header an `@awsQueryCompatible` service's clients send (value `true`). */
export const QUERY_MODE_HEADER = 'x-amzn-query-mode';

type AwsJsonName = 'awsJson1_0' | 'awsJson1_1';

/**
 * A client half of an awsJson codec. Timestamps, base64 and exact big numbers come from the operation's
 * `features` (generated schemas list what their closure needs), else from `defaults`.
 * @param defaults features for operations that list none (the joined codecs: all; generated clients: none)
 */
function createAwsJsonClient(name: AwsJsonName, contentType: string, defaults?: CodecFeatures): ClientCodec {
  // awsJson ignores `@jsonName`; the whole input is the body, the whole output is read from it
  const body: BodyCodec = jsonBodyCodec({
    mediaType: contentType,
    write: { useJsonName: false, defaults: 'client', features: defaults },
    read: { useJsonName: false, strict: false, fillDefaults: true, errorCorrection: true, features: defaults },
  });
  return {
    name,
    events: { body, initialMessages: true },

    serializeRequest(service, operation, input, options): HttpRequest {
      const schema = deref(operation.input);
      const value = fillIdempotencyTokens(schema, input, options);
      const headers: Record<string, string> = { 'content-type': contentType, 'x-amz-target': amzTarget(service, operation) };
      // awsQuery "awsQueryCompatible trait": tell the service the client reads awsQuery error codes.
      if (service.awsQueryCompatible) headers[QUERY_MODE_HEADER] = 'true';
      return { method: 'POST', path: '/', query: [], headers, body: body.writeMembers(schema, value, documentMembers(schema), operation.features) };
    },

    parseResponse(_service, operation, response): Record<string, unknown> {
      const output = deref(operation.output);
      return body.readMembers(output, response.body, documentMembers(output), operation.features);
    },

    parseError(service, operation, response) {
      return parseJsonError(service, operation, response, operation.features ?? defaults);
    },
  };
}

function createAwsJsonServer(name: AwsJsonName, contentType: string): ServerCodec {
  const body: BodyCodec = jsonBodyCodec({
    mediaType: contentType,
    write: { useJsonName: false, defaults: 'all', features: ALL_CODEC_FEATURES },
    read: { useJsonName: false, strict: true, fillDefaults: true, features: ALL_CODEC_FEATURES },
  });
  return {
    name,
    events: { body, initialMessages: true },

    // Smithy "AWS JSON 1.0/1.1 protocol": requests are `POST /`. A custom endpoint's base path (the
    // client-only `AwsJson1xHostWithPath` cases send `/custom/`) is removed by the mock's scope
    // (`HandlerOptions.baseUrl`) before matching, so the path seen here is exactly `/`.
    matchRequest(service, operation, request): boolean {
      return (
        request.method.toUpperCase() === 'POST' &&
        request.path === '/' &&
        findHeader(request.headers, 'x-amz-target')?.[1] === amzTarget(service, operation)
      );
    },

    parseRequest(_service, operation, request): Record<string, unknown> {
      const mediaType = mediaTypeOf(request.headers);
      // an input event stream's other members arrive in its initial-request message (body = that message's document)
      const events = isEventStreamRequest(mediaType, deref(operation.input));
      if (!events && !isEmptyJsonBody(request.body) && mediaType && mediaType !== contentType) {
        throw new MalformedRequestError(`expected content-type ${contentType}, got ${mediaType || 'none'}`, 415, 'UnsupportedMediaTypeException');
      }
      return asMalformed(() => {
        const input = deref(operation.input);
        return body.readMembers(input, request.body, documentMembers(input));
      });
    },

    serializeResponse(_service, operation, output): HttpResponse {
      const schema = deref(operation.output);
      const headers = { 'content-type': contentType };
      return isUnit(schema) ? { status: 200, headers } : { status: 200, headers, body: body.writeMembers(schema, output, documentMembers(schema)) };
    },

    serializeError(service, _operation, error, members): HttpResponse {
      // awsJson1_0 services (e.g. DynamoDB) send the error's shape id as `__type`; awsJson1_1 its name.
      const response = serializeJsonError(error, members, contentType, false, name === 'awsJson1_0' ? error.id : undefined);
      if (service.awsQueryCompatible && error.awsQueryError) {
        response.headers[QUERY_ERROR_HEADER] = `${error.awsQueryError.code};${error.error === 'server' ? 'Receiver' : 'Sender'}`;
      }
      return response;
    },
  };
}

const JSON_1_0 = 'application/x-amz-json-1.0';
const JSON_1_1 = 'application/x-amz-json-1.1';

/** The client half of the awsJson1_0 codec (what generated clients bundle). */
export const awsJson1_0Client: ClientCodec = /* @__PURE__ */ createAwsJsonClient('awsJson1_0', JSON_1_0);
/** The mock half of the awsJson1_0 codec. */
export const awsJson1_0Server: ServerCodec = /* @__PURE__ */ createAwsJsonServer('awsJson1_0', JSON_1_0);
/** The awsJson1_0 codec (`Content-Type: application/x-amz-json-1.0`). */
export const awsJson1_0: ProtocolCodec = /* @__PURE__ */ joinCodec(/* @__PURE__ */ createAwsJsonClient('awsJson1_0', JSON_1_0, ALL_CODEC_FEATURES), awsJson1_0Server);

/** The client half of the awsJson1_1 codec (what generated clients bundle). */
export const awsJson1_1Client: ClientCodec = /* @__PURE__ */ createAwsJsonClient('awsJson1_1', JSON_1_1);
/** The mock half of the awsJson1_1 codec. */
export const awsJson1_1Server: ServerCodec = /* @__PURE__ */ createAwsJsonServer('awsJson1_1', JSON_1_1);
/** The awsJson1_1 codec (`Content-Type: application/x-amz-json-1.1`). */
export const awsJson1_1: ProtocolCodec = /* @__PURE__ */ joinCodec(/* @__PURE__ */ createAwsJsonClient('awsJson1_1', JSON_1_1, ALL_CODEC_FEATURES), awsJson1_1Server);
