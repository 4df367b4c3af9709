/**
 * Bad input at the generator level: each case fails with one error naming the
 * file, the shape id and the JSON path, and the previous output is left intact.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModelError } from '@anvil/smithy-model';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { readTree, REPO_ROOT, tempDir } from './helpers.js';

const DRS_SEED = join(REPO_ROOT, 'models', 'drs', 'drs.json');

/** A minimal valid service, plus extra shapes. */
const service = (shapes: Record<string, unknown> = {}, smithy = '2.0') => ({
  smithy,
  shapes: {
    'bad.test#Service': { type: 'service', version: '1', operations: [{ target: 'bad.test#Op' }], traits: { 'aws.protocols#restJson1': {} } },
    'bad.test#Op': { type: 'operation', input: { target: 'bad.test#Input' }, traits: { 'smithy.api#http': { method: 'POST', uri: '/op' } } },
    'bad.test#Input': { type: 'structure', members: { name: { target: 'smithy.api#String' } } },
    ...shapes,
  },
});

interface Case {
  readonly name: string;
  /** File name → content (string: written as is; object: JSON). */
  readonly files: Record<string, unknown>;
  readonly message: RegExp;
  readonly file: string;
  readonly shapeId?: string;
  readonly jsonPath: string;
}

const CASES: Case[] = [
  {
    name: 'invalid JSON',
    files: { 'broken.json': '{ "smithy": "2.0", "shapes": { "bad.test#A": ' },
    file: 'broken.json',
    jsonPath: '$',
    message: /^.*broken\.json, at \$: invalid JSON: /,
  },
  {
    name: 'unknown target',
    files: { 'model.json': service({ 'bad.test#Input': { type: 'structure', members: { name: { target: 'bad.test#Missing' } } } }) },
    file: 'model.json',
    shapeId: 'bad.test#Input',
    jsonPath: '$.shapes["bad.test#Input"].members.name.target',
    message: /model\.json, shape bad\.test#Input, at \$\.shapes\["bad\.test#Input"\]\.members\.name\.target: member name target bad\.test#Missing does not exist$/,
  },
  {
    name: 'unsupported smithy version',
    files: { 'model.json': service({}, '3.0') },
    file: 'model.json',
    jsonPath: '$.smithy',
    message: /model\.json, at \$\.smithy: unsupported Smithy version "3\.0" \(expected "1\.0" or "2\.0"\)$/,
  },
  {
    name: 'malformed trait value',
    files: {
      'model.json': service({ 'bad.test#Op': { type: 'operation', input: { target: 'bad.test#Input' }, traits: { 'smithy.api#http': { method: 'POST', uri: 'op' } } } }),
    },
    file: 'model.json',
    shapeId: 'bad.test#Op',
    jsonPath: '$.shapes["bad.test#Op"].traits["smithy.api#http"]',
    message: /model\.json, shape bad\.test#Op, at \$\.shapes\["bad\.test#Op"\]\.traits\["smithy\.api#http"\]: trait smithy\.api#http property "uri" must be a string starting with "\/", got string "op"$/,
  },
  {
    name: 'conflicting merge',
    files: {
      'a.json': service(),
      'b.json': { smithy: '2.0', shapes: { 'bad.test#Input': { type: 'structure', members: { name: { target: 'smithy.api#Integer' } } } } },
    },
    file: 'b.json',
    shapeId: 'bad.test#Input',
    jsonPath: '$.shapes["bad.test#Input"]',
    message: /b\.json, shape bad\.test#Input, at \$\.shapes\["bad\.test#Input"\]: conflicting definitions of bad\.test#Input in .*a\.json and .*b\.json$/,
  },
];

describe('bad input leaves the previous output intact', () => {
  const out = tempDir('bad-out');
  let before: Map<string, string>;

  beforeAll(() => {
    generate({ models: [DRS_SEED], out });
    before = readTree(out);
  });

  it.each(CASES)('$name: one error naming file, shape id and JSON path', (c) => {
    const dir = tempDir('bad-in');
    const paths = Object.entries(c.files).map(([name, content]) => {
      const path = join(dir, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
      return path;
    });
    let error: unknown;
    try {
      generate({ models: paths, out });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ModelError);
    const e = error as ModelError;
    expect(e.message).toMatch(c.message);
    expect(e.file).toBe(join(dir, c.file));
    expect(e.shapeId).toBe(c.shapeId);
    expect(e.jsonPath).toBe(c.jsonPath);
    expect(readTree(out)).toEqual(before);
  });
});
