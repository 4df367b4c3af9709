/** Unit tests of the harness helpers: params conversion, value diffs, case expansion, wire checks, verdicts. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StructureSchema } from '@anvil/runtime';
import { ServiceException } from '@anvil/client-runtime';
import { ExactNumber } from '@anvil/smithy-model';
import { expandMalformed, interpolate } from './cases.js';
import { checkErrorCodeParams } from './client-side.js';
import { exactAnswer } from './mock-side.js';
import { caseKey, judge, readExpectedFailures } from './report.js';
import type { CaseResult } from './run.js';
import { diffValues, toRuntime } from './values.js';
import { checkBody, checkHeaders, checkMalformedBody, checkQuery, Failures, rawQueryPairs } from './wire.js';
import { expectedRequestId } from './mock-side.js';

const Nested: StructureSchema = { type: 'structure', name: 'Nested', members: { a: { target: { type: 'string' } }, b: { target: { type: 'integer' } } } };
const Shape: StructureSchema = {
  type: 'structure',
  name: 'Shape',
  members: {
    when: { target: { type: 'timestamp' } },
    data: { target: { type: 'blob' } },
    big: { target: { type: 'bigInteger' } },
    dec: { target: { type: 'bigDecimal' } },
    f: { target: { type: 'double' } },
    nested: { target: Nested },
  },
};

describe('params → runtime values', () => {
  it('converts per the runtime type mapping and drops null members', () => {
    expect(toRuntime(Shape, { when: 1.5, data: 'abc', big: 12, dec: 1.25, f: 'NaN', nested: null })).toEqual({
      when: new Date(1500),
      data: new Uint8Array([97, 98, 99]),
      big: 12n,
      dec: '1.25',
      f: NaN,
    });
    expect(() => toRuntime(Shape, { nope: 1 })).toThrow('Shape has no member nope');
  });

  it('reads exact number literals (ExactNumber) exactly for bigInteger / bigDecimal, as doubles elsewhere', () => {
    const params = { big: new ExactNumber('-9223372036854775809'), dec: new ExactNumber('100000000000000000000001.0'), f: new ExactNumber('1e400') };
    expect(toRuntime(Shape, params)).toEqual({ big: -9223372036854775809n, dec: '100000000000000000000001.0', f: Infinity });
    expect(toRuntime(Shape, { nested: { b: new ExactNumber('1234567890123456789') } })).toEqual({ nested: { b: 1234567890123456800 } });
    expect(() => toRuntime(Shape, { big: new ExactNumber('1.00000000000000000000001') })).toThrow('expected an integer at /big (bigInteger), got 1.00000000000000000000001');
  });

  it('diffs dates, bytes, NaN and members', () => {
    expect(diffValues({ when: new Date(1000), f: NaN, x: undefined }, { when: new Date(1000), f: NaN })).toBeUndefined();
    expect(diffValues({ a: new Uint8Array([1]) }, { a: new Uint8Array([2]) })).toBe('/a: expected bytes("\\u0001"), got bytes("\\u0002")');
    expect(diffValues({ a: 1 }, { a: 1, b: 2 })).toBe('/b: unexpected member 2');
    expect(diffValues({ l: [1, 2] }, { l: [1] })).toBe('/l: expected 2 items, got 1: [1]');
  });
});

describe('malformed-request expansion', () => {
  it('interpolates literal and JSON-quoted parameters, and unescapes $$', () => {
    expect(interpolate('{"v": $value:S, "n": $value:L}', { value: ['a"b'] }, 0)).toBe('{"v": "a\\"b", "n": a"b}');
    const [only] = expandMalformed({ id: 'X', protocol: 'p', request: { method: 'POST', uri: '/' }, response: { code: 400, body: { mediaType: 'application/json', assertion: { contents: '^a$$' } } } });
    expect(only!.id).toBe('X');
    expect(only!.response.body!.assertion.contents).toBe('^a$');
    const expanded = expandMalformed({
      id: 'Y',
      protocol: 'p',
      request: { method: 'POST', uri: '/', body: '{"s": $v:S}' },
      response: { code: 400 },
      testParameters: { v: ['x', 'y'] },
    });
    expect(expanded.map((t) => [t.id, t.request.body])).toEqual([['Y#0', '{"s": "x"}'], ['Y#1', '{"s": "y"}']]);
  });
});

describe('wire checks', () => {
  it('checks query pairs, headers and bodies by media type', () => {
    const f = new Failures();
    checkQuery(f, rawQueryPairs('a=1&hello&b=%2f'), { queryParams: ['hello', 'b=%2F'], forbidQueryParams: ['c'], requireQueryParams: ['a'] });
    checkHeaders(f, { 'x-a': '1' }, { headers: { 'X-A': '1' }, forbidHeaders: ['x-b'], requireHeaders: ['x-a'] });
    checkBody(f, new TextEncoder().encode('{"b":1,"a":[1]}'), '{"a": [1], "b": 1}', 'application/json');
    checkBody(f, undefined, undefined, undefined);
    expect(f.messages).toEqual([]);
    checkQuery(f, ['a=1'], { queryParams: ['a=2'], forbidQueryParams: ['a'] });
    checkBody(f, new TextEncoder().encode('{}'), '', 'application/json');
    checkBody(f, new TextEncoder().encode('abc'), 'abd', 'text/plain');
    checkMalformedBody(f, new TextEncoder().encode('{"message":"bad thing"}'), { mediaType: 'application/json', assertion: { messageRegex: 'bad' } });
    expect(f.messages).toEqual([
      'query: expected a=2, got a=1',
      'query: forbidden key a is present',
      'body: expected empty, got "{}"',
      'body (text/plain): expected "abd", got "abc"',
      'body: message "bad thing" does not match /bad/',
    ]);
  });

  it('compares CBOR bodies as decoded items: definite and indefinite maps and float widths are equal', () => {
    const f = new Failures();
    // v/8= is an indefinite-length empty map; a0 a definite one
    checkBody(f, new Uint8Array([0xa0]), 'v/8=', 'application/cbor');
    // {"v": 7.625} as float32 (expected) and as float64 (actual)
    checkBody(f, new Uint8Array([0xa1, 0x61, 0x76, 0xfb, 0x40, 0x1e, 0x80, 0, 0, 0, 0, 0]), 'oWF2+kD0AAA=', 'application/cbor');
    expect(f.messages).toEqual([]);
    checkBody(f, new Uint8Array([0xa1, 0x61, 0x76, 0x01]), 'oWF2+kD0AAA=', 'application/cbor');
    checkBody(f, new Uint8Array([0xff]), 'v/8=', 'application/cbor');
    expect(f.messages).toEqual([
      'body: expected CBOR {"v":7.625}, got {"v":1}',
      'body: expected CBOR {}, got 1 bytes that are not CBOR (invalid CBOR body: break outside an indefinite-length item at byte 0 (at /))',
    ]);
  });
});

describe('XML and form bodies', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('compares XML as the SDKs read it: layout, attribute order, the declaration and the order of differently named siblings do not count', () => {
    const f = new Failures();
    checkBody(f, bytes('<?xml version="1.0"?><A y="2" x="1"><b>1</b><a>t</a><b>2</b></A>'), '<A x="1" y="2">\n  <a>t</a>\n  <b>1</b>\n  <b>2</b>\n</A>\n', 'application/xml');
    expect(f.messages).toEqual([]);
    checkBody(f, bytes('<A><b>2</b><b>1</b></A>'), '<A><b>1</b><b>2</b></A>', 'application/xml');
    checkBody(f, bytes('<A><s> x</s></A>'), '<A><s>x</s></A>', 'text/xml');
    checkBody(f, bytes('<A xmlns="urn:a"/>'), '<A/>', 'application/xml');
    checkBody(f, bytes('not xml'), '<A/>', 'application/xml');
    expect(f.messages.map((m) => m.slice(0, 22))).toEqual(['body: expected XML "<A', 'body: expected XML "<A', 'body: expected XML "<A', 'body: expected XML "<A']);
  });

  it('leaves a mock\'s own request id out only when the expected body names none, and only when asked', () => {
    const mock = bytes('<OpResponse><OpResult><a>1</a></OpResult><ResponseMetadata><RequestId>mine</RequestId></ResponseMetadata></OpResponse>');
    const f = new Failures();
    checkBody(f, mock, '<OpResponse><OpResult><a>1</a></OpResult></OpResponse>', 'text/xml', { ownRequestIds: true });
    expect(f.messages).toEqual([]);
    checkBody(f, mock, '<OpResponse><OpResult><a>1</a></OpResult></OpResponse>', 'text/xml');
    checkBody(f, mock, '<OpResponse><OpResult><a>1</a></OpResult><ResponseMetadata><RequestId>theirs</RequestId></ResponseMetadata></OpResponse>', 'text/xml', { ownRequestIds: true });
    expect(f.messages).toHaveLength(2);
  });

  it('compares form bodies as decoded parameters in any order', () => {
    const f = new Failures();
    checkBody(f, bytes('Version=1&Action=Op&a.b=x%20y'), 'Action=Op&Version=1&a.b=x+y', 'application/x-www-form-urlencoded');
    expect(f.messages).toEqual([]);
    checkBody(f, bytes('Action=Op&L.member.2=b&L.member.1=a'), 'Action=Op&L.member.1=b&L.member.2=a', 'application/x-www-form-urlencoded');
    expect(f.messages).toHaveLength(1);
  });

  it('finds the request id a response case expects in its headers or XML body', () => {
    expect(expectedRequestId({ headers: { 'X-Amzn-RequestId': 'h' } })).toBe('h');
    expect(expectedRequestId({ body: '<R><ResponseMetadata><RequestId> q </RequestId></ResponseMetadata></R>', bodyMediaType: 'application/xml' })).toBe('q');
    expect(expectedRequestId({ body: '<Response><Errors/><RequestID>e</RequestID></Response>', bodyMediaType: 'application/xml' })).toBe('e');
    expect(expectedRequestId({ body: '<R><a/></R>', bodyMediaType: 'application/xml' })).toBeUndefined();
    expect(expectedRequestId({ body: '{"RequestId":"j"}', bodyMediaType: 'application/json' })).toBeUndefined();
  });
});

describe('error vendor params', () => {
  it('checks the exposed error code and query error type (ErrorCodeParams)', () => {
    const vendor = (params: Record<string, unknown>) => ({ vendorParamsShape: 'aws.protocoltests.config#ErrorCodeParams', vendorParams: params });
    const plain = new ServiceException({ name: 'NoCustomCodeError' });
    const query = new ServiceException({ name: 'CustomCodeError', $queryError: { code: 'Customized', type: 'Sender' } });
    expect(checkErrorCodeParams(plain, vendor({ code: 'NoCustomCodeError' }))).toEqual([]);
    expect(checkErrorCodeParams(query, vendor({ code: 'Customized', type: 'Sender' }))).toEqual([]);
    expect(checkErrorCodeParams(plain, vendor({ code: 'Customized', type: 'Sender' }))).toEqual([
      'error code: expected Customized, got NoCustomCodeError',
      'query error type: expected Sender, got undefined',
    ]);
    expect(checkErrorCodeParams(plain, { vendorParams: { code: 'x' } })).toEqual([]);
  });
});

describe('mock answers and verdicts', () => {
  it('makes an exact answer by unsetting every member the params leave out', () => {
    const answer = exactAnswer(Shape, { nested: { a: 'x' } }) as Record<string, unknown>;
    expect(Object.keys(answer)).toEqual(['when', 'data', 'big', 'dec', 'f', 'nested']);
    expect(answer['when']).toBeUndefined();
    expect(answer['nested']).toEqual({ a: 'x', b: undefined });
  });

  it('judges results against the expected failures', () => {
    const base = { protocol: 'restJson1', side: 'client', kind: 'request', shape: 'ex#O', service: 'ex#S', operation: 'ex#O' } as const;
    const results: CaseResult[] = [
      { ...base, id: 'A', status: 'failed', reason: 'x' },
      { ...base, id: 'B', status: 'passed' },
      { ...base, id: 'C', status: 'failed', reason: 'y' },
      { ...base, id: 'D', kind: 'response', status: 'failed', reason: 'z' },
      { ...base, id: 'N', status: 'not-run', reason: 'bound to no service' },
    ];
    const entry = (id: string, kind: string, reason: string) => ({ id, protocol: 'restJson1', side: 'client', kind, reason });
    const listed = [
      entry('A', 'request', 'known'),
      entry('B', 'request', 'fixed now'),
      entry('Z', 'request', 'gone'),
      // The key includes the kind: a listed request case does not excuse the response case of the same id.
      entry('D', 'request', 'wrong kind'),
      entry('N', 'request', 'a case that does not run is stale'),
    ];
    const verdict = judge(results, listed);
    expect(verdict.unexpectedFailures.map((r) => caseKey(r))).toEqual(['restJson1 client request C', 'restJson1 client response D']);
    expect(verdict.fixed.map((e) => e.id)).toEqual(['B']);
    expect(verdict.stale.map((e) => e.id)).toEqual(['Z', 'D', 'N']);

    // With the run's inventory, entries for cases the corpus does not have (another corpus's) are left out.
    const found = results.map((r) => ({ id: r.id, protocol: r.protocol, side: r.side, kind: r.kind, shape: r.shape, selectedBy: 'none' as const }));
    const inCorpus = judge(results, [...listed, { id: 'R', protocol: 'rpcv2Json', side: 'mock', kind: 'request', reason: 'main only' }], found);
    expect(inCorpus.unexpectedFailures.map((r) => caseKey(r))).toEqual(['restJson1 client request C', 'restJson1 client response D']);
    expect(inCorpus.fixed.map((e) => e.id)).toEqual(['B']);
    expect(inCorpus.stale.map((e) => e.id)).toEqual(['N']);
  });

  it('reads expected failures keyed by protocol, side, kind and id, each with a reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'anvil-expected-'));
    const file = join(dir, 'expected-failures.json');
    const write = (list: unknown) => writeFileSync(file, JSON.stringify(list));
    try {
      const good = { id: 'X', protocol: 'restJson1', side: 'mock', kind: 'response', reason: 'why' };
      write([good]);
      expect(readExpectedFailures(file).map(caseKey)).toEqual(['restJson1 mock response X']);
      write([{ ...good, kind: undefined }]);
      expect(() => readExpectedFailures(file)).toThrow(`${file}[0]: missing "kind"`);
      write([{ ...good, kind: 'reply' }]);
      expect(() => readExpectedFailures(file)).toThrow(`${file}[0]: kind must be one of request, response, malformed, got "reply"`);
      write([good, { ...good, reason: 'again' }]);
      expect(() => readExpectedFailures(file)).toThrow(`${file}[1]: duplicate entry restJson1 mock response X`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
