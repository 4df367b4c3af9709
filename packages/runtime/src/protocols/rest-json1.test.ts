import { describe, expect, it } from 'vitest';
import { MalformedRequestError } from './codec.js';
import { SerializationError } from '../codecs/serialization-error.js';
import type { HttpRequest } from '../http/messages.js';
import { utf8Decode, utf8Encode } from '../bytes/utf8.js';
import { restJson1 } from './rest-json1.js';
import {
  AllQueryStringTypes$,
  ComplexError$,
  EmptyInputAndEmptyOutput$,
  FooError$,
  HttpRequestWithGreedyLabelInPath$ as GreedyLabels$,
  HttpPayloadTraits$,
  HttpPayloadWithMediaType$,
  HttpPayloadWithStructure$,
  HttpPayloadWithUnion$,
  HttpPrefixHeaders$,
  HttpResponseCode$,
  HttpStringPayload$,
  InputAndOutputWithHeaders$,
  InvalidGreeting$,
  HttpRequestWithLabelsAndTimestampFormat$ as LabelTimestamps$,
  OnlyBodyMembers$,
  QueryParamsAsStringListMap$,
  RestJsonService$ as RestJson$,
  ServiceUnavailable$,
  SimpleScalarProperties$,
} from '../__fixtures__/generated/rest-json/schemas.js';

const T = new Date(1576540098 * 1000);
const body = (b: Uint8Array | undefined): unknown => (b === undefined ? undefined : JSON.parse(utf8Decode(b)));
const req = (r: Partial<HttpRequest>): HttpRequest => ({ method: 'PUT', path: '/SimpleScalarProperties', query: [], headers: {}, ...r });

describe('restJson1 serializeRequest', () => {
  it('serialises body members with jsonName, float specials, timestamps, blobs, big numbers', () => {
    const r = restJson1.serializeRequest(RestJson$, SimpleScalarProperties$, {
      foo: 'Foo',
      stringValue: 'string',
      trueBooleanValue: true,
      floatValue: NaN,
      doubleValue: -Infinity,
      bigIntegerValue: 123456789012345678901234567890n,
      bigDecimalValue: '1234567890.123456789012345678901',
      blobValue: utf8Encode('binary-value'),
      timestampValue: T,
      dateTimeValue: T,
      httpDateTarget: T,
      documentValue: { a: [1, 'x', null] },
      sparseList: ['a', null],
      listValue: ['a', null as unknown as string, 'b'],
      mapValue: { k: 'v', gone: null as unknown as string },
      sparseMap: { k: null },
      unionValue: { renamed: 'r' },
      nested: { value: 'a', child: { value: 'b' } },
      stringValueNull: null,
    });
    expect(r.method).toBe('PUT');
    expect(r.path).toBe('/SimpleScalarProperties');
    expect(r.query).toEqual([]);
    expect(r.headers).toEqual({ 'x-foo': 'Foo', 'content-type': 'application/json' });
    const text = utf8Decode(r.body!);
    expect(text).toContain('"bigIntegerValue":123456789012345678901234567890');
    expect(text).toContain('"bigDecimalValue":1234567890.123456789012345678901');
    expect(body(r.body)).toEqual({
      stringValue: 'string',
      trueBooleanValue: true,
      floatValue: 'NaN',
      DoubleDribble: '-Infinity',
      bigIntegerValue: 1.2345678901234568e29,
      bigDecimalValue: 1234567890.1234567,
      blobValue: 'YmluYXJ5LXZhbHVl',
      timestampValue: 1576540098,
      dateTimeValue: '2019-12-16T23:48:18Z',
      httpDateTarget: 'Mon, 16 Dec 2019 23:48:18 GMT',
      documentValue: { a: [1, 'x', null] },
      sparseList: ['a', null],
      listValue: ['a', 'b'],
      mapValue: { k: 'v' },
      sparseMap: { k: null },
      unionValue: { RenamedOnWire: 'r' },
      nested: { value: 'a', child: { value: 'b' } },
    });
  });

  it('writes fractional epoch seconds', () => {
    const r = restJson1.serializeRequest(RestJson$, SimpleScalarProperties$, { timestampValue: new Date(1576540098123) });
    expect(utf8Decode(r.body!)).toBe('{"timestampValue":1576540098.123}');
  });

  it('sends {} when the input has body members but none is set; nothing when it has none', () => {
    const r = restJson1.serializeRequest(RestJson$, SimpleScalarProperties$, { foo: 'Foo' });
    expect(utf8Decode(r.body!)).toBe('{}');
    expect(r.headers['content-type']).toBe('application/json');
    const e = restJson1.serializeRequest(RestJson$, EmptyInputAndEmptyOutput$, {});
    expect(e.body).toBeUndefined();
    expect(e.headers).toEqual({});
    expect(e.method).toBe('POST');
  });

  it('encodes labels (RFC 3986) and greedy labels per segment (RestJsonHttpRequestWithGreedyLabelInPath)', () => {
    const r = restJson1.serializeRequest(RestJson$, GreedyLabels$, { foo: 'hello/escape', baz: 'there/guy' });
    expect(r.path).toBe('/HttpRequestWithGreedyLabelInPath/foo/hello%2Fescape/baz/there/guy');
    expect(r.body).toBeUndefined();
  });

  it('formats label timestamps: date-time by default, member format wins', () => {
    const r = restJson1.serializeRequest(RestJson$, LabelTimestamps$, { memberEpochSeconds: T, memberHttpDate: T, defaultFormat: T, count: 3 });
    expect(r.path).toBe('/ts/1576540098/Mon%2C%2016%20Dec%202019%2023%3A48%3A18%20GMT/2019-12-16T23%3A48%3A18Z/3');
  });

  it('rejects missing and empty labels, naming the member', () => {
    expect(() => restJson1.serializeRequest(RestJson$, GreedyLabels$, { foo: 'a' })).toThrow(SerializationError);
    expect(() => restJson1.serializeRequest(RestJson$, GreedyLabels$, { foo: 'a' })).toThrow('missing required label baz of test#HttpRequestWithGreedyLabelInPath (at /baz)');
    expect(() => restJson1.serializeRequest(RestJson$, GreedyLabels$, { foo: '', baz: 'b' })).toThrow(/must not be empty/);
  });

  it('serialises query params (RestJsonAllQueryStringTypes subset): lists repeat, timestamps date-time, explicit names win', () => {
    const r = restJson1.serializeRequest(RestJson$, AllQueryStringTypes$, {
      queryString: 'Hello there',
      queryStringList: ['a', 'b'],
      queryInteger: 3,
      queryDouble: 1.1,
      queryBoolean: true,
      queryTimestamp: new Date(1000),
      queryTimestampList: [new Date(1000), new Date(2000)],
      queryEpoch: T,
      queryEnum: 'Foo',
      queryParamsMapOfStringList: { String: ['ignored'], Other: ['x', 'y'] },
    });
    expect(r.method).toBe('GET');
    expect(r.query).toEqual([
      ['String', 'Hello there'],
      ['StringList', 'a'],
      ['StringList', 'b'],
      ['Integer', '3'],
      ['Double', '1.1'],
      ['Boolean', 'true'],
      ['Timestamp', '1970-01-01T00:00:01Z'],
      ['TimestampList', '1970-01-01T00:00:01Z'],
      ['TimestampList', '1970-01-01T00:00:02Z'],
      ['Epoch', '1576540098'],
      ['Enum', 'Foo'],
      ['Other', 'x'],
      ['Other', 'y'],
    ]);
    expect(r.body).toBeUndefined();
  });

  it('keeps the literal query of the uri and fills idempotency tokens (RestJsonQueryIdempotencyTokenAutoFill)', () => {
    const r = restJson1.serializeRequest(RestJson$, QueryParamsAsStringListMap$, { qux: 'named', foo: { baz: ['bar', 'qux'] } }, {
      idempotencyToken: () => '00000000-0000-4000-8000-000000000000',
    });
    expect(r.path).toBe('/StringListMap');
    expect(r.query).toEqual([
      ['literal', 'yes'],
      ['flag', ''],
      ['corge', 'named'],
      ['token', '00000000-0000-4000-8000-000000000000'],
      ['baz', 'bar'],
      ['baz', 'qux'],
    ]);
    const auto = restJson1.serializeRequest(RestJson$, QueryParamsAsStringListMap$, {});
    expect(auto.query.find(([k]) => k === 'token')?.[1]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('serialises headers (RestJsonInputAndOutputWithQuotedStringHeaders, ...TimestampHeaders)', () => {
    const r = restJson1.serializeRequest(RestJson$, InputAndOutputWithHeaders$, {
      headerString: 'Hello',
      headerStringList: ['b,c', '"def"', 'a'],
      headerInteger: 123,
      headerBoolean: false,
      headerDouble: NaN,
      headerTimestamp: T,
      headerTimestampList: [T, T],
      headerEpoch: T,
      headerJson: '{"a":1}',
      headerBlob: utf8Encode('blob'),
      headerEnum: 'Foo',
    });
    expect(r.headers).toEqual({
      'x-string': 'Hello',
      'x-stringlist': '"b,c", "\\"def\\"", a',
      'x-integer': '123',
      'x-boolean1': 'false',
      'x-double': 'NaN',
      'x-timestamp': 'Mon, 16 Dec 2019 23:48:18 GMT',
      'x-timestamplist': 'Mon, 16 Dec 2019 23:48:18 GMT, Mon, 16 Dec 2019 23:48:18 GMT',
      'x-epoch': '1576540098',
      'x-json': 'eyJhIjoxfQ==',
      'x-blob': 'YmxvYg==',
      'x-enum': 'Foo',
    });
    expect(r.body).toBeUndefined();
  });

  it('sends empty strings and empty lists as "" and omits null headers (RestJsonNullAndEmptyHeaders)', () => {
    const r = restJson1.serializeRequest(RestJson$, InputAndOutputWithHeaders$, { headerString: '', headerStringList: [], headerInteger: null });
    expect(r.headers).toEqual({ 'x-string': '', 'x-stringlist': '' });
  });

  it('serialises prefix headers (RestJsonHttpPrefixHeadersArePresent)', () => {
    const r = restJson1.serializeRequest(RestJson$, HttpPrefixHeaders$, { foo: 'Foo', fooMap: { abc: 'Abc value', def: 'Def value' } });
    expect(r.headers).toEqual({ 'x-foo': 'Foo', 'x-foo-abc': 'Abc value', 'x-foo-def': 'Def value' });
  });

  it('serialises payloads: blob raw, mediaType, string text/plain, structure JSON, unset union nothing', () => {
    const blob = restJson1.serializeRequest(RestJson$, HttpPayloadTraits$, { foo: 'Foo', blob: utf8Encode('blobby blob blob') });
    expect(blob.headers).toEqual({ 'x-foo': 'Foo', 'content-type': 'application/octet-stream' });
    expect(utf8Decode(blob.body!)).toBe('blobby blob blob');
    const none = restJson1.serializeRequest(RestJson$, HttpPayloadTraits$, {});
    expect(none.body).toBeUndefined();
    expect(none.headers).toEqual({});
    const jpeg = restJson1.serializeRequest(RestJson$, HttpPayloadWithMediaType$, { blob: utf8Encode('x') });
    expect(jpeg.headers['content-type']).toBe('image/jpeg');
    const s = restJson1.serializeRequest(RestJson$, HttpStringPayload$, { payload: 'rawstring' });
    expect(s.headers['content-type']).toBe('text/plain');
    expect(utf8Decode(s.body!)).toBe('rawstring');
    const st = restJson1.serializeRequest(RestJson$, HttpPayloadWithStructure$, { nested: { greeting: 'hello', name: 'Phreddy' } });
    expect(st.headers['content-type']).toBe('application/json');
    expect(body(st.body)).toEqual({ greeting: 'hello', name: 'Phreddy' });
    expect(utf8Decode(restJson1.serializeRequest(RestJson$, HttpPayloadWithStructure$, {}).body!)).toBe('{}');
    const u = restJson1.serializeRequest(RestJson$, HttpPayloadWithUnion$, {});
    expect(u.body).toBeUndefined();
    const u2 = restJson1.serializeRequest(RestJson$, HttpPayloadWithUnion$, { nested: { stringValue: 'hi' } });
    expect(body(u2.body)).toEqual({ stringValue: 'hi' });
  });

  it('names the member path of a wrongly typed value', () => {
    expect(() => restJson1.serializeRequest(RestJson$, SimpleScalarProperties$, { nested: { child: { value: 5 } } })).toThrow(
      'expected a string for string, got number 5 (at /nested/child/value)',
    );
    expect(() => restJson1.serializeRequest(RestJson$, SimpleScalarProperties$, { unionValue: { stringValue: 'a', renamed: 'b' } })).toThrow(
      /exactly one member set, got 2 .* \(at \/unionValue\)/,
    );
    expect(() => restJson1.serializeRequest(RestJson$, SimpleScalarProperties$, { timestampValue: 'soon' })).toThrow(/\(at \/timestampValue\)/);
  });
});

describe('restJson1 parseResponse (client)', () => {
  it('reads the JSON body leniently: unknown members ignored, specials, bigints, union $unknown', () => {
    const out = restJson1.parseResponse(RestJson$, SimpleScalarProperties$, {
      status: 200,
      headers: { 'X-Foo': 'Foo', 'content-type': 'application/json' },
      body: utf8Encode(
        '{"stringValue":"s","floatValue":"NaN","DoubleDribble":"Infinity","bigIntegerValue":123456789012345678901234567890,' +
          '"bigDecimalValue":0.10000000000000000000001,"blobValue":"YmluYXJ5LXZhbHVl","timestampValue":1576540098.5,' +
          '"dateTimeValue":"2019-12-16T23:48:18Z","unionValue":{"newMember":{"x":1}},"sparseList":["a",null],"listValue":["a",null],' +
          '"unknownMember":true,"nested":null,"documentValue":{"n":1.5}}',
      ),
    });
    expect(out).toEqual({
      foo: 'Foo',
      stringValue: 's',
      floatValue: NaN,
      doubleValue: Infinity,
      bigIntegerValue: 123456789012345678901234567890n,
      bigDecimalValue: '0.10000000000000000000001',
      blobValue: utf8Encode('binary-value'),
      timestampValue: new Date(1576540098500),
      dateTimeValue: T,
      unionValue: { $unknown: ['newMember', { x: 1 }] },
      sparseList: ['a', null],
      listValue: ['a'],
      documentValue: { n: 1.5 },
    });
  });

  it('takes the status for the httpResponseCode member and tolerates an empty body (RestJsonHttpResponseCode)', () => {
    expect(restJson1.parseResponse(RestJson$, HttpResponseCode$, { status: 201, headers: {}, body: utf8Encode('{}') })).toEqual({ Status: 201 });
    expect(restJson1.parseResponse(RestJson$, HttpResponseCode$, { status: 201, headers: {} })).toEqual({ Status: 201 });
  });

  it('answers the @http code when the httpResponseCode member holds no final status (a @default(0), a fake)', () => {
    expect(restJson1.serializeResponse(RestJson$, HttpResponseCode$, { Status: 201 }).status).toBe(201);
    for (const Status of [0, 99, 600, 204.5]) expect(restJson1.serializeResponse(RestJson$, HttpResponseCode$, { Status }).status).toBe(HttpResponseCode$.http?.code ?? 200);
  });

  it('parses headers: quoted lists, http-date lists, base64 mediaType strings', () => {
    const out = restJson1.parseResponse(RestJson$, InputAndOutputWithHeaders$, {
      status: 200,
      headers: {
        'x-stringlist': '"b,c", "\\"def\\"", a',
        'x-timestamplist': 'Mon, 16 Dec 2019 23:48:18 GMT, Mon, 16 Dec 2019 23:48:18 GMT',
        'x-integer': '123',
        'x-boolean1': 'true',
        'x-double': '-Infinity',
        'x-json': 'eyJhIjoxfQ==',
        'x-epoch': '1576540098',
      },
    });
    expect(out).toEqual({
      headerStringList: ['b,c', '"def"', 'a'],
      headerTimestampList: [T, T],
      headerInteger: 123,
      headerBoolean: true,
      headerDouble: -Infinity,
      headerJson: '{"a":1}',
      headerEpoch: T,
    });
  });

  it('parses prefix headers and payloads', () => {
    expect(
      restJson1.parseResponse(RestJson$, HttpPrefixHeaders$, { status: 200, headers: { 'x-foo': 'Foo', 'x-foo-abc': 'Abc value', 'x-foo-def': 'Def value' } }),
    ).toEqual({ foo: 'Foo', fooMap: { abc: 'Abc value', def: 'Def value' } });
    expect(restJson1.parseResponse(RestJson$, HttpPayloadTraits$, { status: 200, headers: { 'x-foo': 'Foo' }, body: utf8Encode('blobby') })).toEqual({
      foo: 'Foo',
      blob: utf8Encode('blobby'),
    });
    expect(restJson1.parseResponse(RestJson$, HttpPayloadWithUnion$, { status: 200, headers: {} })).toEqual({});
    expect(restJson1.parseResponse(RestJson$, HttpStringPayload$, { status: 200, headers: {}, body: utf8Encode('rawstring') })).toEqual({ payload: 'rawstring' });
  });

  it('reports invalid JSON as a SerializationError', () => {
    expect(() => restJson1.parseResponse(RestJson$, SimpleScalarProperties$, { status: 200, headers: {}, body: utf8Encode('{oops') })).toThrow(
      /invalid JSON body: expected an object key at offset 1 \(at \/\)/,
    );
  });
});

describe('restJson1 parseError (client)', () => {
  const err = (headers: Record<string, string>, text?: string, status = 400) => ({ status, headers, body: text === undefined ? undefined : utf8Encode(text) });

  it('sanitises X-Amzn-Errortype with a URI (RestJsonFooErrorUsingXAmznErrorTypeWithUri)', () => {
    const e = restJson1.parseError(RestJson$, SimpleScalarProperties$, err({ 'X-Amzn-Errortype': 'FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/' }, undefined, 500));
    expect(e.code).toBe('FooError');
    expect(e.schema).toBe(FooError$);
    expect(e.members).toEqual({});
  });

  it('uses the header before body code and __type; body code before __type', () => {
    expect(restJson1.parseError(RestJson$, SimpleScalarProperties$, err({ 'x-amzn-errortype': 'aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/' }, '{"__type":"Other"}')).code).toBe('FooError');
    expect(restJson1.parseError(RestJson$, SimpleScalarProperties$, err({}, '{"code":"aws.protocoltests.restjson#FooError","__type":"X"}')).code).toBe('FooError');
    expect(restJson1.parseError(RestJson$, SimpleScalarProperties$, err({}, '{"__type":"aws.protocoltests.restjson#FooError:http://x"}')).schema).toBe(FooError$);
  });

  it('reads header and body members, message spelled Message, service-level errors', () => {
    const e = restJson1.parseError(
      RestJson$,
      SimpleScalarProperties$,
      err({ 'x-amzn-errortype': 'ComplexError', 'x-header': 'Header' }, '{"TopLevel":"Top level","Nested":{"Fooooo":"bar"},"Message":"oops"}', 403),
    );
    expect(e).toEqual({ code: 'ComplexError', schema: ComplexError$, members: { Header: 'Header', TopLevel: 'Top level', Nested: { Foo: 'bar' }, message: 'oops' }, message: 'oops' });
    const g = restJson1.parseError(RestJson$, SimpleScalarProperties$, err({}, '{"__type":"InvalidGreeting","Message":"Hi"}'));
    expect(g.schema).toBe(InvalidGreeting$);
    expect(g.members).toEqual({ Message: 'Hi' });
    const s = restJson1.parseError(RestJson$, SimpleScalarProperties$, err({ 'x-amzn-errortype': 'ServiceUnavailable' }, '{"errorMessage":"later"}', 503));
    expect(s.schema).toBe(ServiceUnavailable$);
    expect(s.message).toBe('later');
    expect(s.members).toEqual({ message: 'later' });
  });

  it('returns Unknown without a schema for unmodeled errors', () => {
    expect(restJson1.parseError(RestJson$, SimpleScalarProperties$, err({}, 'not json', 502))).toEqual({ code: 'Unknown', members: {} });
    const e = restJson1.parseError(RestJson$, SimpleScalarProperties$, err({}, '{"__type":"Throttled","message":"slow"}'));
    expect(e).toEqual({ code: 'Throttled', members: {}, message: 'slow' });
  });
});

describe('restJson1 mock side', () => {
  it('matches method, path pattern and literal query', () => {
    expect(restJson1.matchRequest(RestJson$, GreedyLabels$, req({ method: 'GET', path: '/HttpRequestWithGreedyLabelInPath/foo/a/baz/b/c' }))).toBe(true);
    expect(restJson1.matchRequest(RestJson$, GreedyLabels$, req({ method: 'POST', path: '/HttpRequestWithGreedyLabelInPath/foo/a/baz/b/c' }))).toBe(false);
    expect(restJson1.matchRequest(RestJson$, GreedyLabels$, req({ method: 'GET', path: '/HttpRequestWithGreedyLabelInPath/foo/a/baz' }))).toBe(false);
    expect(restJson1.matchRequest(RestJson$, QueryParamsAsStringListMap$, req({ method: 'POST', path: '/StringListMap', query: [['literal', 'yes'], ['flag', '']] }))).toBe(true);
    expect(restJson1.matchRequest(RestJson$, QueryParamsAsStringListMap$, req({ method: 'POST', path: '/StringListMap', query: [['literal', 'yes']] }))).toBe(false);
  });

  it('parses labels, query, headers and body', () => {
    expect(restJson1.parseRequest(RestJson$, GreedyLabels$, req({ method: 'GET', path: '/HttpRequestWithGreedyLabelInPath/foo/hello%2Fescape/baz/there/guy' }))).toEqual({
      foo: 'hello/escape',
      baz: 'there/guy',
    });
    expect(
      restJson1.parseRequest(RestJson$, LabelTimestamps$, req({ method: 'GET', path: '/ts/1576540098/Mon%2C%2016%20Dec%202019%2023%3A48%3A18%20GMT/2019-12-16T23%3A48%3A18Z/7' })),
    ).toEqual({ memberEpochSeconds: T, memberHttpDate: T, defaultFormat: T, count: 7 });
    expect(
      restJson1.parseRequest(
        RestJson$,
        QueryParamsAsStringListMap$,
        req({ method: 'POST', path: '/StringListMap', query: [['literal', 'yes'], ['flag', ''], ['corge', 'named'], ['baz', 'bar'], ['baz', 'qux']] }),
      ),
    ).toEqual({ qux: 'named', foo: { corge: ['named'], baz: ['bar', 'qux'] } }); // RestJsonServersQueryParamsStringListMap: the map gets every non-literal key
  });

  it('rejects a JSON body with the wrong content type (415)', () => {
    const r = req({ headers: { 'content-type': 'text/plain' }, body: utf8Encode('{}') });
    expect(() => restJson1.parseRequest(RestJson$, SimpleScalarProperties$, r)).toThrow(MalformedRequestError);
    try {
      restJson1.parseRequest(RestJson$, SimpleScalarProperties$, r);
    } catch (e) {
      expect((e as MalformedRequestError).status).toBe(415);
      expect((e as MalformedRequestError).code).toBe('UnsupportedMediaTypeException');
    }
    expect(() => restJson1.parseRequest(RestJson$, SimpleScalarProperties$, req({ body: utf8Encode('{}') }))).toThrow(/expected content-type application\/json, got none/);
    expect(restJson1.parseRequest(RestJson$, SimpleScalarProperties$, req({ headers: { 'content-type': 'application/json; charset=utf-8' }, body: utf8Encode('{}') }))).toEqual({});
  });

  it('checks payload content types and Accept (RestJsonStringPayloadWrongContentType, RestJsonWithBodyExpectsApplicationJsonAccept, ...)', () => {
    const status = (fn: () => unknown): string => {
      try {
        fn();
        return 'ok';
      } catch (e) {
        return `${(e as MalformedRequestError).status} ${(e as MalformedRequestError).code}`;
      }
    };
    const str = (headers: Record<string, string>) => () =>
      restJson1.parseRequest(RestJson$, HttpStringPayload$, req({ method: 'POST', path: '/StringPayload', headers, body: utf8Encode('rawstring') }));
    expect(status(str({ 'content-type': 'text/plain' }))).toBe('ok');
    expect(status(str({}))).toBe('415 UnsupportedMediaTypeException');
    expect(status(str({ 'content-type': 'application/json' }))).toBe('415 UnsupportedMediaTypeException');
    expect(status(str({ 'content-type': 'text/plain', accept: 'application/json' }))).toBe('406 NotAcceptableException');
    expect(status(str({ 'content-type': 'text/plain', accept: 'application/json, text/*;q=0.5' }))).toBe('ok');
    const ssp = (headers: Record<string, string>) => () => restJson1.parseRequest(RestJson$, SimpleScalarProperties$, req({ headers, body: utf8Encode('{}') }));
    expect(status(ssp({ 'content-type': 'application/json', accept: 'application/hal+json' }))).toBe('406 NotAcceptableException');
    expect(status(ssp({ 'content-type': 'application/json', accept: '*/*' }))).toBe('ok');
    const jpeg = (headers: Record<string, string>) => () =>
      restJson1.parseRequest(RestJson$, HttpPayloadWithMediaType$, req({ method: 'POST', path: '/HttpPayloadTraitsWithMediaType', headers, body: utf8Encode('x') }));
    expect(status(jpeg({ 'content-type': 'image/jpeg' }))).toBe('ok');
    expect(status(jpeg({ 'content-type': 'application/json' }))).toBe('415 UnsupportedMediaTypeException');
    const blob = (headers: Record<string, string>) => () =>
      restJson1.parseRequest(RestJson$, HttpPayloadTraits$, req({ method: 'POST', path: '/HttpPayloadTraits', headers, body: utf8Encode('x') }));
    expect(status(blob({ 'content-type': 'application/x-anything', accept: 'image/jpeg' }))).toBe('ok');
    // an input without body members must not carry a typed body; a memberless input tolerates `{}`
    const prefix = () =>
      restJson1.parseRequest(RestJson$, HttpPrefixHeaders$, req({ method: 'GET', path: '/HttpPrefixHeaders', headers: { 'content-type': 'application/json' }, body: utf8Encode('{}') }));
    expect(status(prefix)).toBe('415 UnsupportedMediaTypeException');
    const empty = () =>
      restJson1.parseRequest(RestJson$, EmptyInputAndEmptyOutput$, req({ method: 'POST', path: '/EmptyInputAndEmptyOutput', headers: { 'content-type': 'application/json' }, body: utf8Encode('{}') }));
    expect(status(empty)).toBe('ok');
  });

  it('rejects wrong JSON types and bad JSON with 400 SerializationException naming the member path', () => {
    const bad = (text: string, headers: Record<string, string> = {}) => {
      try {
        restJson1.parseRequest(RestJson$, SimpleScalarProperties$, req({ headers: { 'content-type': 'application/json', ...headers }, body: utf8Encode(text) }));
      } catch (e) {
        expect(e).toBeInstanceOf(MalformedRequestError);
        expect((e as MalformedRequestError).status).toBe(400);
        expect((e as MalformedRequestError).code).toBe('SerializationException');
        return (e as Error).message;
      }
      throw new Error('expected a MalformedRequestError');
    };
    expect(bad('{"stringValue": 1}')).toBe('expected a JSON string for string, got number 1 (at /stringValue)');
    expect(bad('{"byteValue": 1000}')).toMatch(/a byte in \[-128, 127\].*\(at \/byteValue\)/);
    expect(bad('{"integerValue": 1.5}')).toMatch(/JSON integer.*\(at \/integerValue\)/);
    expect(bad('{"nested": {"child": {"value": true}}}')).toMatch(/\(at \/nested\/child\/value\)/);
    expect(bad('{"timestampValue": "2019-12-16T23:48:18Z"}')).toMatch(/epoch seconds as a JSON number/);
    expect(bad('{"timestampValue": "1515531081"}')).toBe('expected epoch seconds as a JSON number for timestamp, got string "1515531081" (at /timestampValue)');
    expect(bad('{"dateTimeValue": "1996-12-19T16:39:57-08:00"}')).toMatch(/date-time/);
    expect(bad('{"blobValue": "YmxvYg="}')).toMatch(/not a multiple of 4.*\(at \/blobValue\)/);
    expect(bad('{"unionValue": {"newThing": 1}}')).toBe('unknown member "newThing" of union test#MyUnion (at /unionValue)');
    expect(bad('{"longValue": 9223372036854775808}')).toMatch(/a long in/);
    expect(bad('{"blobValue": "!!"}')).toMatch(/base64.*\(at \/blobValue\)/);
    expect(bad('{"unionValue": {"stringValue": "a", "renamed": "b"}}')).toMatch(/exactly one member/);
    expect(bad('[1]')).toMatch(/expected a JSON object/);
    expect(bad('{')).toMatch(/invalid JSON body/);
    expect(() => bad('{}', { 'x-foo': 'ok' })).toThrow('expected a MalformedRequestError');
  });

  it('rejects malformed headers and labels with 400', () => {
    expect(() =>
      restJson1.parseRequest(RestJson$, InputAndOutputWithHeaders$, req({ method: 'POST', path: '/InputAndOutputWithHeaders', headers: { 'x-integer': 'abc' } })),
    ).toThrow('expected an integer for integer in header, got "abc" (at /headerInteger)');
    expect(() =>
      restJson1.parseRequest(RestJson$, InputAndOutputWithHeaders$, req({ method: 'POST', path: '/InputAndOutputWithHeaders', headers: { 'x-integer': '2147483648' } })),
    ).toThrow('expected a integer in [-2147483648, 2147483647] for integer in header, got "2147483648" (at /headerInteger)');
    expect(() =>
      restJson1.parseRequest(RestJson$, InputAndOutputWithHeaders$, req({ method: 'POST', path: '/InputAndOutputWithHeaders', headers: { 'x-json': 'xyz' } })),
    ).toThrow(/base64 text.*\(at \/headerJson\)/);
    expect(() =>
      restJson1.parseRequest(RestJson$, LabelTimestamps$, req({ method: 'GET', path: '/ts/abc/Mon%2C%2016%20Dec%202019%2023%3A48%3A18%20GMT/2019-12-16T23%3A48%3A18Z/7' })),
    ).toThrow(MalformedRequestError);
  });

  it('serialises responses: status from http.code or the response-code member, always a JSON body', () => {
    const r = restJson1.serializeResponse(RestJson$, OnlyBodyMembers$, {});
    expect(r.status).toBe(201);
    expect(utf8Decode(r.body!)).toBe('{}');
    expect(r.headers).toEqual({ 'content-type': 'application/json' });
    const c = restJson1.serializeResponse(RestJson$, HttpResponseCode$, { Status: 418 });
    expect(c.status).toBe(418);
    expect(utf8Decode(c.body!)).toBe('{}');
    const h = restJson1.serializeResponse(RestJson$, InputAndOutputWithHeaders$, { headerStringList: [], headerString: '' });
    expect(h.headers).toEqual({ 'x-stringlist': '', 'x-string': '', 'content-type': 'application/json' });
    const p = restJson1.serializeResponse(RestJson$, HttpPayloadWithUnion$, {});
    expect(p.body).toBeUndefined();
    // RestJsonNoInputAndNoOutput: smithy.api#Unit output has no body at all
    const unit = restJson1.serializeResponse(RestJson$, GreedyLabels$, {});
    expect(unit).toEqual({ status: 200, headers: {} });
    // RestJsonHttpPayloadWithStructureAndEmptyResponseBody: an unset structure payload sends nothing in a response
    expect(restJson1.serializeResponse(RestJson$, HttpPayloadWithStructure$, {}).body).toBeUndefined();
  });

  it('serialises errors: httpError status, X-Amzn-Errortype, header members, JSON body with jsonName', () => {
    const e = restJson1.serializeError(RestJson$, SimpleScalarProperties$, ComplexError$, { Header: 'h', TopLevel: 't', Nested: { Foo: 'f' } });
    expect(e.status).toBe(403);
    expect(e.headers).toEqual({ 'x-amzn-errortype': 'ComplexError', 'x-header': 'h', 'content-type': 'application/json' });
    expect(body(e.body)).toEqual({ TopLevel: 't', Nested: { Fooooo: 'f' } });
    expect(restJson1.serializeError(RestJson$, SimpleScalarProperties$, ServiceUnavailable$, {}).status).toBe(500);
    expect(restJson1.serializeError(RestJson$, SimpleScalarProperties$, { ...InvalidGreeting$, httpError: undefined }, {}).status).toBe(400);
  });
});
