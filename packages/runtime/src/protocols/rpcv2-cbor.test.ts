import { describe, expect, it } from 'vitest';
import { MalformedRequestError } from './codec.js';
import { rpcv2Cbor } from './rpcv2-cbor.js';
import { errorCodeOfType } from './rpc-v2.js';
import { decodeCbor, encodeCbor } from '../codecs/cbor/wire.js';
import { SerializationError } from '../codecs/serialization-error.js';
import type { HttpRequest } from '../http/messages.js';
import {
  ComplexError$,
  CustomCodeError$,
  GreetingWithErrors$,
  InvalidGreeting$,
  NoInputOutput$,
  QueryCompatibleOperation$,
  QueryCompatibleRpcV2Protocol$,
  RecursiveShapes$,
  RpcV2Protocol$,
  SimpleScalarProperties$,
} from './__fixtures__/rpcv2-cbor.js';

const b64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
const CBOR_HEADERS = { 'smithy-protocol': 'rpc-v2-cbor', 'content-type': 'application/cbor' };

describe('rpcv2Cbor serializeRequest (client)', () => {
  it('POSTs /service/<Service>/operation/<Operation> with smithy-protocol, Accept, Content-Type and a CBOR map', () => {
    const r = rpcv2Cbor.serializeRequest(RpcV2Protocol$, SimpleScalarProperties$, { stringValue: 'simple', integerValue: 256 });
    expect({ ...r, body: undefined }).toEqual({
      method: 'POST',
      path: '/service/RpcV2Protocol/operation/SimpleScalarProperties',
      query: [],
      headers: { ...CBOR_HEADERS, accept: 'application/cbor' },
      body: undefined,
    });
    expect(decodeCbor(r.body!)).toEqual({ stringValue: 'simple', integerValue: 256 });
  });

  it('sends {} for an empty input and no body nor Content-Type without input (empty_input, no_input)', () => {
    expect(decodeCbor(rpcv2Cbor.serializeRequest(RpcV2Protocol$, SimpleScalarProperties$, {}).body!)).toEqual({});
    const none = rpcv2Cbor.serializeRequest(RpcV2Protocol$, NoInputOutput$, {});
    expect(none.body).toBeUndefined();
    expect(none.headers).toEqual({ 'smithy-protocol': 'rpc-v2-cbor', accept: 'application/cbor' });
  });

  it('sends x-amzn-query-mode only for @awsQueryCompatible services', () => {
    expect(rpcv2Cbor.serializeRequest(QueryCompatibleRpcV2Protocol$, QueryCompatibleOperation$, {}).headers['x-amzn-query-mode']).toBe('true');
    expect(rpcv2Cbor.serializeRequest(RpcV2Protocol$, NoInputOutput$, {}).headers['x-amzn-query-mode']).toBeUndefined();
  });
});

describe('rpcv2Cbor parseResponse / parseError (client)', () => {
  it('reads definite and indefinite maps and accepts an empty body', () => {
    const nested = { nested: { foo: 'Foo1', nested: { bar: 'Bar1', recursiveMember: { foo: 'Foo2', nested: { bar: 'Bar2' } } } } };
    for (const body of [
      'v2ZuZXN0ZWS/Y2Zvb2RGb28xZm5lc3RlZL9jYmFyZEJhcjFvcmVjdXJzaXZlTWVtYmVyv2Nmb29kRm9vMmZuZXN0ZWS/Y2JhcmRCYXIy//////8=',
      'oWZuZXN0ZWSiY2Zvb2RGb28xZm5lc3RlZKJjYmFyZEJhcjFvcmVjdXJzaXZlTWVtYmVyomNmb29kRm9vMmZuZXN0ZWShY2JhcmRCYXIy',
    ]) {
      expect(rpcv2Cbor.parseResponse(RpcV2Protocol$, RecursiveShapes$, { status: 200, headers: CBOR_HEADERS, body: b64(body) })).toEqual(nested);
    }
    expect(rpcv2Cbor.parseResponse(RpcV2Protocol$, NoInputOutput$, { status: 200, headers: CBOR_HEADERS })).toEqual({});
    expect(rpcv2Cbor.parseResponse(RpcV2Protocol$, NoInputOutput$, { status: 200, headers: CBOR_HEADERS, body: b64('v/8=') })).toEqual({});
  });

  it('throws SerializationError on a garbage or truncated body', () => {
    for (const body of [new Uint8Array([0xff, 0x00]), b64('v2ZuZXN0ZWS/Y2Zvb2RGb28x'), new TextEncoder().encode('{"json": true}')]) {
      expect(() => rpcv2Cbor.parseResponse(RpcV2Protocol$, RecursiveShapes$, { status: 200, headers: CBOR_HEADERS, body })).toThrow(SerializationError);
    }
  });

  it('resolves __type with or without namespace and reads members (RpcV2CborInvalidGreetingError, RpcV2CborComplexError)', () => {
    const greeting = rpcv2Cbor.parseError(RpcV2Protocol$, GreetingWithErrors$, {
      status: 400,
      headers: CBOR_HEADERS,
      body: b64('v2ZfX3R5cGV4LnNtaXRoeS5wcm90b2NvbHRlc3RzLnJwY3YyQ2JvciNJbnZhbGlkR3JlZXRpbmdnTWVzc2FnZWJIaf8='),
    });
    expect(greeting).toEqual({ code: 'InvalidGreeting', schema: InvalidGreeting$, members: { Message: 'Hi' }, message: 'Hi' });
    const complex = rpcv2Cbor.parseError(RpcV2Protocol$, GreetingWithErrors$, {
      status: 400,
      headers: CBOR_HEADERS,
      body: b64('v2ZfX3R5cGV4K3NtaXRoeS5wcm90b2NvbHRlc3RzLnJwY3YyQ2JvciNDb21wbGV4RXJyb3JoVG9wTGV2ZWxpVG9wIGxldmVsZk5lc3RlZL9jRm9vY2Jhcv//'),
    });
    expect(complex).toEqual({ code: 'ComplexError', schema: ComplexError$, members: { TopLevel: 'Top level', Nested: { Foo: 'bar' } } });
    for (const type of ['ComplexError', 'other.namespace#ComplexError', 'smithy.protocoltests.rpcv2Cbor#ComplexError:http://internal.amazon.com/x']) {
      const e = rpcv2Cbor.parseError(RpcV2Protocol$, GreetingWithErrors$, { status: 400, headers: {}, body: encodeCbor({ __type: type }) });
      expect([e.code, e.schema]).toEqual(['ComplexError', ComplexError$]);
    }
    expect(errorCodeOfType('a.b#Foo,Bar')).toBe('Foo');
  });

  it('gives Unknown without __type or with an unreadable body, and reads x-amzn-query-error of query-compatible services', () => {
    expect(rpcv2Cbor.parseError(RpcV2Protocol$, GreetingWithErrors$, { status: 502, headers: { 'content-type': 'text/html' }, body: new TextEncoder().encode('<html>') })).toEqual({ code: 'Unknown', members: {} });
    const q = rpcv2Cbor.parseError(QueryCompatibleRpcV2Protocol$, QueryCompatibleOperation$, {
      status: 400,
      headers: { ...CBOR_HEADERS, 'x-amzn-query-error': 'Customized;Sender' },
      body: b64('uQACZl9fdHlwZXgrYXdzLnByb3RvY29sdGVzdHMucnBjdjJjYm9yI0N1c3RvbUNvZGVFcnJvcmdtZXNzYWdlYkhp'),
    });
    expect(q).toEqual({ code: 'CustomCodeError', schema: CustomCodeError$, members: { message: 'Hi' }, message: 'Hi', queryError: { code: 'Customized', type: 'Sender' } });
  });
});

function request(path: string, headers: Record<string, string>, body?: Uint8Array): HttpRequest {
  return body ? { method: 'POST', path, query: [], headers, body } : { method: 'POST', path, query: [], headers };
}

describe('rpcv2Cbor matchRequest / parseRequest (mock)', () => {
  const path = '/service/RpcV2Protocol/operation/SimpleScalarProperties';

  it('matches POST to the operation path, also under a prefix, and nothing else', () => {
    expect(rpcv2Cbor.matchRequest(RpcV2Protocol$, SimpleScalarProperties$, request(path, {}))).toBe(true);
    expect(rpcv2Cbor.matchRequest(RpcV2Protocol$, SimpleScalarProperties$, request(`/custom${path}`, {}))).toBe(true);
    expect(rpcv2Cbor.matchRequest(RpcV2Protocol$, SimpleScalarProperties$, { ...request(path, {}), method: 'GET' })).toBe(false);
    expect(rpcv2Cbor.matchRequest(RpcV2Protocol$, RecursiveShapes$, request(path, {}))).toBe(false);
    expect(rpcv2Cbor.matchRequest(RpcV2Protocol$, SimpleScalarProperties$, request(`${path}X`, {}))).toBe(false);
    expect(rpcv2Cbor.matchRequest(RpcV2Protocol$, SimpleScalarProperties$, request('/service/Other/operation/SimpleScalarProperties', {}))).toBe(false);
  });

  it('parses the body strictly; an empty body or {} is an empty input', () => {
    const input = rpcv2Cbor.parseRequest(RpcV2Protocol$, SimpleScalarProperties$, request(path, CBOR_HEADERS, encodeCbor({ stringValue: 'x', longValue: 5 })));
    expect(input).toEqual({ stringValue: 'x', longValue: 5 });
    expect(rpcv2Cbor.parseRequest(RpcV2Protocol$, NoInputOutput$, request(path, CBOR_HEADERS, b64('v/8=')))).toEqual({});
    expect(rpcv2Cbor.parseRequest(RpcV2Protocol$, NoInputOutput$, request(path, { 'smithy-protocol': 'rpc-v2-cbor' }))).toEqual({});
  });

  it('rejects malformed requests with the protocol error and status', () => {
    const reject = (req: HttpRequest) => {
      try {
        rpcv2Cbor.parseRequest(RpcV2Protocol$, SimpleScalarProperties$, req);
      } catch (e) {
        expect(e).toBeInstanceOf(MalformedRequestError);
        const m = e as MalformedRequestError;
        return [m.status, m.code, m.message];
      }
      return 'accepted';
    };
    expect(reject(request(path, CBOR_HEADERS, new Uint8Array([0xbf, 0x61])))).toEqual([400, 'SerializationException', 'invalid CBOR body: length 1 exceeds the 0 bytes left at byte 1 (at /)']);
    expect(reject(request(path, CBOR_HEADERS, encodeCbor({ byteValue: 1000 })))).toEqual([400, 'SerializationException', 'expected a byte in [-128, 127] for byte, got number 1000 (at /byteValue)']);
    expect(reject(request(path, { ...CBOR_HEADERS, 'content-type': 'application/json' }, encodeCbor({})))).toEqual([415, 'UnsupportedMediaTypeException', 'expected content-type application/cbor, got application/json']);
    expect(reject(request(path, { 'content-type': 'application/cbor' }, encodeCbor({})))).toEqual([400, 'SerializationException', 'expected header smithy-protocol: rpc-v2-cbor, got none']);
  });
});

describe('rpcv2Cbor serializeResponse / serializeError (mock)', () => {
  it('writes the output as a CBOR map; no body and no Content-Type without output (no_output)', () => {
    const r = rpcv2Cbor.serializeResponse(RpcV2Protocol$, SimpleScalarProperties$, { stringValue: 'x' });
    expect([r.status, r.headers, decodeCbor(r.body!)]).toEqual([200, CBOR_HEADERS, { stringValue: 'x' }]);
    expect(rpcv2Cbor.serializeResponse(RpcV2Protocol$, NoInputOutput$, {})).toEqual({ status: 200, headers: { 'smithy-protocol': 'rpc-v2-cbor' } });
  });

  it('writes errors with __type = shape id and the awsQuery code header of query-compatible services', () => {
    const e = rpcv2Cbor.serializeError(RpcV2Protocol$, GreetingWithErrors$, InvalidGreeting$, { Message: 'Hi' });
    expect([e.status, e.headers, decodeCbor(e.body!)]).toEqual([400, CBOR_HEADERS, { __type: 'smithy.protocoltests.rpcv2Cbor#InvalidGreeting', Message: 'Hi' }]);
    const q = rpcv2Cbor.serializeError(QueryCompatibleRpcV2Protocol$, QueryCompatibleOperation$, CustomCodeError$, { message: 'Hi' });
    expect(q.headers['x-amzn-query-error']).toBe('Customized;Sender');
    expect(decodeCbor(q.body!)).toEqual({ __type: 'aws.protocoltests.rpcv2cbor#CustomCodeError', message: 'Hi' });
  });
});
