import { describe, expect, it } from 'vitest';
import { MalformedRequestError } from './codec.js';
import { SerializationError } from '../codecs/serialization-error.js';
import { utf8Decode, utf8Encode } from '../bytes/utf8.js';
import { rpcv2Json } from './rpcv2-json.js';
import { Unit$, type HttpRequest, type OperationSchema, type ServiceSchema, type StructureSchema } from '../index.js';

const NS = 'smithy.example.rpc';
const Numbers$: StructureSchema = {
  type: 'structure',
  id: `${NS}#Numbers`,
  name: 'Numbers',
  members: {
    big: { target: { type: 'bigInteger' } },
    decimal: { target: { type: 'bigDecimal' } },
    at: { target: { type: 'timestamp', format: 'http-date' }, timestampFormat: 'date-time' },
    renamed: { target: { type: 'string' }, jsonName: 'RENAMED' },
    count: { target: { type: 'integer' }, default: 7 },
  },
};
const NotFound$: StructureSchema = {
  type: 'structure',
  id: `${NS}#NotFound`,
  name: 'NotFound',
  error: 'client',
  httpError: 404,
  members: { message: { target: { type: 'string' } }, code: { target: { type: 'string' } } },
};
const Busy$: StructureSchema = { type: 'structure', id: `${NS}#Busy`, name: 'Busy', error: 'server', members: { Message: { target: { type: 'string' } } } };
const Compute: OperationSchema = { id: `${NS}#Compute`, name: 'Compute', input: Numbers$, output: Numbers$, errors: [NotFound$] };
const Ping: OperationSchema = { id: `${NS}#Ping`, name: 'Ping', input: Unit$, output: Unit$, errors: [] };
const Service: ServiceSchema = { id: `${NS}#Calculator`, name: 'Calculator', sdkId: 'Calculator', version: '1', protocol: 'rpcv2Json', errors: [Busy$] };

const T = new Date(946845296123);
const json = (r: { body?: Uint8Array }): unknown => JSON.parse(utf8Decode(r.body!));
const ok = (text: string | undefined, headers: Record<string, string> = { 'smithy-protocol': 'rpc-v2-json', 'content-type': 'application/json' }) =>
  text === undefined ? { status: 200, headers } : { status: 200, headers, body: utf8Encode(text) };

describe('rpcv2Json client: requests', () => {
  it('POSTs /service/<Service>/operation/<Operation> with the protocol headers and the whole input', () => {
    const r = rpcv2Json.serializeRequest(Service, Compute, { big: -9223372036854775809n, decimal: '0.100000000000000000000001', at: T, renamed: 'x' });
    expect({ ...r, body: json(r) }).toEqual({
      method: 'POST',
      path: '/service/Calculator/operation/Compute',
      query: [],
      headers: { 'smithy-protocol': 'rpc-v2-json', accept: 'application/json', 'content-type': 'application/json' },
      // exact big numbers as strings, epoch seconds despite @timestampFormat, member names (no @jsonName), no top-level default
      body: { big: '-9223372036854775809', decimal: '0.100000000000000000000001', at: 946845296.123, renamed: 'x' },
    });
  });

  it('sends no body and no Content-Type for Unit input, {} for an empty structure', () => {
    expect(rpcv2Json.serializeRequest(Service, Ping, {})).toEqual({
      method: 'POST',
      path: '/service/Calculator/operation/Ping',
      query: [],
      headers: { 'smithy-protocol': 'rpc-v2-json', accept: 'application/json' },
    });
    expect(utf8Decode(rpcv2Json.serializeRequest(Service, Compute, {}).body!)).toBe('{}');
  });

  it('writes big numbers given as text without leading zeros, and rejects text that is not a number', () => {
    expect(json(rpcv2Json.serializeRequest(Service, Compute, { big: '0042', decimal: '-007.50e3' }))).toEqual({ big: '42', decimal: '-7.50e3' });
    expect(() => rpcv2Json.serializeRequest(Service, Compute, { decimal: '1.2.3' })).toThrow(SerializationError);
    expect(() => rpcv2Json.serializeRequest(Service, Compute, { big: 1.5 })).toThrow(SerializationError);
  });
});

describe('rpcv2Json client: responses', () => {
  it('reads exact big numbers from strings (numbers too), epoch-second timestamps, and fills defaults', () => {
    const out = rpcv2Json.parseResponse(Service, Compute, ok('{"big":"100000000000000000000001","decimal":"100000000000000000000001.0","at":946845296.123,"RENAMED":"no"}'));
    expect(out).toEqual({ big: 100000000000000000000001n, decimal: '100000000000000000000001.0', at: T, count: 7 });
    expect(rpcv2Json.parseResponse(Service, Compute, ok('{"big":12,"decimal":0.5}'))).toEqual({ big: 12n, decimal: '0.5', count: 7 });
    expect(rpcv2Json.parseResponse(Service, Ping, ok(undefined, { 'smithy-protocol': 'rpc-v2-json' }))).toEqual({});
  });

  it('treats a response without smithy-protocol: rpc-v2-json as malformed', () => {
    expect(() => rpcv2Json.parseResponse(Service, Compute, ok('{}', { 'content-type': 'application/json' }))).toThrow(
      'the response has no smithy-protocol: rpc-v2-json header',
    );
    expect(() => rpcv2Json.parseResponse(Service, Compute, ok('{}', { 'smithy-protocol': 'rpc-v2-cbor' }))).toThrow(SerializationError);
  });
});

describe('rpcv2Json client: errors', () => {
  const error = (status: number, text: string, headers: Record<string, string> = { 'smithy-protocol': 'rpc-v2-json' }) =>
    rpcv2Json.parseError(Service, Compute, { status, headers, body: utf8Encode(text) });

  it('names the error by __type (an absolute shape id) and reads its members', () => {
    expect(error(404, '{"__type":"smithy.example.rpc#NotFound","message":"gone","code":"E1"}')).toEqual({
      code: 'NotFound',
      schema: NotFound$,
      members: { message: 'gone', code: 'E1' },
      message: 'gone',
    });
    expect(error(500, '{"__type":"smithy.example.rpc#Busy","Message":"later"}').schema).toBe(Busy$);
  });

  it('resolves a __type of another namespace by name, and never reads code, Code or X-Amzn-ErrorType', () => {
    expect(error(404, '{"__type":"other.ns#NotFound"}').schema).toBe(NotFound$);
    expect(error(400, '{"code":"NotFound","Code":"NotFound"}', { 'smithy-protocol': 'rpc-v2-json', 'x-amzn-errortype': 'NotFound' })).toEqual({ code: 'Unknown', members: {} });
  });

  it('judges a response without the protocol header by its status alone', () => {
    const parsed = error(404, '{"__type":"smithy.example.rpc#NotFound"}', {});
    expect(parsed).toEqual({ code: 'Unknown', members: {}, message: 'HTTP 404 without smithy-protocol: rpc-v2-json from smithy.example.rpc#Compute' });
  });
});

describe('rpcv2Json mock side', () => {
  const request = (over: Partial<HttpRequest> = {}): HttpRequest => ({
    method: 'POST',
    path: '/service/Calculator/operation/Compute',
    query: [],
    headers: { 'smithy-protocol': 'rpc-v2-json', 'content-type': 'application/json' },
    body: utf8Encode('{"big":"-9223372036854775809","decimal":"0.100000000000000000000001","at":946845296.123}'),
    ...over,
  });

  it('claims POSTs to the operation path (after any prefix) that carry smithy-protocol: rpc-v2-json', () => {
    expect(rpcv2Json.matchRequest(Service, Compute, request())).toBe(true);
    expect(rpcv2Json.matchRequest(Service, Compute, request({ path: '/v1/service/Calculator/operation/Compute' }))).toBe(true);
    expect(rpcv2Json.matchRequest(Service, Compute, request({ method: 'GET' }))).toBe(false);
    expect(rpcv2Json.matchRequest(Service, Compute, request({ path: '/service/Calculator/operation/Ping' }))).toBe(false);
    expect(rpcv2Json.matchRequest(Service, Compute, request({ path: `/service/${NS}#Calculator/operation/Compute` }))).toBe(false);
    expect(rpcv2Json.matchRequest(Service, Compute, request({ headers: { 'smithy-protocol': 'rpc-v2-cbor' } }))).toBe(false);
    expect(rpcv2Json.matchRequest(Service, Compute, request({ headers: {} }))).toBe(false);
  });

  it('parses exact big numbers and epoch-second timestamps; an empty body or {} is an empty input', () => {
    expect(rpcv2Json.parseRequest(Service, Compute, request())).toEqual({ big: -9223372036854775809n, decimal: '0.100000000000000000000001', at: T, count: 7 });
    expect(rpcv2Json.parseRequest(Service, Ping, request({ body: utf8Encode('{}') }))).toEqual({});
    const { body: _none, ...bodyless } = request();
    expect(rpcv2Json.parseRequest(Service, Ping, bodyless)).toEqual({});
  });

  it('rejects X-Amz-Target / X-Amzn-Target, a body of another media type, and big numbers sent as JSON numbers', () => {
    const reject = (r: HttpRequest) => {
      try {
        rpcv2Json.parseRequest(Service, Compute, r);
      } catch (e) {
        if (e instanceof MalformedRequestError) return [e.status, e.code, e.message];
        throw e;
      }
      return 'accepted';
    };
    expect(reject(request({ headers: { 'smithy-protocol': 'rpc-v2-json', 'X-Amz-Target': 'Calculator.Compute' } }))).toEqual([
      400,
      'SerializationException',
      'an rpcv2Json request must not carry x-amz-target',
    ]);
    expect(reject(request({ headers: { 'smithy-protocol': 'rpc-v2-json', 'x-amzn-target': 'x' } }))[2]).toBe('an rpcv2Json request must not carry x-amzn-target');
    expect(reject(request({ headers: { 'smithy-protocol': 'rpc-v2-json', 'content-type': 'application/cbor' } }))).toEqual([
      415,
      'UnsupportedMediaTypeException',
      'expected content-type application/json, got application/cbor',
    ]);
    expect(reject(request({ body: utf8Encode('{"big":12}') }))).toEqual([400, 'SerializationException', 'expected a JSON string of big-integer text for bigInteger, got number 12 (at /big)']);
    expect(reject(request({ body: utf8Encode('{"decimal":"01.5"}') }))[1]).toBe('SerializationException');
  });

  it('answers 200 with the protocol header; no body and no Content-Type for Unit output', () => {
    const r = rpcv2Json.serializeResponse(Service, Compute, { big: 5n, decimal: '1.50', at: T });
    expect({ ...r, body: json(r) }).toEqual({
      status: 200,
      headers: { 'smithy-protocol': 'rpc-v2-json', 'content-type': 'application/json' },
      body: { big: '5', decimal: '1.50', at: 946845296.123, count: 7 },
    });
    expect(rpcv2Json.serializeResponse(Service, Ping, {})).toEqual({ status: 200, headers: { 'smithy-protocol': 'rpc-v2-json' } });
  });

  it('answers errors with their status and __type: the shape id (name for an error without one), no X-Amzn-ErrorType', () => {
    const r = rpcv2Json.serializeError(Service, Compute, NotFound$, { message: 'gone' });
    expect({ ...r, body: json(r) }).toEqual({
      status: 404,
      headers: { 'smithy-protocol': 'rpc-v2-json', 'content-type': 'application/json' },
      body: { __type: 'smithy.example.rpc#NotFound', message: 'gone' },
    });
    const anonymous: StructureSchema = { type: 'structure', name: 'SerializationException', error: 'client', members: { message: { target: { type: 'string' } } } };
    expect(json(rpcv2Json.serializeError(Service, Compute, anonymous, { message: 'bad' }))).toEqual({ __type: 'SerializationException', message: 'bad' });
    expect(rpcv2Json.serializeError(Service, Compute, Busy$, {}).status).toBe(500);
  });

  it('round-trips through both halves: what the client sends, the mock reads; what the mock answers, the client reads', () => {
    const input = { big: -9223372036854775809n, decimal: '-0.100000000000000000000001', at: T, renamed: 'r', count: 3 };
    expect(rpcv2Json.parseRequest(Service, Compute, rpcv2Json.serializeRequest(Service, Compute, input))).toEqual(input);
    expect(rpcv2Json.parseResponse(Service, Compute, rpcv2Json.serializeResponse(Service, Compute, input))).toEqual(input);
    const e = rpcv2Json.parseError(Service, Compute, rpcv2Json.serializeError(Service, Compute, NotFound$, { message: 'm', code: 'c' }));
    expect(e).toEqual({ code: 'NotFound', schema: NotFound$, members: { message: 'm', code: 'c' }, message: 'm' });
  });
});
