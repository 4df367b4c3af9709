/**
 * Loads real models from the shared data directory (ANVIL_SHARED, default `<repo>/../shared`).
 * Skipped with a message when the directory is missing, except under CI where it fails.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serviceClosure } from './closure.js';
import type { StructureShape } from './ir.js';
import { loadModelFiles } from './files.js';
import { listServices } from './query.js';

const shared = process.env.ANVIL_SHARED ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared');
const drs = join(shared, 'models/aws/drs.json');
const protocolTests = join(shared, 'protocol-tests/pira/smithy-aws-protocol-tests.json');
const available = existsSync(drs) && existsSync(protocolTests);
if (!available) {
  if (process.env.CI) throw new Error(`shared data missing: ${drs} / ${protocolTests} (set ANVIL_SHARED)`);
  console.warn(`[smithy-model] skipping real-model tests: ${shared} has no models (set ANVIL_SHARED)`);
}

/**
 * Real models are large (the protocol-test model holds 1,000+ shapes): loading one takes well under a second
 * on an idle machine, several on a busy one. The timeout only has to catch a hang.
 */
const REAL_MODEL_TIMEOUT_MS = 60_000;

describe.skipIf(!available)('real models', () => {
  it('loads drs.json with a 70-operation closure', () => {
    const model = loadModelFiles([drs]);
    const closure = serviceClosure(model);
    expect(closure.service.id).toBe('com.amazonaws.drs#ElasticDisasterRecoveryService');
    expect(closure.operations.length).toBe(70);
    expect(closure.operations[0]?.id).toBe('com.amazonaws.drs#AssociateSourceNetworkStack');
    expect(closure.shapes.some((s) => s.id === 'smithy.api#String')).toBe(true);
  }, REAL_MODEL_TIMEOUT_MS);

  it('loads the AWS protocol-test model and flattens its mixins', () => {
    const model = loadModelFiles([protocolTests]);
    const own = [...model.shapes.keys()].filter((id) => !id.startsWith('smithy.api#'));
    expect(own.length).toBe(1017);
    expect(listServices(model).length).toBe(15);
    const defaults = model.shapes.get('aws.protocoltests.json10#Defaults') as StructureShape;
    expect(defaults.members.length).toBe(28);
    expect(defaults.members.slice(0, 3).map((m) => [m.id, m.traits['smithy.api#default']])).toEqual([
      ['aws.protocoltests.json10#Defaults$defaultString', 'hi'],
      ['aws.protocoltests.json10#Defaults$defaultBoolean', true],
      ['aws.protocoltests.json10#Defaults$defaultList', []],
    ]);
    const xmlLists = model.shapes.get('aws.protocoltests.restxml#XmlListsRequest') as StructureShape;
    expect(xmlLists.traits).toEqual({ 'smithy.api#input': {} });
    expect(xmlLists.members.length).toBe(15);
    expect(xmlLists.members.slice(0, 2).map((m) => m.id)).toEqual([
      'aws.protocoltests.restxml#XmlListsRequest$stringList',
      'aws.protocoltests.restxml#XmlListsRequest$stringSet',
    ]);
    expect(serviceClosure(model, 'aws.protocoltests.restjson#RestJson').operations.length).toBe(105);
  }, REAL_MODEL_TIMEOUT_MS);
});
