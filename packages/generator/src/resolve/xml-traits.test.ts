/** XML and query traits: read for services whose protocol reads them, emitted into their schemas, absent for JSON services. */
import { loadModel } from '@anvil/smithy-model';
import { describe, expect, it } from 'vitest';
import { schemasFile } from '../emit/types/schemas-file.js';
import { resolveService } from './service.js';

const S = 'smithy.api#String';

/** One operation whose input carries every XML trait, under the given protocol trait. */
function model(protocol: string, protocolValue: Record<string, unknown> = {}, plainXmlName?: string) {
  const json = {
    smithy: '2.0',
    shapes: {
      'ex#Svc': {
        type: 'service',
        version: '2020-01-01',
        operations: [{ target: 'ex#Put' }],
        traits: { [protocol]: protocolValue, 'smithy.api#xmlNamespace': { uri: 'https://ex.com/doc/' } },
      },
      'ex#Put': {
        type: 'operation',
        input: { target: 'ex#PutInput' },
        output: { target: 'ex#PutOutput' },
        traits: { 'smithy.api#http': { method: 'PUT', uri: '/' }, 'aws.customizations#s3UnwrappedXmlOutput': {} },
      },
      'ex#PutInput': {
        type: 'structure',
        traits: { 'smithy.api#xmlName': 'PutRequest', 'smithy.api#xmlNamespace': { uri: 'urn:in', prefix: 'p' } },
        members: {
          attr: { target: S, traits: { 'smithy.api#xmlAttribute': {}, 'smithy.api#xmlName': 'xsi:type' } },
          items: { target: 'ex#Items', traits: { 'smithy.api#xmlFlattened': {}, 'smithy.api#xmlName': 'Item', 'aws.protocols#ec2QueryName': 'ItemQ' } },
          plain: {
            target: S,
            traits: { 'smithy.api#xmlNamespace': { uri: 'urn:plain' }, ...(plainXmlName === undefined ? {} : { 'smithy.api#xmlName': plainXmlName }) },
          },
        },
      },
      'ex#Items': { type: 'list', member: { target: S, traits: { 'smithy.api#xmlName': 'entry' } } },
      'ex#PutOutput': { type: 'structure', members: { Location: { target: S } } },
    },
  };
  return loadModel([{ file: 'inline.json', json }]);
}

describe('XML and query traits', () => {
  it('are resolved for a restXml service (not ec2QueryName)', () => {
    const svc = resolveService(model('aws.protocols#restXml', { noErrorWrapping: true }));
    const input = svc.shapes.find((s) => s.id === 'ex#PutInput');
    expect(input?.kind === 'structure' && input.xml).toEqual({ name: 'PutRequest', namespace: { uri: 'urn:in', prefix: 'p' } });
    const members = input?.kind === 'structure' ? Object.fromEntries(input.members.map((m) => [m.name, m.xml])) : {};
    expect(members).toEqual({
      attr: { name: 'xsi:type', attribute: true, flattened: false },
      items: { name: 'Item', attribute: false, flattened: true },
      plain: { attribute: false, flattened: false, namespace: { uri: 'urn:plain' } },
    });
    expect(svc.xmlNamespace).toEqual({ uri: 'https://ex.com/doc/' });
    expect(svc.restXmlNoErrorWrapping).toBe(true);
    expect(svc.operations[0]!.s3UnwrappedXmlOutput).toBe(true);
  });

  it('include ec2QueryName for an ec2Query service', () => {
    const svc = resolveService(model('aws.protocols#ec2Query'));
    const input = svc.shapes.find((s) => s.id === 'ex#PutInput');
    const items = input?.kind === 'structure' ? input.members.find((m) => m.name === 'items') : undefined;
    expect(items?.xml).toEqual({ name: 'Item', attribute: false, flattened: true, ec2QueryName: 'ItemQ' });
    expect(svc.restXmlNoErrorWrapping).toBe(false);
    const text = schemasFile(svc);
    expect(text).toContain('items: { target: () => Items$, xmlName: "Item", xmlFlattened: true, ec2QueryName: "ItemQ" },');
    expect(text).toContain('xmlNamespace: { uri: "https://ex.com/doc/" },');
  });

  it('are emitted into the schemas of an XML service', () => {
    const text = schemasFile(resolveService(model('aws.protocols#restXml', { noErrorWrapping: true })));
    expect(text).toContain('xmlName: "PutRequest",');
    expect(text).toContain('xmlNamespace: { uri: "urn:in", prefix: "p" },');
    expect(text).toContain('attr: { target: { type: "string" }, xmlName: "xsi:type", xmlAttribute: true },');
    expect(text).toContain('member: { target: { type: "string" }, xmlName: "entry" },');
    expect(text).toContain('s3UnwrappedXmlOutput: true,');
    expect(text).toContain('restXmlNoErrorWrapping: true,');
  });

  it('are left out for a JSON service, whose schemas do not grow', () => {
    const text = schemasFile(resolveService(model('aws.protocols#restJson1')));
    expect(text).not.toMatch(/xmlName|xmlAttribute|xmlFlattened|xmlNamespace|ec2QueryName|s3Unwrapped|restXmlNoErrorWrapping/);
  });

  it('reject a name that is not an XML name, naming the member', () => {
    expect(() => resolveService(model('aws.protocols#awsQuery', {}, 'a><script'))).toThrow('ex#PutInput$plain: smithy.api#xmlName "a><script" is not a valid XML name');
  });
});
