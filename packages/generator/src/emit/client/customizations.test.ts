/** The lite client passes the per-service SDK customisations of its service shape id, and only those. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generate.js';
import { SERVICE_CUSTOMIZATIONS, serviceCustomizations } from '../../manifest.js';

const dir = mkdtempSync(join(tmpdir(), 'anvil-customizations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Generate a one-operation restJson1 service with the given shape id; @returns its lite-client.ts. */
function liteClient(serviceId: string, name: string): string {
  const ns = serviceId.slice(0, serviceId.indexOf('#'));
  const model = {
    smithy: '2.0',
    shapes: {
      [serviceId]: { type: 'service', version: '2012-06-01', operations: [{ target: `${ns}#ListVaults` }], traits: { 'aws.protocols#restJson1': {} } },
      [`${ns}#ListVaults`]: { type: 'operation', traits: { 'smithy.api#http': { method: 'GET', uri: '/vaults' } } },
    },
  };
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(model));
  generate({ models: [file], out: join(dir, name), name, only: ['client'] });
  return readFileSync(join(dir, name, 'client', 'src', 'lite-client.ts'), 'utf8');
}

describe('service customisations', () => {
  it('looks customisations up by service shape id', () => {
    expect(serviceCustomizations('com.amazonaws.glacier#Glacier')).toEqual(['glacierCustomization']);
    expect(serviceCustomizations('com.amazonaws.apigateway#BackplaneControlService')).toEqual(['apiGatewayCustomization']);
    expect(serviceCustomizations('com.amazonaws.machinelearning#AmazonML_20141212')).toEqual(['machineLearningCustomization']);
    expect(serviceCustomizations('com.amazonaws.s3#AmazonS3')).toEqual(['s3Customization']);
    expect(serviceCustomizations('com.amazonaws.drs#ElasticDisasterRecoveryService')).toEqual([]);
    expect(serviceCustomizations('toString')).toEqual([]);
    expect(Object.keys(SERVICE_CUSTOMIZATIONS)).toHaveLength(4);
  });

  it('imports and passes the Glacier customisation in the Glacier lite client', () => {
    const text = liteClient('com.amazonaws.glacier#Glacier', 'glacier');
    expect(text).toContain("import { Client, glacierCustomization, resolveEndpoint, type ClientConfig } from '@anvil/client-runtime';");
    expect(text).toContain('customizations: [glacierCustomization] }, config);');
  });

  it('passes none for a service without customisations, even one with the same shape name', () => {
    const text = liteClient('ex.other#Glacier', 'other');
    expect(text).not.toContain('customizations');
    expect(text).toContain("import { Client, resolveEndpoint, type ClientConfig } from '@anvil/client-runtime';");
  });
});
