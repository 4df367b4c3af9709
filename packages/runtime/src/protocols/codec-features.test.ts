/**
 * Codec features on the client halves generated clients bundle (`restJson1Client`, `awsJson1_0Client`): values are
 * read and written with the operation schema's `features` only; a value needing one the schema does not list
 * fails with an error naming the feature and the member path; the joined codecs read any schema.
 */
import { describe, expect, it } from 'vitest';
import type { OperationSchema, StructureSchema } from '../schema/index.js';
import { utf8Decode, utf8Encode } from '../bytes/utf8.js';
import { timestampFeature } from '../codecs/timestamps.js';
import { restJson1, restJson1Client, restJson1Server } from './rest-json1.js';
import { awsJson1_0Client } from './aws-json.js';
import { requestBindingFeature } from '../http/bindings/request-bindings.js';
import { headerValueFeature } from '../http/bindings/scalar.js';

const SERVICE = { id: 'ex#Svc', name: 'Svc', sdkId: 'Svc', version: '1', protocol: 'restJson1', errors: [] } as const;
const Input: StructureSchema = {
  type: 'structure',
  name: 'Input',
  members: { id: { target: { type: 'string' }, httpLabel: true, required: true }, at: { target: { type: 'timestamp' } } },
};
const Output: StructureSchema = { type: 'structure', name: 'Output', members: { at: { target: { type: 'timestamp' } } } };
const base = { id: 'ex#Put', name: 'Put', input: Input, output: Output, errors: [], http: { method: 'PUT', uri: '/things/{id}', code: 200 } } satisfies OperationSchema;
const withFeatures: OperationSchema = { ...base, features: { timestamps: timestampFeature, requestBindings: requestBindingFeature } };
const at = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
const response = { status: 200, headers: { 'content-type': 'application/json' }, body: utf8Encode('{"at":1704164645}') };

describe('codec features on the generated clients\' codec halves', () => {
  it('reads and writes with the operation\'s features', () => {
    const request = restJson1Client.serializeRequest(SERVICE, withFeatures, { id: 'a', at });
    expect(request.path).toBe('/things/a');
    expect(utf8Decode(request.body!)).toBe('{"at":1704164645}');
    expect(restJson1Client.parseResponse(SERVICE, withFeatures, response)).toEqual({ at });
  });

  it('names the missing feature and the member path when the operation schema does not list it', () => {
    const noTimestamps: OperationSchema = { ...base, features: { requestBindings: requestBindingFeature } };
    expect(() => restJson1Client.serializeRequest(SERVICE, noTimestamps, { id: 'a', at })).toThrow("a timestamp value needs the codec feature 'timestamps', which the operation schema's features do not list (at /at)");
    expect(() => restJson1Client.parseResponse(SERVICE, noTimestamps, response)).toThrow("codec feature 'timestamps'");
    expect(() => restJson1Client.serializeRequest(SERVICE, base, { id: 'a' })).toThrow("a label, query or header value needs the codec feature 'requestBindings'");
    const rpc: OperationSchema = { ...base, http: undefined };
    expect(() => awsJson1_0Client.serializeRequest({ ...SERVICE, protocol: 'awsJson1_0' }, rpc, { at })).toThrow("codec feature 'timestamps'");
  });

  it('the joined codec reads any schema (every feature by default), with the same results', () => {
    expect(restJson1.serializeRequest(SERVICE, base, { id: 'a', at })).toEqual(restJson1Client.serializeRequest(SERVICE, withFeatures, { id: 'a', at }));
    expect(restJson1.parseResponse(SERVICE, base, response)).toEqual({ at });
  });

  it('reads string, enum and integer response headers without a feature; other header values need headerValues', () => {
    const Headers: StructureSchema = {
      type: 'structure',
      name: 'Headers',
      members: {
        name: { target: { type: 'string' }, httpHeader: 'X-Name' },
        count: { target: { type: 'long' }, httpHeader: 'X-Count' },
        on: { target: { type: 'boolean' }, httpHeader: 'X-On' },
        at: { target: { type: 'timestamp' }, httpHeader: 'X-At' },
      },
    };
    const op: OperationSchema = { ...base, output: Headers, features: {} };
    const plain = { status: 200, headers: { 'x-name': 'n', 'X-Count': ' 42 ' }, body: new Uint8Array() };
    expect(restJson1Client.parseResponse(SERVICE, op, plain)).toEqual({ name: 'n', count: 42 });
    expect(() => restJson1Client.parseResponse(SERVICE, op, { ...plain, headers: { 'x-count': '4x' } })).toThrow('expected an integer for long in header, got "4x" (at /count)');
    const more = { ...plain, headers: { ...plain.headers, 'x-on': 'true', 'x-at': 'Tue, 02 Jan 2024 03:04:05 GMT' } };
    expect(() => restJson1Client.parseResponse(SERVICE, op, more)).toThrow("a boolean header value needs the codec feature 'headerValues', which the operation schema's features do not list (at /on)");
    const full: OperationSchema = { ...op, features: { headerValues: headerValueFeature, timestamps: timestampFeature } };
    const expected = { name: 'n', count: 42, on: true, at };
    expect(restJson1Client.parseResponse(SERVICE, full, more)).toEqual(expected);
    expect(restJson1.parseResponse(SERVICE, { ...op, features: undefined }, more)).toEqual(expected);
  });

  it('integer range checks are the mock\'s (integerRanges feature): the server half rejects an out-of-range byte, the client half reads it', () => {
    const Bytes: StructureSchema = { type: 'structure', name: 'Bytes', members: { b: { target: { type: 'byte' } }, n: { target: { type: 'integer' }, httpHeader: 'X-N' } } };
    const op: OperationSchema = { ...base, input: Bytes, output: Bytes, http: { method: 'POST', uri: '/bytes', code: 200 }, features: {} };
    const json = { 'content-type': 'application/json' };
    const request = (body: string, headers: Record<string, string> = {}) => ({ method: 'POST', path: '/bytes', query: [], headers: { ...json, ...headers }, body: utf8Encode(body) });
    expect(() => restJson1Server.parseRequest(SERVICE, op, request('{"b":128}'))).toThrow('expected a byte in [-128, 127] for byte, got number 128 (at /b)');
    expect(() => restJson1Server.parseRequest(SERVICE, op, request('{"b":1.0}'))).toThrow('expected a byte in [-128, 127] for byte, got number 1.0 (at /b)');
    expect(() => restJson1Server.parseRequest(SERVICE, op, request('{}', { 'x-n': '2147483648' }))).toThrow('expected a integer in [-2147483648, 2147483647] for integer in header, got "2147483648" (at /n)');
    expect(restJson1Server.parseRequest(SERVICE, op, request('{"b":-128}', { 'x-n': '-2147483648' }))).toEqual({ b: -128, n: -2147483648 });
    const response = { status: 200, headers: { ...json, 'x-n': '2147483648' }, body: utf8Encode('{"b":128}') };
    expect(restJson1Client.parseResponse(SERVICE, op, response)).toEqual({ b: 128, n: 2147483648 });
  });
});
