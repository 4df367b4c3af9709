import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectModelError } from '../__fixtures__/helpers.js';
import { packageNaming, readSmithyBuild } from './smithy-build.js';

const dir = mkdtempSync(join(tmpdir(), 'anvil-smithy-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function config(name: string, json: unknown): string {
  const path = join(dir, name, 'smithy-build.json');
  mkdirSync(join(dir, name), { recursive: true });
  writeFileSync(path, typeof json === 'string' ? json : JSON.stringify(json));
  return path;
}

describe('readSmithyBuild', () => {
  it('maps sources, imports and the typescript-client-codegen settings', () => {
    const file = config('basic', {
      version: '1.0',
      sources: ['model'],
      imports: ['deps/aws.json'],
      plugins: {
        'typescript-client-codegen': {
          service: 'example.weather#Weather',
          package: '@acme/weather-client',
          packageVersion: '1.2.3',
          packageJson: { license: 'MIT' },
        },
      },
    });
    const plan = readSmithyBuild(file);
    expect(plan.models).toEqual([join(dir, 'basic', 'model'), join(dir, 'basic', 'deps/aws.json')]);
    expect([plan.service, plan.name, plan.scope, plan.packageName]).toEqual(['example.weather#Weather', 'weather', 'acme', '@acme/weather-client']);
    expect(plan.packageJson).toEqual({ license: 'MIT' });
    expect(plan.notes).toEqual([
      "packageVersion 1.2.3 is not applied: Anvil's generated packages keep their own version.",
      'packageJson is not applied: Anvil writes its own package.json files.',
    ]);
    expect(plan.mavenDependencies).toEqual([]);
  });

  it('adds a projection\'s imports and plugin settings, and interpolates ${ENV}', () => {
    const file = config('projection', {
      sources: ['${MODEL_DIR}'],
      projections: { external: { imports: ['extra.smithy'], plugins: { 'typescript-client-codegen': { package: 'client-weather' } } } },
    });
    const plan = readSmithyBuild(file, { projection: 'external', env: { MODEL_DIR: 'src/model' } });
    expect(plan.models).toEqual([join(dir, 'projection', 'src/model'), join(dir, 'projection', 'extra.smithy')]);
    expect([plan.name, plan.scope]).toEqual(['weather', undefined]);
    expectModelError(() => readSmithyBuild(file, { projection: 'nope', env: { MODEL_DIR: 'x' } }), { message: /no projection "nope" \(projections: external\)/ });
    expectModelError(() => readSmithyBuild(file, { env: {} }), { jsonPath: '$.sources[0]', message: /environment variable MODEL_DIR is not set/ });
  });

  it('rejects Maven dependencies unless their models are supplied as files, listing them', () => {
    const file = config('maven', { sources: ['model'], maven: { dependencies: ['software.amazon.smithy:smithy-aws-traits:1.61.0', 'com.example:shapes:2.0'] } });
    expectModelError(() => readSmithyBuild(file), {
      file,
      jsonPath: '$.maven.dependencies',
      message: /without a JVM: software.amazon.smithy:smithy-aws-traits:1.61.0, com.example:shapes:2.0\. Supply their models as files/,
    });
    expect(readSmithyBuild(file, { extraModels: ['aws-traits.smithy'] }).mavenDependencies).toHaveLength(2);
  });

  it('rejects malformed configs with the JSON path', () => {
    expectModelError(() => readSmithyBuild(config('bad-json', '{ "sources": ')), { message: /invalid JSON/ });
    expectModelError(() => readSmithyBuild(config('bad-sources', { sources: 'model' })), { jsonPath: '$.sources', message: /array of strings/ });
    expectModelError(() => readSmithyBuild(config('bad-plugin', { plugins: { 'typescript-client-codegen': { service: 1 } } })), {
      jsonPath: '$.plugins["typescript-client-codegen"].service',
    });
    expectModelError(() => readSmithyBuild(join(dir, 'missing.json')), { message: /cannot read/ });
    expectModelError(() => readSmithyBuild(config('jar', { imports: ['lib/traits.jar'] })), { message: /JAR files cannot be read without a JVM: .*lib\/traits\.jar/ });
  });
});

describe('packageNaming', () => {
  it('derives the npm scope and short name', () => {
    expect(packageNaming('@acme/weather-client')).toEqual({ scope: 'acme', name: 'weather' });
    expect(packageNaming('@aws-sdk/client-s3')).toEqual({ scope: 'aws-sdk', name: 's3' });
    expect(packageNaming('Weather_Service')).toEqual({ name: 'weather-service' });
  });
});
