/**
 * Java-flavoured `@pattern`s as AWS models write them, through a real handler (`setupServer`): they are
 * translated (inline flags, `\p{…}`, lookbehind, control escapes), honoured by fake data and validation;
 * a pattern with no ECMAScript form is skipped by validation and ignored by fake data with one warning
 * naming shape id and pattern. The mock never answers 500 because of a pattern.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MemberSchema, OperationSchema, ServiceSchema, StringSchema, StructureSchema } from '@anvil/runtime';
import { createHandler } from './create-handler.js';
import { fakeValue } from './fake/index.js';
import { validateValue } from './validate/index.js';

const Flag$: StringSchema = { type: 'string', id: 'java#Flag', pattern: '^(?i)(true|false)$' };
const Text$: StringSchema = { type: 'string', id: 'java#Text', pattern: '^(?s).{1,20}$' };
const Name$: StringSchema = { type: 'string', id: 'java#Name', pattern: '^(?! )[\\p{L}\\p{N}\\p{Z}-_]*(?<! )$', length: { min: 1, max: 30 } };
const Safe$: StringSchema = { type: 'string', id: 'java#Safe', pattern: '^[^\\x00-\\x1F\\x7F\\x3C\\x3E\\x5C]+$' };
const Greek$: StringSchema = { type: 'string', id: 'java#Greek', pattern: '^\\p{InGreek}+$', length: { min: 2, max: 8 } };

const members: Record<string, MemberSchema> = {
  flag: { target: Flag$, required: true },
  text: { target: Text$, required: true },
  name: { target: Name$, required: true },
  safe: { target: Safe$, required: true },
  greek: { target: Greek$, required: true },
};
const Thing$: StructureSchema = { type: 'structure', id: 'java#Thing', name: 'Thing', members };
const Service$: ServiceSchema = { id: 'java#Svc', name: 'Svc', sdkId: 'Svc', version: '1', protocol: 'restJson1', errors: [] };
const PutThing$: OperationSchema = { id: 'java#PutThing', name: 'PutThing', input: () => Thing$, output: () => Thing$, errors: [], http: { method: 'POST', uri: '/things', code: 200 } };

const ENDPOINT = 'https://java.example.com';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const put = (body: Record<string, unknown>) =>
  fetch(`${ENDPOINT}/things`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const VALID = { flag: 'TRUE', text: 'two\nlines', name: 'Zoë 42_-x', safe: 'plain text', greek: 'not Ωμέ' };

describe('Java-flavoured @pattern in a mock', () => {
  it('accepts input valid under Java semantics and skips only the untranslatable pattern, warning once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      server.use(createHandler(Service$, PutThing$));
      const first = await put(VALID);
      expect(first.status).toBe(200);
      expect((await put(VALID)).status).toBe(200);
      const greekWarnings = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('InGreek'));
      expect(greekWarnings).toHaveLength(1);
      expect(greekWarnings[0]).toMatch(/@pattern "\^\\\\p\{InGreek\}\+\$" on java#Greek.*Unicode blocks have no ECMAScript equivalent/);
    } finally {
      warn.mockRestore();
    }
  });

  it('rejects with 400 what the translated patterns reject (never 500)', async () => {
    server.use(createHandler(Service$, PutThing$));
    const res = await put({ ...VALID, flag: 'maybe', name: 'trailing ', safe: 'a<b' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { fieldList: { path: string; message: string }[] };
    expect(body.fieldList.map((f) => f.path).sort()).toEqual(['/flag', '/name', '/safe']);
    expect(body.fieldList.find((f) => f.path === '/flag')?.message).toContain('regular expression pattern: ^(?i)(true|false)$');
  });

  it('answers with fake output that the translated patterns accept, and satisfies @length where a pattern is skipped', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    server.use(createHandler(Service$, PutThing$));
    const res = await put(VALID);
    expect(res.status).toBe(200);
    const out = (await res.json()) as Record<string, string>;
    expect(out['flag']).toMatch(/^(true|false)$/i);
    expect(out['text']!.length).toBeGreaterThanOrEqual(1);
    expect(out['greek']!.length).toBeGreaterThanOrEqual(2);
    expect(out['greek']!.length).toBeLessThanOrEqual(8);
    expect(out['safe']).not.toMatch(/[\x00-\x1f<>\\]/);
    vi.restoreAllMocks();
  });

  it('fake values of each translated pattern pass validation for 50 seeds', () => {
    for (const schema of [Flag$, Text$, Name$, Safe$]) {
      for (let seed = 0; seed < 50; seed++) {
        const value = fakeValue(schema, { seed });
        expect(validateValue(schema, value), `${schema.id} seed ${seed}: ${JSON.stringify(value)}`).toEqual([]);
      }
    }
  });
});
