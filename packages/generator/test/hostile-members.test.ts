/**
 * Generated code for members named like `Object.prototype` members (`fixtures/models/hostile-members.json`:
 * `constructor`, `toString`, `valueOf`, `hasOwnProperty`, `__proto__` … in inputs, outputs, nested
 * structures, unions, maps, lists, errors and `@paginated` paths), restJson1 and awsJson1_1: the three
 * packages type-check under the generated packages' strict options, and so does user code that writes
 * and reads such members — object literals with and without them, handler overrides and error answers,
 * a paginator's items, an error's `$members` — while wrong member types are still rejected.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { REPO_ROOT, tempDir, typecheckGenerated } from './helpers.js';

const MODEL = join(REPO_ROOT, 'fixtures', 'models', 'hostile-members.json');

const CLIENT_USAGE = `import type { Choice, Nested, PutThingInput } from '@anvil-gen/SLUG-types';
import { CLIENT, HostileError, paginateListThings } from './index.js';

export const bare: Nested = { constructor: 'abc' };
export const full: Nested = { constructor: 'abc', toString: 3, ['__proto__']: 'pp', valueOf: true, hasOwnProperty: new Date(0), toLocaleString: { toString: { valueOf: 'leaf' } } };
// @ts-expect-error \`toString\` is an integer
export const wrongType: Nested = { constructor: 'abc', toString: 'x' };
// @ts-expect-error \`constructor\` is required
export const missing: Nested = { toString: 3 };
export const input: PutThingInput = { constructor: 'x', hasOwnProperty: bare, isPrototypeOf: { constructor: bare, toString: full } };
export const variant: Choice = { toString: { valueOf: 'leaf' } };
export const other: Choice = { constructor: 'abc' };
// @ts-expect-error a union sets exactly one member
export const two: Choice = { constructor: 'abc', ['__proto__']: 1 };

export async function use(client: CLIENT): Promise<string[]> {
  const out = await client.putThing({ constructor: 'x', valueOf: 1, toLocaleString: { constructor: 'q' } });
  const words: string[] = [out.toString, out.__proto__.constructor];
  await client.listThings({});
  for await (const item of paginateListThings(client, {}).items()) words.push(item.constructor);
  try {
    await client.putThing({ constructor: 'y' });
  } catch (error) {
    if (error instanceof HostileError) {
      const reason = error.$members.toString;
      if (typeof reason === 'string') words.push(reason);
      words.push(error.message, String(error.$members.valueOf));
    }
  }
  return words;
}
`;

const MSW_USAGE = `import { errors, listThingsHandler, putThingHandler } from './index.js';

export const handlers = [
  putThingHandler({ toString: 'word' }),
  putThingHandler({ ['__proto__']: { toString: 3 } }),
  putThingHandler(({ input }) => ({ constructor: \`for \${input.constructor}\` })),
  putThingHandler(() => {}),
  putThingHandler(errors.NotFound({ toString: 'x' })),
  putThingHandler(errors.HostileError({ constructor: 'abc', valueOf: 2, ['__proto__']: { constructor: 'def' } })),
  listThingsHandler({ toString: [{ constructor: 'abc' }], ['__proto__']: { constructor: 'token' } }),
  // @ts-expect-error \`toString\` of the output is a string
  putThingHandler({ toString: 1 }),
  // @ts-expect-error \`valueOf\` of HostileError is an integer
  putThingHandler(errors.HostileError({ valueOf: 'two' })),
];
`;

describe.each([
  ['restJson1', 'hostile.members#HostileService', 'hostile', 'HostileClient'],
  ['awsJson1_1', 'hostile.members#HostileJsonService', 'hostile-json', 'HostileJsonClient'],
])('members named like Object.prototype members (%s)', (_protocol, service, slug, client) => {
  const out = join(tempDir(slug), 'out');
  generate({ models: [MODEL], out, service, name: slug });

  it('generated packages and user code type-check under strict; wrong member types do not', () => {
    writeFileSync(join(out, 'client', 'src', 'usage-check.ts'), CLIENT_USAGE.replaceAll('SLUG', slug).replaceAll('CLIENT', client));
    writeFileSync(join(out, 'msw', 'src', 'usage-check.ts'), MSW_USAGE);
    const r = typecheckGenerated(out, slug);
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);

  it('types optional ones as `T | Object["name"]`, union variants without them as `Object["name"]`', () => {
    const types = readFileSync(join(out, 'types', 'src', 'types.ts'), 'utf8');
    expect(types).toContain('  toString?: number | Object["toString"];');
    expect(types).toContain('  constructor: string;');
    expect(types).toContain('  "__proto__"?: string;');
    expect(types).toContain('| { constructor: string; toString?: Object["toString"]; "__proto__"?: never; $unknown?: never }');
  });

  it('declares no error-class field for them (read through $members) and keeps the others', () => {
    const errors = readFileSync(join(out, 'client', 'src', 'errors.ts'), 'utf8');
    const hostile = errors.slice(errors.indexOf('export class HostileError'), errors.indexOf('export class NotFound'));
    expect(hostile).toContain('declare readonly $members: Readonly<shapes.HostileError>;');
    expect(hostile).not.toMatch(/declare readonly (constructor|toString|valueOf|hasOwnProperty|"__proto__"|prototype)\??:/);
    const handlers = readFileSync(join(out, 'msw', 'src', 'handlers.ts'), 'utf8');
    expect(handlers).toContain('"NotFound": (members?: PartialMembers<shapes.NotFound>)');
    expect(handlers).toContain('"HostileError": (members?: Partial<shapes.HostileError>)');
  });
});
