import { describe, expect, it } from 'vitest';
import { MalformedRequestError } from './codec.js';
import { utf8Decode, utf8Encode } from '../bytes/utf8.js';
import { awsJson1_0, awsJson1_1, QUERY_MODE_HEADER } from './aws-json.js';
import { parseQueryErrorHeader, QUERY_ERROR_HEADER } from './json-errors.js';
import { Unit$, type OperationSchema, type ServiceSchema, type StructureSchema } from '../schema/index.js';
import {
  ComplexError$,
  EmptyOperation$,
  FooError$,
  InvalidGreeting$,
  JsonProtocolService$ as JsonProtocol$,
  KitchenSinkOperation$,
  ServiceUnavailable$,
} from '../__fixtures__/generated/json-protocol/schemas.js';
import * as rpc10 from '../__fixtures__/generated/json-rpc10/schemas.js';

const JsonRpc10$ = rpc10.JsonRpc10Service$;

const T = new Date(1576540098 * 1000);

describe('awsJson serializeRequest', () => {
  it('POSTs / with content type, X-Amz-Target and the whole input; jsonName ignored', () => {
    const r = awsJson1_1.serializeRequest(JsonProtocol$, KitchenSinkOperation$, { stringValue: 'abc', doubleValue: 1.5, timestampValue: T, floatValue: Infinity });
    expect(r).toEqual({
      method: 'POST',
      path: '/',
      query: [],
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'JsonProtocol.KitchenSinkOperation' },
      body: utf8Encode('{"stringValue":"abc","floatValue":"Infinity","doubleValue":1.5,"timestampValue":1576540098}'),
    });
  });
  it('always sends {} for empty input (AwsJson10EmptyInputAndEmptyOutput)', () => {
    const r = awsJson1_0.serializeRequest(JsonRpc10$, rpc10.EmptyOperation$, {});
    expect(r.headers).toEqual({ 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'JsonRpc10.EmptyOperation' });
    expect(utf8Decode(r.body!)).toBe('{}');
  });
});

describe('awsJson parseResponse / parseError (client)', () => {
  it('parses the body by member name; empty body is {}', () => {
    expect(
      awsJson1_1.parseResponse(JsonProtocol$, KitchenSinkOperation$, {
        status: 200,
        headers: {},
        body: utf8Encode('{"doubleValue":"NaN","DoubleDribble":1,"unionValue":{"RenamedOnWire":"x"},"timestampValue":1576540098}'),
      }),
    ).toEqual({ doubleValue: NaN, unionValue: { $unknown: ['RenamedOnWire', 'x'] }, timestampValue: T });
    expect(awsJson1_1.parseResponse(JsonProtocol$, EmptyOperation$, { status: 200, headers: {} })).toEqual({});
  });
  it('resolves codes from __type with namespace and URI (AwsJson11FooErrorUsingXAmznErrorTypeWithUriAndNamespace et al.)', () => {
    for (const text of [
      '{"__type":"FooError"}',
      '{"__type":"aws.protocoltests.restjson#FooError"}',
      '{"__type":"aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"}',
      '{"code":"FooError"}',
    ]) {
      const e = awsJson1_1.parseError(JsonProtocol$, KitchenSinkOperation$, { status: 500, headers: {}, body: utf8Encode(text) });
      expect(e.code).toBe('FooError');
      expect(e.schema).toBe(FooError$);
    }
    const h = awsJson1_0.parseError(JsonRpc10$, rpc10.KitchenSinkOperation$, { status: 500, headers: { 'X-Amzn-Errortype': 'FooError' } });
    expect(h.schema).toBe(rpc10.FooError$);
  });
  it('reads error members by name (no header bindings, no jsonName)', () => {
    const e = awsJson1_1.parseError(JsonProtocol$, KitchenSinkOperation$, {
      status: 400,
      headers: {},
      body: utf8Encode('{"__type":"ComplexError","TopLevel":"Top level","Nested":{"Foo":"bar"},"Header":"in body"}'),
    });
    expect(e.members).toEqual({ TopLevel: 'Top level', Nested: { Foo: 'bar' }, Header: 'in body' });
    const g = awsJson1_1.parseError(JsonProtocol$, KitchenSinkOperation$, { status: 400, headers: {}, body: utf8Encode('{"__type":"InvalidGreeting","message":"Hi"}') });
    expect(g).toEqual({ code: 'InvalidGreeting', schema: InvalidGreeting$, members: { Message: 'Hi' }, message: 'Hi' });
  });
});

describe('awsJson mock side', () => {
  const request = (target: string, text?: string, contentType = 'application/x-amz-json-1.1') => ({
    method: 'POST',
    path: '/',
    query: [],
    headers: { 'content-type': contentType, 'x-amz-target': target },
    body: text === undefined ? undefined : utf8Encode(text),
  });
  it('matches by X-Amz-Target', () => {
    expect(awsJson1_1.matchRequest(JsonProtocol$, KitchenSinkOperation$, request('JsonProtocol.KitchenSinkOperation'))).toBe(true);
    expect(awsJson1_1.matchRequest(JsonProtocol$, KitchenSinkOperation$, request('JsonProtocol.EmptyOperation'))).toBe(false);
    expect(awsJson1_1.matchRequest(JsonProtocol$, KitchenSinkOperation$, { ...request('JsonProtocol.KitchenSinkOperation'), method: 'GET' })).toBe(false);
  });
  it('matches only the path / (AWS JSON protocol: requests are sent to /)', () => {
    const right = request('JsonProtocol.KitchenSinkOperation');
    for (const path of ['/foo', '/custom/', '//', '/KitchenSinkOperation']) {
      expect(awsJson1_1.matchRequest(JsonProtocol$, KitchenSinkOperation$, { ...right, path })).toBe(false);
    }
    expect(awsJson1_0.matchRequest(JsonRpc10$, KitchenSinkOperation$, { ...request('JsonRpc10.KitchenSinkOperation'), path: '/foo' })).toBe(false);
    expect(awsJson1_0.matchRequest(JsonRpc10$, KitchenSinkOperation$, request('JsonRpc10.KitchenSinkOperation'))).toBe(true);
  });
  it('parses the body strictly', () => {
    expect(awsJson1_1.parseRequest(JsonProtocol$, KitchenSinkOperation$, request('x', '{"integerValue":5,"mapValue":{"a":"b"}}'))).toEqual({ integerValue: 5, mapValue: { a: 'b' } });
    expect(awsJson1_1.parseRequest(JsonProtocol$, EmptyOperation$, request('x'))).toEqual({});
    expect(() => awsJson1_1.parseRequest(JsonProtocol$, KitchenSinkOperation$, request('x', '{"mapValue":{"a":1}}'))).toThrow(
      'expected a JSON string for string, got number 1 (at /mapValue/a)',
    );
    expect(() => awsJson1_1.parseRequest(JsonProtocol$, KitchenSinkOperation$, request('x', '{}', 'application/json'))).toThrow(MalformedRequestError);
    expect(() => awsJson1_0.parseRequest(JsonRpc10$, rpc10.KitchenSinkOperation$, request('x', '{}'))).toThrow(/expected content-type application\/x-amz-json-1.0/);
  });
  it('serialises responses and errors with __type and X-Amzn-Errortype', () => {
    const r = awsJson1_0.serializeResponse(JsonRpc10$, rpc10.KitchenSinkOperation$, { stringValue: 's' });
    expect(r).toEqual({ status: 200, headers: { 'content-type': 'application/x-amz-json-1.0' }, body: utf8Encode('{"stringValue":"s"}') });
    const e = awsJson1_1.serializeError(JsonProtocol$, KitchenSinkOperation$, ComplexError$, { Header: 'h', TopLevel: 't', Nested: { Foo: 'f' } });
    expect(e.status).toBe(403);
    expect(e.headers).toEqual({ 'x-amzn-errortype': 'ComplexError', 'content-type': 'application/x-amz-json-1.1' });
    expect(utf8Decode(e.body!)).toBe('{"__type":"ComplexError","Header":"h","TopLevel":"t","Nested":{"Foo":"f"}}');
    expect(awsJson1_1.serializeError(JsonProtocol$, KitchenSinkOperation$, ServiceUnavailable$, { message: 'm' }).status).toBe(500);
    // AwsJson10ServiceRespondsWithNoPayload: smithy.api#Unit output has no body
    expect(awsJson1_0.serializeResponse(JsonRpc10$, rpc10.EmptyOperation$, {})).toEqual({ status: 200, headers: { 'content-type': 'application/x-amz-json-1.0' } });
  });
});

describe('awsJson @awsQueryCompatible (awsQuery "awsQueryCompatible trait")', () => {
  const Custom: StructureSchema = {
    type: 'structure',
    id: 'q#CustomCodeError',
    name: 'CustomCodeError',
    error: 'client',
    awsQueryError: { code: 'Customized', httpResponseCode: 402 },
    members: { message: { target: { type: 'string' } } },
  };
  const Plain: StructureSchema = { type: 'structure', id: 'q#PlainError', name: 'PlainError', error: 'server', members: {} };
  const Op: OperationSchema = { id: 'q#Op', name: 'Op', input: Unit$, output: Unit$, errors: [Custom, Plain] };
  const Service: ServiceSchema = { id: 'q#Svc', name: 'Svc', sdkId: 'Svc', version: '1', protocol: 'awsJson1_0', errors: [], awsQueryCompatible: true };

  it('sends x-amzn-query-mode: true only for query-compatible services', () => {
    expect(awsJson1_0.serializeRequest(Service, Op, {}).headers[QUERY_MODE_HEADER]).toBe('true');
    expect(awsJson1_0.serializeRequest({ ...Service, awsQueryCompatible: undefined }, Op, {}).headers).not.toHaveProperty(QUERY_MODE_HEADER);
  });

  it('mock: sends x-amzn-query-error <code>;Sender for errors with @awsQueryError (status stays 400)', () => {
    const r = awsJson1_0.serializeError(Service, Op, Custom, { message: 'Hi' });
    expect(r.status).toBe(400);
    expect(r.headers[QUERY_ERROR_HEADER]).toBe('Customized;Sender');
    expect(awsJson1_0.serializeError(Service, Op, Plain, {}).headers).not.toHaveProperty(QUERY_ERROR_HEADER);
    expect(awsJson1_0.serializeError({ ...Service, awsQueryCompatible: undefined }, Op, Custom, {}).headers).not.toHaveProperty(QUERY_ERROR_HEADER);
  });

  it('client: reads the header into queryError, resolving the schema by __type', () => {
    const response = awsJson1_0.serializeError(Service, Op, Custom, { message: 'Hi' });
    const parsed = awsJson1_0.parseError(Service, Op, response);
    expect(parsed).toEqual({ code: 'CustomCodeError', schema: Custom, members: { message: 'Hi' }, message: 'Hi', queryError: { code: 'Customized', type: 'Sender' } });
    expect(awsJson1_0.parseError({ ...Service, awsQueryCompatible: undefined }, Op, response).queryError).toBeUndefined();
    expect(parseQueryErrorHeader('A.B;Receiver')).toEqual({ code: 'A.B', type: 'Receiver' });
    expect(parseQueryErrorHeader('nosemicolon')).toBeUndefined();
    expect(parseQueryErrorHeader(';Sender')).toBeUndefined();
  });
});
