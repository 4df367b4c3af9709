import { describe, expect, it } from 'vitest';
import type { HttpRequest, OperationSchema, ServiceSchema } from '@anvil/runtime';
import { matchWithoutCodec } from './unsupported.js';

const service: ServiceSchema = { id: 'test#Xml', name: 'Xml', sdkId: 'Xml', version: '1', protocol: 'restXml', errors: [] };
const unit = { type: 'structure', name: 'Unit', id: 'smithy.api#Unit', members: {} } as const;
const getObject: OperationSchema = {
  id: 'test#GetObject',
  name: 'GetObject',
  input: unit,
  output: unit,
  errors: [],
  http: { method: 'GET', uri: '/{Bucket}/{Key+}?x-id=GetObject', code: 200 },
};
const request = (method: string, path: string): HttpRequest => ({ method, path, query: [], headers: {} });

describe('matching requests of protocols without a codec (the codecs\' URI-pattern matcher)', () => {
  it('matches labels, greedy labels and one trailing slash; ignores the query', () => {
    expect(matchWithoutCodec(service, getObject, request('GET', '/bucket/a/b/c.txt'))).toBe(true);
    expect(matchWithoutCodec(service, getObject, request('GET', '/bucket/key/'))).toBe(true);
    expect(matchWithoutCodec(service, getObject, request('GET', '/bucket%20x/k'))).toBe(true);
  });

  it('rejects another method, a missing greedy label and a malformed escape', () => {
    expect(matchWithoutCodec(service, getObject, request('PUT', '/bucket/key'))).toBe(false);
    expect(matchWithoutCodec(service, getObject, request('GET', '/bucket'))).toBe(false);
    expect(matchWithoutCodec(service, getObject, request('GET', '/bucket/%E0%A4%A'))).toBe(false);
  });

  it('matches rpcv2Cbor by service and operation path', () => {
    const cbor: ServiceSchema = { ...service, protocol: 'rpcv2Cbor' };
    expect(matchWithoutCodec(cbor, getObject, request('POST', '/service/Xml/operation/GetObject'))).toBe(true);
    expect(matchWithoutCodec(cbor, getObject, request('POST', '/service/Xml/operation/PutObject'))).toBe(false);
  });
});
