/**
 * Which codec features an operation schema lists, on a small inline model: timestamps, base64 and big numbers
 * anywhere in the closure of its input, output and errors; raw payload blobs need no base64, header strings
 * with `@mediaType` do; response headers other than strings, enums and integers need `headerValues`; protocols whose client codecs bundle every feature list none.
 */
import { loadModel } from '@anvil/smithy-model';
import { describe, expect, it } from 'vitest';
import { resolveService } from '../../resolve/service.js';
import { operationFeatures } from './operation-features.js';

function features(protocol: string, shapes: Record<string, unknown>): Record<string, string[]> {
  const operations = Object.entries(shapes).filter(([, s]) => (s as { type: string }).type === 'operation').map(([id]) => ({ target: id }));
  const json = {
    smithy: '2.0',
    shapes: { 'ex#Svc': { type: 'service', version: '1', operations, traits: { [protocol]: {} } }, ...shapes },
  };
  const service = resolveService(loadModel([{ file: 'inline.json', json }]));
  return Object.fromEntries(service.operations.map((op) => [op.name, operationFeatures(service, op)]));
}

const op = (input: string, output = 'smithy.api#Unit', errors: string[] = [], http?: string) => ({
  type: 'operation',
  input: { target: input },
  output: { target: output },
  errors: errors.map((target) => ({ target })),
  ...(http ? { traits: { 'smithy.api#http': { method: 'POST', uri: http } } } : {}),
});
const struct = (members: Record<string, unknown>, traits?: Record<string, unknown>) => ({ type: 'structure', members, ...(traits ? { traits } : {}) });

const SHAPES = {
  'ex#Plain': op('ex#PlainIn', 'ex#PlainOut', [], '/plain'),
  'ex#PlainIn': struct({ name: { target: 'smithy.api#String' } }),
  'ex#PlainOut': struct({ count: { target: 'smithy.api#Integer' }, list: { target: 'ex#Names' } }),
  'ex#Names': { type: 'list', member: { target: 'smithy.api#String' } },
  // a timestamp deep in the output (list of structures), a big number in an error, a blob in a map
  'ex#Deep': op('ex#PlainIn', 'ex#DeepOut', ['ex#Oops'], '/deep'),
  'ex#DeepOut': struct({ items: { target: 'ex#Items' }, blobs: { target: 'ex#Blobs' } }),
  'ex#Items': { type: 'list', member: { target: 'ex#Item' } },
  'ex#Item': struct({ at: { target: 'smithy.api#Timestamp' }, self: { target: 'ex#Item' } }),
  'ex#Blobs': { type: 'map', key: { target: 'smithy.api#String' }, value: { target: 'smithy.api#Blob' } },
  'ex#Oops': struct({ code: { target: 'smithy.api#BigInteger' }, choice: { target: 'ex#Choice' } }, { 'smithy.api#error': 'client' }),
  'ex#Choice': { type: 'union', members: { a: { target: 'smithy.api#String' }, b: { target: 'smithy.api#Integer' } } },
  // a raw blob payload needs no base64; a @mediaType string header does
  'ex#Upload': op('ex#UploadIn', 'smithy.api#Unit', [], '/upload'),
  'ex#UploadIn': struct({ body: { target: 'smithy.api#Blob', traits: { 'smithy.api#httpPayload': {} } } }),
  'ex#Header': op('ex#HeaderIn', 'smithy.api#Unit', [], '/header'),
  'ex#HeaderIn': struct({ doc: { target: 'ex#Json', traits: { 'smithy.api#httpHeader': 'X-Doc' } } }),
  'ex#Json': { type: 'string', traits: { 'smithy.api#mediaType': 'application/json' } },
  // response headers: strings, enums and integers are read without a feature; a boolean in an error, a timestamp list need it
  'ex#Headers': op('ex#PlainIn', 'ex#HeadersOut', ['ex#Busy'], '/headers'),
  'ex#HeadersOut': struct({
    name: { target: 'smithy.api#String', traits: { 'smithy.api#httpHeader': 'X-Name' } },
    count: { target: 'smithy.api#Long', traits: { 'smithy.api#httpHeader': 'X-Count' } },
    color: { target: 'ex#Color', traits: { 'smithy.api#httpHeader': 'X-Color' } },
    meta: { target: 'ex#Meta', traits: { 'smithy.api#httpPrefixHeaders': 'X-Meta-' } },
  }),
  'ex#Color': { type: 'enum', members: { RED: { target: 'smithy.api#Unit' } } },
  'ex#Meta': { type: 'map', key: { target: 'smithy.api#String' }, value: { target: 'smithy.api#String' } },
  'ex#Busy': struct({ retry: { target: 'smithy.api#Boolean', traits: { 'smithy.api#httpHeader': 'Retry' } } }, { 'smithy.api#error': 'server' }),
  'ex#Dated': op('ex#PlainIn', 'ex#DatedOut', [], '/dated'),
  'ex#DatedOut': struct({ at: { target: 'ex#Dates', traits: { 'smithy.api#httpHeader': 'X-At' } } }),
  'ex#Dates': { type: 'list', member: { target: 'smithy.api#Timestamp' } },
  'ex#Fine': op('ex#PlainIn', 'ex#FineOut', [], '/fine'),
  'ex#FineOut': struct({ count: { target: 'smithy.api#Integer', traits: { 'smithy.api#httpHeader': 'X-Count' } }, color: { target: 'ex#Color', traits: { 'smithy.api#httpHeader': 'X-Color' } } }),
};

describe('operationFeatures', () => {
  it('lists what the closure of input, output and errors needs (restJson1)', () => {
    expect(features('aws.protocols#restJson1', SHAPES)).toEqual({
      Plain: [],
      Deep: ['timestamps', 'base64', 'bigNumbers', 'unions'],
      Upload: ['payloads'],
      Header: ['base64', 'requestBindings'],
      Headers: ['headerValues'],
      Dated: ['timestamps', 'headerValues'],
      Fine: [],
    });
  });

  it('awsJson ignores HTTP bindings: a payload blob is a body blob (base64), a header string a body string', () => {
    const got = features('aws.protocols#awsJson1_1', SHAPES);
    expect(got.Upload).toEqual(['base64']);
    expect(got.Header).toEqual([]);
    expect(got.Headers).toEqual([]);
    expect(got.Deep).toEqual(['timestamps', 'base64', 'bigNumbers', 'unions']);
  });

  it('lists none for protocols whose client codecs bundle every feature', () => {
    expect(features('aws.protocols#restXml', SHAPES).Deep).toEqual([]);
  });
});
