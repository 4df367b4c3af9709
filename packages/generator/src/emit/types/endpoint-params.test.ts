/**
 * `endpointParams` on operation schemas from the Smithy rules parameter binding
 * traits, on a small inline model: emitted text, and errors for malformed traits.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generate.js';

const dir = mkdtempSync(join(tmpdir(), 'anvil-endpoint-params-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function model(opTraits: Record<string, unknown>, memberTraits: Record<string, unknown> = {}): string {
  const file = join(dir, `model-${Math.random().toString(36).slice(2)}.json`);
  const json = {
    smithy: '2.0',
    shapes: {
      'ex#Svc': {
        type: 'service',
        version: '1',
        operations: [{ target: 'ex#Get' }, { target: 'ex#Ping' }],
        traits: {
          'aws.protocols#awsJson1_0': {},
          'smithy.rules#clientContextParams': { Stage: { type: 'string' } },
          'smithy.rules#endpointRuleSet': { version: '1.0', parameters: {}, rules: [{ type: 'error', conditions: [], error: 'none' }] },
        },
      },
      'ex#Get': { type: 'operation', input: { target: 'ex#GetInput' }, output: { target: 'smithy.api#Unit' }, traits: opTraits },
      'ex#Ping': { type: 'operation', input: { target: 'smithy.api#Unit' }, output: { target: 'smithy.api#Unit' } },
      'ex#GetInput': {
        type: 'structure',
        members: {
          Name: { target: 'smithy.api#String', traits: memberTraits },
          Items: { target: 'ex#Items' },
        },
      },
      'ex#Items': { type: 'list', member: { target: 'smithy.api#String' } },
    },
  };
  writeFileSync(file, JSON.stringify(json));
  return file;
}

function schemas(file: string): string {
  const out = mkdtempSync(join(dir, 'out-'));
  generate({ models: [file], out, only: ['types'] });
  return readFileSync(join(out, 'types', 'src', 'schemas.ts'), 'utf8');
}

describe('endpointParams on operation schemas', () => {
  it('emits static values, context members and JMESPath paths, keys sorted', () => {
    const text = schemas(
      model(
        {
          'smithy.rules#staticContextParams': { Mode: { value: 'data' }, Flag: { value: true } },
          'smithy.rules#operationContextParams': { Names: { path: 'Items[*]' } },
        },
        { 'smithy.rules#contextParam': { name: 'ResourceName' } },
      ),
    );
    expect(text).toContain(
      '  endpointParams: { static: {"Flag":true,"Mode":"data"}, members: {"ResourceName":"Name"}, paths: {"Names":"Items[*]"} },\n};',
    );
    expect(text.match(/endpointParams/g)).toHaveLength(1);
  });

  it('emits nothing for operations without binding traits', () => {
    expect(schemas(model({}))).not.toContain('endpointParams');
  });

  it('the lite client of a rule-set service keeps its class doc, and its package exports the typed context parameters', () => {
    const out = mkdtempSync(join(dir, 'out-'));
    generate({ models: [model({})], out, only: ['types', 'client'] });
    const lite = readFileSync(join(out, 'client', 'src', 'lite-client.ts'), 'utf8');
    expect(lite).toMatch(/const endpointResolver = [^\n]+\n\n\/\*\*\n \* A client without operation methods[^\n]*\n \*\/\nexport class \w+LiteClient extends Client \{/);
    expect(lite).toContain('readonly Stage?: string;');
    const index = readFileSync(join(out, 'client', 'src', 'index.ts'), 'utf8');
    expect(index).toMatch(/export \{ (\w+)LiteClient, type \1ClientConfig, type \1ClientContextParams \} from '\.\/lite-client\.js';/);
  });

  it('names the operation or member when a trait value is malformed', () => {
    expect(() => schemas(model({ 'smithy.rules#staticContextParams': { Mode: {} } }))).toThrow(
      'ex#Get: smithy.rules#staticContextParams.Mode has no value',
    );
    expect(() => schemas(model({ 'smithy.rules#operationContextParams': { Names: { path: 1 } } }))).toThrow(
      'ex#Get: smithy.rules#operationContextParams.Names has no path',
    );
    expect(() => schemas(model({}, { 'smithy.rules#contextParam': {} }))).toThrow('ex#GetInput$Name: smithy.rules#contextParam has no name');
  });
});
