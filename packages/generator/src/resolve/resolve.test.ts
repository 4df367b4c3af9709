/** The resolve stage on small inline models: one rule per concern, asserted on the nodes. */
import { loadModel } from '@anvil/smithy-model';
import { describe, expect, it } from 'vitest';
import { resolveService, resolveServiceNames } from './service.js';

const S = 'smithy.api#String';

/** A one-service model: `ex#Svc` with the given service traits, operations and extra shapes. */
function service(traits: Record<string, unknown>, shapes: Record<string, unknown>, errors: string[] = []) {
  const operations = Object.keys(shapes).filter((id) => (shapes[id] as { type: string }).type === 'operation');
  const json = {
    smithy: '2.0',
    shapes: {
      'ex#Svc': { type: 'service', version: '1', operations: operations.map((target) => ({ target })), errors: errors.map((target) => ({ target })), traits },
      ...shapes,
    },
  };
  return resolveService(loadModel([{ file: 'inline.json', json }]));
}

const error = (fault: string) => ({ type: 'structure', members: { message: { target: S } }, traits: { 'smithy.api#error': fault } });

describe('operations', () => {
  const svc = service(
    { 'aws.protocols#restJson1': {}, 'smithy.api#paginated': { inputToken: 'next', outputToken: 'next', pageSize: 'limit' } },
    {
      'ex#ListThings': {
        type: 'operation',
        input: { target: 'ex#ListInput' },
        output: { target: 'ex#ListOutput' },
        errors: [{ target: 'ex#Busy' }, { target: 'ex#Gone' }],
        traits: {
          'smithy.api#http': { method: 'GET', uri: '/things' },
          'smithy.api#paginated': { outputToken: 'nextPage', items: 'page.things' },
          'smithy.api#readonly': {},
        },
      },
      'ex#Ping': { type: 'operation', traits: { 'smithy.api#deprecated': { since: '2', message: 'gone' } } },
      'ex#ListInput': {
        type: 'structure',
        members: {
          next: { target: S },
          limit: { target: 'smithy.api#Integer' },
          name: { target: S, traits: { 'smithy.api#required': {}, 'smithy.api#clientOptional': {} } },
        },
      },
      'ex#ListOutput': { type: 'structure', members: { nextPage: { target: S }, page: { target: 'ex#Page' } } },
      'ex#Page': { type: 'structure', members: { things: { target: 'ex#Things' } } },
      'ex#Things': { type: 'list', member: { target: S } },
      'ex#Busy': error('server'),
      'ex#Gone': error('client'),
    },
    ['ex#Gone', 'ex#Busy'],
  );
  const [list, ping] = svc.operations;

  it('merges @paginated by one rule: the operation\'s string values win per key over the service\'s', () => {
    expect(list!.paginated).toEqual({ inputToken: 'next', outputToken: 'nextPage', items: 'page.things', pageSize: 'limit' });
    expect(list!.paginator).toEqual({
      inputToken: 'next',
      outputToken: 'nextPage',
      pageSize: 'limit',
      items: 'page.things',
      itemCollection: { keys: ['page', 'things'], kind: 'list' },
    });
    // The service's trait alone paginates nothing.
    expect(ping!.paginated).toBeUndefined();
    expect(svc.paginators.map((p) => p.operation.name)).toEqual(['ListThings']);
  });

  it('resolves names, Unit input/output, the HTTP binding (code 200 by default) and errors (operation\'s, then service\'s, once each)', () => {
    expect(list!.names).toEqual({ fn: 'listThings', handler: 'listThingsHandler', paginator: 'paginateListThings', errors: 'listThingsErrors', command: 'ListThingsCommand' });
    expect(list!.http).toEqual({ method: 'GET', uri: '/things', code: 200 });
    expect(list!.errors.map((e) => e.name)).toEqual(['Busy', 'Gone']);
    expect(list!.input).toMatchObject({ kind: 'structure', hasRequiredMember: false });
    expect(list!.readonly).toBe(true);
    expect(ping!.input).toEqual({ kind: 'unit' });
    expect(ping!.output).toEqual({ kind: 'unit' });
    expect(ping!.errors.map((e) => e.schemaName)).toEqual(['Gone$', 'Busy$']);
    expect(ping!.deprecated).toEqual({ message: 'gone', since: '2' });
    expect(ping!.http).toBeUndefined();
  });

  it('sorts error shapes by type name and derives the class fault from @error', () => {
    expect(svc.errorShapes.map((e) => [e.typeName, e.fault])).toEqual([['Busy', 'server'], ['Gone', 'client']]);
  });
});

describe('members and shapes', () => {
  const svc = service(
    { 'aws.protocols#awsJson1_0': {} },
    {
      'ex#Put': { type: 'operation', input: { target: 'ex#PutInput' } },
      'ex#PutInput': {
        type: 'structure',
        members: {
          id: { target: 'ex#Id', traits: { 'smithy.api#required': {}, 'smithy.api#httpHeader': 'x-id' } },
          tags: { target: 'ex#Tags', traits: { 'smithy.api#documentation': 'own doc' } },
        },
      },
      'ex#Id': { type: 'string', traits: { 'smithy.api#documentation': 'An id.', 'smithy.api#length': { min: 1 }, 'smithy.api#pattern': '^i-' } },
      'ex#Tags': { type: 'map', key: { target: 'ex#Color' }, value: { target: S }, traits: { 'smithy.api#sparse': {} } },
      'ex#Color': { type: 'enum', members: { RED: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'red' } } } },
    },
  );
  const input = svc.shapes.find((s) => s.id === 'ex#PutInput');

  it('resolves member traits, documentation (own, else the target\'s) and type references', () => {
    if (input?.kind !== 'structure') throw new Error('PutInput is not resolved as a structure');
    const [id, tags] = input.members;
    expect(id).toMatchObject({ required: true, requiredInType: true, httpHeader: 'x-id', documentation: 'An id.', type: { kind: 'string' }, schema: { kind: 'named', name: 'Id$', thunk: false } });
    expect(tags).toMatchObject({ documentation: 'own doc', schema: { kind: 'named', name: 'Tags$', thunk: true } });
    expect(tags!.type).toEqual({ kind: 'map', key: { kind: 'named', name: 'Color' }, value: { kind: 'string' }, sparse: true });
    expect(svc.operations[0]!.input).toMatchObject({ kind: 'structure', hasRequiredMember: true });
  });

  it('keeps the constraints that apply to each kind', () => {
    expect(svc.shapes.find((s) => s.id === 'ex#Id')).toMatchObject({ kind: 'simple', constraints: { length: { min: 1 }, pattern: '^i-', sensitive: false } });
    expect(svc.shapes.find((s) => s.id === 'ex#Color')).toMatchObject({ kind: 'enum', type: 'enum', values: [{ name: 'RED', value: 'red', internal: false }] });
  });

  it('uses the client codec export for a protocol the runtime implements', () => {
    expect(svc.protocol).toBe('awsJson1_0');
    expect(svc.codec).toEqual({ export: { module: '@anvil/runtime', name: 'awsJson1_0Client', typeOnly: false } });
  });
});

describe('service', () => {
  it('binds the client half of the XML, query and rpcv2Cbor codecs, and prefers restJson1 over restXml', () => {
    expect(service({ 'aws.protocols#restXml': {} }, {}).codec).toEqual({ export: { module: '@anvil/runtime', name: 'restXmlClient', typeOnly: false } });
    expect(service({ 'aws.protocols#awsQuery': {} }, {}).codec).toEqual({ export: { module: '@anvil/runtime', name: 'awsQueryClient', typeOnly: false } });
    expect(service({ 'aws.protocols#ec2Query': {} }, {}).codec).toEqual({ export: { module: '@anvil/runtime', name: 'ec2QueryClient', typeOnly: false } });
    const cbor = service({ 'smithy.protocols#rpcv2Cbor': {} }, {});
    expect(cbor.codec).toEqual({ export: { module: '@anvil/runtime', name: 'rpcv2CborClient', typeOnly: false } });
    expect(service({ 'aws.protocols#restXml': {}, 'aws.protocols#restJson1': {} }, {}).protocol).toBe('restJson1');
  });

  it('reads XML traits when any declared protocol reads them (the mock answers each), not for JSON-only services', () => {
    const ns = { 'smithy.api#xmlNamespace': { uri: 'https://monitoring.example.com/doc/' } };
    const multi = service({ 'smithy.protocols#rpcv2Cbor': {}, 'aws.protocols#awsQuery': {}, ...ns }, {});
    expect(multi.protocol).toBe('rpcv2Cbor');
    expect(multi.xmlNamespace).toEqual({ uri: 'https://monitoring.example.com/doc/' });
    expect(service({ 'smithy.protocols#rpcv2Cbor': {}, 'aws.protocols#awsJson1_0': {}, ...ns }, {}).xmlNamespace).toBeUndefined();
  });

  it('detects smithy.protocols#rpcv2Json, after the AWS JSON protocols and before restXml', () => {
    const rpc = service({ 'smithy.protocols#rpcv2Json': {} }, {});
    expect(rpc.protocol).toBe('rpcv2Json');
    expect(rpc.codec).toEqual({ export: { module: '@anvil/runtime', name: 'rpcv2JsonClient', typeOnly: false } });
    expect(service({ 'smithy.protocols#rpcv2Json': {}, 'aws.protocols#awsJson1_0': {} }, {}).protocol).toBe('awsJson1_0');
    expect(service({ 'aws.protocols#restXml': {}, 'smithy.protocols#rpcv2Json': {} }, {}).protocol).toBe('rpcv2Json');
  });

  it('lists the body encoders its operations need, compression first', () => {
    const svc = service({}, {
      'ex#A': { type: 'operation', traits: { 'smithy.api#httpChecksumRequired': {} } },
      'ex#B': { type: 'operation', traits: { 'smithy.api#requestCompression': { encodings: ['gzip'] } } },
    });
    expect(svc.bodyEncoders.map((e) => e.name)).toEqual(['requestCompression', 'contentMd5']);
    expect(svc.operations.map((op) => op.requestCompression)).toEqual([undefined, { encodings: ['gzip'] }]);
  });

  it('resolves aws.protocols#httpChecksum (string members kept, non-strings dropped) and adds the flexible checksums encoder last', () => {
    const svc = service({}, {
      'ex#Put': { type: 'operation', traits: { 'aws.protocols#httpChecksum': { requestAlgorithmMember: 'ChecksumAlgorithm', requestChecksumRequired: true } } },
      'ex#Get': { type: 'operation', traits: { 'aws.protocols#httpChecksum': { requestValidationModeMember: 'ChecksumMode', responseAlgorithms: ['CRC32', 7, 'SHA256'], requestChecksumRequired: false } } },
      'ex#Zip': { type: 'operation', traits: { 'smithy.api#requestCompression': { encodings: ['gzip'] } } },
    });
    expect(svc.bodyEncoders.map((e) => e.name)).toEqual(['requestCompression', 'flexibleChecksums']);
    expect(Object.fromEntries(svc.operations.map((op) => [op.name, op.httpChecksum]))).toEqual({
      Put: { requestAlgorithmMember: 'ChecksumAlgorithm', requestChecksumRequired: true },
      Get: { requestValidationModeMember: 'ChecksumMode', responseAlgorithms: ['CRC32', 'SHA256'] },
      Zip: undefined,
    });
  });

  it('names waiters safely and sorts them by name', () => {
    const svc = service({}, {
      'ex#Get': {
        type: 'operation',
        traits: { 'smithy.waiters#waitable': { Ready: { acceptors: [], minDelay: 3 }, '../Evil': { acceptors: [] } } },
      },
    });
    expect(svc.waiters.map((w) => w.waiter.names)).toEqual([
      { fn: 'waitUntilEvil', definition: '___EvilWaiter', file: '___Evil' },
      { fn: 'waitUntilReady', definition: 'ReadyWaiter', file: 'Ready' },
    ]);
    expect(svc.waiters[1]!.waiter).toMatchObject({ name: 'Ready', minDelay: 3, deprecated: false });
  });

  it('names the packages from the sdkId without resolving shapes', () => {
    const json = { smithy: '2.0', shapes: { 'ex#Svc': { type: 'service', version: '1', traits: { 'aws.api#service': { sdkId: 'My Service' } } } } };
    const names = resolveServiceNames(loadModel([{ file: 'inline.json', json }]), { scope: 'acme' });
    expect([names.slug, names.packageName('client'), names.client, names.serviceSchema]).toEqual(['my-service', '@acme/my-service-client', 'MyServiceClient', 'MyServiceService$']);
  });
});
