import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { tempDir, typecheckGenerated } from './helpers.js';

const EVIL_VALUES = ['a"b', "c'd", 'back\\slash', 'new\nline', '${process.exit(1)}', '`tick`', '*/ end', '</script>'];
const EVIL_DOC = 'Ends a comment */ early; </script><script>alert(1)</script> ${globalThis.x = 1} `code` @deprecated forged';

/** A model whose names and strings try to break generated code. */
function hostileModel() {
  const ns = 'evil.test';
  return {
    smithy: '2.0',
    shapes: {
      [`${ns}#Service`]: {
        type: 'service',
        version: '1',
        operations: [{ target: `${ns}#default` }, { target: `${ns}#Send` }],
        traits: {
          'aws.protocols#restJson1': {},
          'smithy.api#documentation': EVIL_DOC,
          'smithy.rules#clientContextParams': {
            UseArnRegion: { type: 'boolean', documentation: EVIL_DOC },
            'Stage-Name': { type: 'string' },
            ['__proto__']: { type: 'stringArray' },
          },
        },
      },
      [`${ns}#default`]: {
        type: 'operation',
        input: { target: `${ns}#Object` },
        output: { target: `${ns}#Promise` },
        errors: [{ target: `${ns}#Error` }],
        traits: { 'smithy.api#http': { method: 'POST', uri: '/default', code: 200 }, 'smithy.api#documentation': EVIL_DOC },
      },
      [`${ns}#Send`]: {
        type: 'operation',
        traits: { 'smithy.api#http': { method: 'POST', uri: '/send', code: 200 } },
      },
      [`${ns}#Object`]: {
        type: 'structure',
        members: {
          name: { target: 'smithy.api#String', traits: { 'smithy.api#required': {} } },
          Name: { target: 'smithy.api#String', traits: { 'smithy.api#documentation': EVIL_DOC } },
          constructor: { target: `${ns}#Date` },
          ['__proto__']: { target: 'smithy.api#Integer' },
          evil: { target: `${ns}#Evil` },
        },
        traits: { 'smithy.api#documentation': EVIL_DOC },
      },
      [`${ns}#Date`]: { type: 'timestamp' },
      [`${ns}#Promise`]: {
        type: 'structure',
        members: { then: { target: 'smithy.api#String' }, Record: { target: `${ns}#string` } },
      },
      [`${ns}#string`]: { type: 'list', member: { target: `${ns}#Object` } },
      [`${ns}#Error`]: {
        type: 'structure',
        members: { message: { target: 'smithy.api#String' }, name: { target: 'smithy.api#String' }, stack: { target: 'smithy.api#String' } },
        traits: { 'smithy.api#error': 'client', 'smithy.api#httpError': 400 },
      },
      [`${ns}#Evil`]: {
        type: 'enum',
        members: Object.fromEntries(
          EVIL_VALUES.map((v, i) => [`V${i}`, { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': v, 'smithy.api#documentation': EVIL_DOC } }]),
        ),
        traits: { 'smithy.api#pattern': '^"quoted"\\$' },
      },
    },
  };
}

describe('hostile models', () => {
  const dir = tempDir('hostile');
  const model = join(dir, 'evil.json');
  writeFileSync(model, JSON.stringify(hostileModel()));
  const out = join(dir, 'out');
  generate({ models: [model], out, name: 'evil' });

  it('generated code type-checks under strict (with typed client context parameters)', () => {
    // A user file next to the generated client: the config type accepts the declared parameters and rejects others.
    writeFileSync(
      join(out, 'client', 'src', 'usage-check.ts'),
      [
        "import type { EvilClientConfig, EvilClientContextParams, RequestHandler } from './index.js';",
        "export const params: EvilClientContextParams = { UseArnRegion: false };",
        "export const handler: RequestHandler = async (request) => ({ status: 200, headers: { 'x-url': request.url } });",
        "export const ok: EvilClientConfig = { clientContextParams: { UseArnRegion: true, 'Stage-Name': 'beta', ['__proto__']: ['a'] } };",
        '// @ts-expect-error a boolean parameter',
        "export const wrongType: EvilClientConfig = { clientContextParams: { UseArnRegion: 'yes' } };",
        '// @ts-expect-error not a declared parameter',
        'export const unknownParam: EvilClientConfig = { clientContextParams: { Nope: true } };',
        '',
      ].join('\n'),
    );
    const r = typecheckGenerated(out, 'evil');
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  });

  it('keeps model strings as data, byte for byte', async () => {
    (globalThis as { x?: number }).x = 0;
    const schemas = await import(pathToFileURL(join(out, 'types', 'src', 'schemas.ts')).href);
    expect(schemas.Evil$.values).toEqual(EVIL_VALUES);
    expect(Object.keys(schemas.Object_$.members)).toEqual(['name', 'Name', 'constructor', '__proto__', 'evil']);
    expect((globalThis as { x?: number }).x).toBe(0);
  });

  it('escapes comment terminators and cannot forge TSDoc tags', () => {
    const types = readFileSync(join(out, 'types', 'src', 'types.ts'), 'utf8');
    expect(types).toContain('Ends a comment \\*\\/ early');
    expect(types).not.toContain('*/ early');
    expect(types).not.toMatch(/^\s*\* @deprecated forged/m);
    expect(types).toContain('export interface Object_ {');
    expect(types).toContain('export interface Promise_ {');
    expect(types).toContain('"__proto__"?: number;');
    const client = readFileSync(join(out, 'client', 'src', 'lite-client.ts'), 'utf8');
    expect(client).toContain('readonly "Stage-Name"?: string;');
    expect(client).toContain('readonly "__proto__"?: readonly string[];');
    expect(client).toContain('readonly UseArnRegion?: boolean;');
    expect(client).not.toContain('*/ early');
    // The service's documentation is kept, escaped, on both client classes (a <script> element's content is
    // dropped, as a browser would not show it).
    for (const file of ['lite-client.ts', 'client.ts']) {
      const text = readFileSync(join(out, 'client', 'src', file), 'utf8');
      // a mid-line `@deprecated` is escaped too: TypeScript reads ` @word` anywhere in a line as a tag
      expect(text, file).toContain(' * Ends a comment \\*\\/ early; ${globalThis.x = 1} \\`code\\` \\@deprecated forged\n');
      expect(text, file).not.toMatch(/^\s*\* @deprecated forged/m);
    }
  });
});
