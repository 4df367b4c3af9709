/**
 * A service that declares several protocols: the client binds the preferred one (rpcv2Cbor before the
 * JSON protocols) and the service schema lists them all, for mocks that answer every one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generate.js';

const dir = mkdtempSync(join(tmpdir(), 'anvil-protocols-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Generate a one-operation service with the given protocol traits; @returns its lite-client.ts and schemas.ts. */
function generated(name: string, protocolTraits: readonly string[]): { client: string; schemas: string } {
  const model = {
    smithy: '2.0',
    shapes: {
      'ex.metrics#Metrics': {
        type: 'service',
        version: '2010-08-01',
        operations: [{ target: 'ex.metrics#PutMetric' }],
        traits: Object.fromEntries(protocolTraits.map((t) => [t, {}])),
      },
      'ex.metrics#PutMetric': { type: 'operation' },
    },
  };
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(model));
  generate({ models: [file], out: join(dir, name), name, only: ['types', 'client'] });
  return {
    client: readFileSync(join(dir, name, 'client', 'src', 'lite-client.ts'), 'utf8'),
    schemas: readFileSync(join(dir, name, 'types', 'src', 'schemas.ts'), 'utf8'),
  };
}

describe('protocol choice', () => {
  it('binds the rpcv2Cbor client codec and lists every declared protocol in preference order', () => {
    const { client, schemas } = generated('multi', ['aws.protocols#awsJson1_0', 'aws.protocols#awsQuery', 'smithy.protocols#rpcv2Cbor']);
    expect(client).toContain("import { rpcv2CborClient } from '@anvil/runtime';");
    expect(client).toContain('codec: rpcv2CborClient');
    expect(schemas).toContain('protocol: "rpcv2Cbor",');
    expect(schemas).toContain('protocols: ["rpcv2Cbor","awsJson1_0","awsQuery"],');
  });

  it('writes no protocols list for a service with one protocol', () => {
    const { client, schemas } = generated('single', ['aws.protocols#awsJson1_1']);
    expect(client).toContain('codec: awsJson1_1Client');
    expect(schemas).toContain('protocol: "awsJson1_1",');
    expect(schemas).not.toContain('protocols:');
  });
});
