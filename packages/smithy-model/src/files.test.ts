import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectModelError } from './__fixtures__/helpers.js';
import { loadModelFiles } from './files.js';

const dir = mkdtempSync(join(tmpdir(), 'anvil-smithy-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (path: string, json: unknown): string => {
  const file = join(dir, path);
  writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json));
  return file;
};

describe('loadModelFiles', () => {
  it('loads files and every *.json of a directory (sorted, nested)', () => {
    mkdirSync(join(dir, 'models/sub'), { recursive: true });
    write('models/b.json', { smithy: '2.0', shapes: { 'ex#B': { type: 'list', member: { target: 'ex#A' } } } });
    write('models/sub/a.json', { smithy: '2.0', shapes: { 'ex#A': { type: 'string' } } });
    write('models/readme.txt', 'not json');
    const single = write('c.json', { smithy: '1.0', shapes: { 'ex#C': { type: 'set', member: { target: 'ex#A' } } } });
    const model = loadModelFiles([join(dir, 'models'), single]);
    expect([...model.shapes.keys()].filter((k) => k.startsWith('ex#'))).toEqual(['ex#A', 'ex#B', 'ex#C']);
  });

  it('loads *.smithy files of a directory with the *.json ones, resolving ids across them', () => {
    mkdirSync(join(dir, 'mixed/idl'), { recursive: true });
    write('mixed/a.json', { smithy: '2.0', shapes: { 'ex#Id': { type: 'string' } } });
    write('mixed/idl/b.smithy', '$version: "2"\nnamespace ex\nstructure B { id: Id }\n');
    write('mixed/notes.md', '# not a model');
    const model = loadModelFiles([join(dir, 'mixed')]);
    expect(model.shapes.get('ex#B')).toMatchObject({ members: [{ name: 'id', target: 'ex#Id' }] });
  });

  it('reports IDL syntax errors with file, line and column', () => {
    const bad = write('bad.smithy', 'namespace ex\nstructure {\n');
    expectModelError(() => loadModelFiles([bad]), { file: bad, message: /:2:11: Expected IDENTIFIER but found LBRACE/ });
  });

  it('turns invalid JSON into a ModelError naming the file', () => {
    const bad = write('bad.json', '{ "smithy": "2.0", ');
    expectModelError(() => loadModelFiles([bad]), { file: bad, jsonPath: '$', message: /invalid JSON/ });
  });

  it('says where in the file the JSON breaks (line and column)', () => {
    const bad = write('bad-line.json', '{\n  "smithy": "2.0",\n  "shapes": { "a": 1 "b": 2 }\n}\n');
    expectModelError(() => loadModelFiles([bad]), { file: bad, jsonPath: '$', message: /invalid JSON at line 3, column 22/ });
  });

  it('reports a missing path', () => {
    const missing = join(dir, 'missing.json');
    expectModelError(() => loadModelFiles([missing]), { file: missing, message: /cannot read/ });
  });
});
