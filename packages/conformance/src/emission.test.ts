/**
 * The schema fields the conformance fixes rely on, as our generator emits them from a small inline
 * model: `@internal` enum values (2.0 members and 1.0 `@enum` tags), `@requestCompression`,
 * `@httpChecksumRequired`, `@awsQueryCompatible` and `@awsQueryError`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@anvil/generator';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkspace } from './services.js';

const MODEL = {
  smithy: '2.0',
  shapes: {
    'ex#Svc': {
      type: 'service',
      version: '2024-01-01',
      operations: [{ target: 'ex#Put' }],
      traits: { 'aws.protocols#awsJson1_0': {}, 'aws.protocols#awsQueryCompatible': {} },
    },
    'ex#Put': {
      type: 'operation',
      input: { target: 'ex#PutInput' },
      output: { target: 'smithy.api#Unit' },
      errors: [{ target: 'ex#Custom' }],
      traits: { 'smithy.api#requestCompression': { encodings: ['gzip'] }, 'smithy.api#httpChecksumRequired': {} },
    },
    'ex#PutInput': {
      type: 'structure',
      members: { a: { target: 'ex#Color' }, b: { target: 'ex#Legacy' }, c: { target: 'ex#Level' } },
    },
    'ex#Color': {
      type: 'enum',
      members: {
        RED: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'red' } },
        SECRET: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'secret', 'smithy.api#internal': {} } },
        TAGGED: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'tagged', 'smithy.api#tags': ['internal'] } },
      },
    },
    'ex#Legacy': {
      type: 'string',
      traits: { 'smithy.api#enum': [{ value: 'x', tags: ['external'] }, { value: 'y', tags: ['internal'] }] },
    },
    'ex#Level': {
      type: 'intEnum',
      members: {
        LOW: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 1 } },
        HIDDEN: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 2, 'smithy.api#internal': {} } },
      },
    },
    'ex#Custom': {
      type: 'structure',
      members: { message: { target: 'smithy.api#String' } },
      traits: { 'smithy.api#error': 'client', 'aws.protocols#awsQueryError': { code: 'Customized', httpResponseCode: 402 } },
    },
  },
};

describe('generator emission of the conformance-relevant traits', () => {
  const workspace = createWorkspace();
  afterAll(() => workspace.dispose());

  it('emits internal enum values, request compression, checksum and awsQuery compatibility', () => {
    mkdirSync(workspace.dir, { recursive: true });
    const modelFile = join(workspace.dir, 'model.json');
    writeFileSync(modelFile, JSON.stringify(MODEL));
    const out = join(workspace.dir, 'svc');
    generate({ models: [modelFile], out, only: ['types'], name: 'svc' });
    const text = readFileSync(join(out, 'types', 'src', 'schemas.ts'), 'utf8');
    // 2.0 enum members: only @internal counts (an "internal" tag does not); 1.0 @enum entries: the "internal" tag.
    expect(text).toContain(`export const Color$: EnumSchema = { type: "enum", id: "ex#Color", values: ["red", "secret", "tagged"], internal: ["secret"] };`);
    expect(text).toContain(`export const Legacy$: EnumSchema = { type: "enum", id: "ex#Legacy", values: ["x", "y"], internal: ["y"] };`);
    expect(text).toContain(`export const Level$: IntEnumSchema = { type: "intEnum", id: "ex#Level", values: [1, 2], internal: [2] };`);
    expect(text).toContain('  requestCompression: { encodings: ["gzip"] },\n  httpChecksumRequired: true,\n');
    expect(text).toContain('  awsQueryError: { code: "Customized", httpResponseCode: 402 },\n');
    expect(text).toContain('  awsQueryCompatible: true,\n');
  });
});
