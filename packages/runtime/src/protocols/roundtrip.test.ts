/**
 * Client ↔ mock round trips through the fetch adapters: serializeRequest → Request → parseRequest gives the
 * input back; serializeResponse → Response → parseResponse gives the output back. All three protocols.
 */
import { describe, expect, it } from 'vitest';
import { deref } from '../schema/index.js';
import type { OperationSchema, ServiceSchema } from '../schema/index.js';
import type { ProtocolCodec } from './codec.js';
import { fromHttpRequest, fromHttpResponse, toHttpRequest, toHttpResponse } from '../http/fetch.js';
import { utf8Encode } from '../bytes/utf8.js';
import { awsJson1_0, awsJson1_1, restJson1 } from './index.js';
import {
  AllQueryStringTypes$,
  ComplexError$,
  HttpRequestWithGreedyLabelInPath$ as GreedyLabels$,
  HttpPayloadTraits$,
  HttpPayloadWithStructure$,
  HttpPayloadWithUnion$,
  HttpPrefixHeaders$,
  HttpStringPayload$,
  InputAndOutputWithHeaders$,
  HttpRequestWithLabelsAndTimestampFormat$ as LabelTimestamps$,
  RestJsonService$ as RestJson$,
  SimpleScalarProperties$,
} from '../__fixtures__/generated/rest-json/schemas.js';
import * as jsonProtocol from '../__fixtures__/generated/json-protocol/schemas.js';
import * as jsonRpc10 from '../__fixtures__/generated/json-rpc10/schemas.js';

const T = new Date(1576540098123);
const kitchenSink = {
  stringValue: 'string with "quotes", commas and ünïcödé',
  trueBooleanValue: false,
  byteValue: -128,
  integerValue: 2147483647,
  longValue: 9007199254740991,
  floatValue: NaN,
  doubleValue: -Infinity,
  bigIntegerValue: -123456789012345678901234567890n,
  bigDecimalValue: '0.100000000000000000000000000001',
  blobValue: new Uint8Array([0, 1, 254, 255]),
  timestampValue: T,
  dateTimeValue: T,
  httpDateTarget: new Date(1576540098000),
  documentValue: { a: [1, 2.5, 'x', null, true], b: { c: {} } },
  enumValue: 'Foo',
  intEnumValue: 2,
  listValue: ['a', 'b'],
  sparseList: [null, 'x'],
  mapValue: { k: 'v', '': 'empty key' },
  sparseMap: { n: null, s: 's' },
  unionValue: { timestampValue: T },
  nested: { value: 'a', child: { value: 'b', child: { value: 'c' } } },
  timestampList: [T, new Date(0)],
};

async function roundTrip(codec: ProtocolCodec, service: ServiceSchema, operation: OperationSchema, input: Record<string, unknown>, output: Record<string, unknown>) {
  const wire = codec.serializeRequest(service, operation, input);
  const received = await toHttpRequest(fromHttpRequest(wire, 'https://service.example.com'));
  expect(codec.matchRequest(service, operation, received)).toBe(true);
  expect(codec.parseRequest(service, operation, received)).toEqual(input);
  const response = await toHttpResponse(fromHttpResponse(codec.serializeResponse(service, operation, output)));
  expect(codec.parseResponse(service, operation, response)).toEqual(output);
}

describe.each([
  ['awsJson1_0', awsJson1_0, jsonRpc10.JsonRpc10Service$, jsonRpc10],
  ['awsJson1_1', awsJson1_1, jsonProtocol.JsonProtocolService$, jsonProtocol],
] as const)('%s round trip', (_name, codec, service, { KitchenSinkOperation$, ComplexError$ }) => {
  it('kitchen sink input and output', async () => {
    await roundTrip(codec, service, KitchenSinkOperation$, kitchenSink, { ...kitchenSink, unionValue: { structureValue: { greeting: 'hi' } } });
  });
  it('empty input and output', async () => {
    await roundTrip(codec, service, KitchenSinkOperation$, {}, {});
  });
  it('errors: mock serializeError → client parseError', async () => {
    const res = await toHttpResponse(fromHttpResponse(codec.serializeError(service, KitchenSinkOperation$, ComplexError$, { TopLevel: 't', Nested: { Foo: 'f' }, message: 'm' })));
    expect(codec.parseError(service, KitchenSinkOperation$, res)).toEqual({
      code: 'ComplexError',
      schema: ComplexError$,
      members: { TopLevel: 't', Nested: { Foo: 'f' }, message: 'm' },
      message: 'm',
    });
  });
});

describe('restJson1 round trip', () => {
  it('body members with a header', async () => {
    await roundTrip(restJson1, RestJson$, SimpleScalarProperties$, { foo: 'Foo', ...kitchenSink }, { foo: 'Bar', ...kitchenSink, unionValue: { renamed: 'r' } });
  });
  it('labels (greedy and timestamps), query, headers, prefix headers', async () => {
    await roundTrip(restJson1, RestJson$, GreedyLabels$, { foo: 'a/b c%', baz: 'x/y/z ü' }, {});
    await roundTrip(restJson1, RestJson$, LabelTimestamps$, { memberEpochSeconds: T, memberHttpDate: T, defaultFormat: T, count: -1 }, {});
    const queryInput = deref(AllQueryStringTypes$.input);
    const { queryParamsMapOfStringList: _dropped, ...queryMembers } = queryInput.members;
    const QueryOnly$: OperationSchema = { ...AllQueryStringTypes$, input: { ...queryInput, members: queryMembers } };
    await roundTrip(
      restJson1,
      RestJson$,
      QueryOnly$,
      {
        queryString: 'a&b=c d+e',
        queryStringList: ['1', '2'],
        queryInteger: 3,
        queryDouble: 1.5,
        queryBoolean: false,
        queryTimestamp: T,
        queryTimestampList: [T],
        queryEpoch: T,
        queryEnum: 'Bar',
      },
      {},
    );
    // @httpQueryParams is not symmetric by design: the mock's map also sees the keys bound by @httpQuery
    const q = restJson1.serializeRequest(RestJson$, AllQueryStringTypes$, { queryInteger: 1, queryParamsMapOfStringList: { free: ['x', 'y'], Integer: ['2'] } });
    expect(restJson1.parseRequest(RestJson$, AllQueryStringTypes$, q)).toEqual({ queryInteger: 1, queryParamsMapOfStringList: { Integer: ['1'], free: ['x', 'y'] } });
    const headers = {
      headerString: 'Hello, "world"',
      headerStringList: ['b,c', '"def"', 'a', ''],
      headerInteger: -5,
      headerBoolean: true,
      headerDouble: Infinity,
      headerTimestamp: T,
      headerTimestampList: [T, new Date(0)],
      headerEpoch: T,
      headerJson: '{"x": [1, 2]}',
      headerBlob: new Uint8Array([1, 2, 3]),
      headerEnum: 'Baz',
    };
    await roundTrip(restJson1, RestJson$, InputAndOutputWithHeaders$, headers, headers);
    await roundTrip(restJson1, RestJson$, HttpPrefixHeaders$, { foo: 'Foo', fooMap: { abc: 'A', def: 'D' } }, { foo: 'F', fooMap: { x: 'y' } });
  });
  it('payloads: blob, string, structure, union', async () => {
    await roundTrip(restJson1, RestJson$, HttpPayloadTraits$, { foo: 'Foo', blob: utf8Encode('blobby blob blob') }, { blob: new Uint8Array([0, 255]) });
    await roundTrip(restJson1, RestJson$, HttpStringPayload$, { payload: 'rawstring' }, { payload: 'ünïcödé' });
    await roundTrip(restJson1, RestJson$, HttpPayloadWithStructure$, { nested: { greeting: 'hello', name: 'Phreddy' } }, { nested: { greeting: 'g' } });
    await roundTrip(restJson1, RestJson$, HttpPayloadWithUnion$, { nested: { stringValue: 'hi' } }, {});
  });
  it('errors: mock serializeError → client parseError', async () => {
    const res = await toHttpResponse(fromHttpResponse(restJson1.serializeError(RestJson$, SimpleScalarProperties$, ComplexError$, { Header: 'h', TopLevel: 't', Nested: { Foo: 'f' } })));
    expect(restJson1.parseError(RestJson$, SimpleScalarProperties$, res)).toEqual({
      code: 'ComplexError',
      schema: ComplexError$,
      members: { Header: 'h', TopLevel: 't', Nested: { Foo: 'f' } },
    });
  });
});
