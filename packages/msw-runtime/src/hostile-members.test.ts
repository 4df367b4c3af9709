/**
 * Member names that exist on `Object.prototype` (`constructor`, `toString`, `valueOf`, `hasOwnProperty`,
 * `__proto__`, …) are plain members in the mock: fake data, validation, deep-merge of overrides,
 * modeled errors, default pages of a paginated operation whose token and items paths are such names,
 * and a handler answering the restJson1 client side of the codec. Schemas: `fixtures/models/hostile-members.json`.
 */
import { getAtPath, restJson1, toHttpResponse } from '@anvil/runtime';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from './create-handler.js';
import { deepMerge, mergeBySchema } from './deep-merge.js';
import { modeledError } from './error-answer.js';
import { fakeStructure, fakeValue } from './fake/index.js';
import { paginationPlan, Pager } from './pagination.js';
import { validate } from './validate/index.js';
import {
  HostileError$,
  HostileMembersService$ as Service$,
  ListThings$,
  Nested$,
  NotFound$,
  PutThing$,
  PutThingInput$,
  PutThingOutput$,
} from './__fixtures__/generated/hostile-members/schemas.js';
import type { Nested, PutThingOutput } from './__fixtures__/generated/hostile-members/types.js';

/** A plain object with `entries` as own data properties (`__proto__` included). */
function own(entries: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entries)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

/** Every object in `value` is a plain `Object.prototype` object (no prototype was replaced by a `__proto__` key). */
function plainThroughout(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(plainThroughout);
  if (value === null || typeof value !== 'object' || value instanceof Date || value instanceof Uint8Array) return true;
  return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(plainThroughout);
}

const HOSTILE = ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty', 'toLocaleString'];

describe('fake data', () => {
  const values = Array.from({ length: 40 }, (_, seed) => fakeStructure(PutThingOutput$, { seed }));

  it('fills such members as own data that passes validation', () => {
    for (const value of values) {
      expect(validate(PutThingOutput$, value)).toEqual([]);
      expect(plainThroughout(value)).toBe(true);
      const nested = (value as Record<string, unknown>)['__proto__'] as Record<string, unknown>;
      expect(Object.keys(nested)).toEqual(HOSTILE);
      expect(nested['constructor']).toMatch(/^[a-z]{3,8}$/);
      expect(typeof nested['toString']).toBe('number');
      expect(nested['hasOwnProperty']).toBeInstanceOf(Date);
    }
  });

  it('gives maps such keys only as own data, and unions such a member', () => {
    const unions = new Set(Array.from({ length: 60 }, (_, seed) => Object.keys(fakeValue(Nested$, { seed }) as object).length));
    expect(unions).toEqual(new Set([HOSTILE.length]));
    const choices = new Set(values.map((v) => Object.keys((v as Record<string, Record<string, unknown>>)['isPrototypeOf']!)[0]));
    expect([...choices].every((k) => ['constructor', 'toString', '__proto__'].includes(k!))).toBe(true);
  });
});

describe('validation', () => {
  it('accepts a valid input that lacks the optional ones (never checks an inherited member)', () => {
    expect(validate(PutThingInput$, { constructor: 'abc' })).toEqual([]);
    expect(validate(Nested$, own({ constructor: 'abc', toString: 3, ['__proto__']: 'pp' }))).toEqual([]);
  });

  it('reports a missing required one and wrong values of such members', () => {
    expect(validate(PutThingInput$, {}).map((i) => i.path)).toEqual(['/constructor']);
    const issues = validate(Nested$, own({ constructor: 'x', toString: 12, ['__proto__']: 'p' }));
    expect(issues.map((i) => [i.path, i.kind])).toEqual([
      ['/constructor', 'pattern'],
      ['/toString', 'range'],
      ['/__proto__', 'length'],
    ]);
  });

  it('counts a union member named like one as set, and only that one', () => {
    expect(validate(PutThingInput$, own({ constructor: 'abc', ['__proto__']: own({ toString: own({ valueOf: 'leaf' }) }) }))).toEqual([]);
    expect(validate(PutThingInput$, own({ constructor: 'abc', ['__proto__']: own({}) })).map((i) => i.kind)).toEqual(['union']);
  });
});

describe('deep-merge of overrides', () => {
  it('merges such members of a patch as data (structures member by member)', () => {
    const base = fakeStructure(PutThingOutput$, { seed: 1 }) as Record<string, unknown>;
    const patch = own({ toString: 'word', ['__proto__']: own({ toString: 9 }) });
    const merged = mergeBySchema(PutThingOutput$, base, patch) as Record<string, Record<string, unknown>>;
    expect(merged['toString']).toBe('word');
    expect(merged['__proto__']!['toString']).toBe(9);
    expect(merged['__proto__']!['constructor']).toBe((base['__proto__'] as Record<string, unknown>)['constructor']);
    expect(plainThroughout(merged)).toBe(true);
    expect(Object.getPrototypeOf(deepMerge({}, own({ ['__proto__']: { polluted: true } })))).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('replaces a member the base lacks instead of merging with the inherited one', () => {
    const merged = mergeBySchema(PutThingOutput$, own({ toString: 'word' }), own({ constructor: 'hdr', valueOf: [] })) as Record<string, unknown>;
    expect(merged).toEqual(own({ toString: 'word', constructor: 'hdr', valueOf: [] }));
  });
});

describe('modeled errors', () => {
  it('fills a required `constructor` member the caller left out', () => {
    const answer = modeledError(NotFound$, { toString: 'ts' });
    expect(answer.members['toString']).toBe('ts');
    expect(typeof answer.members['constructor']).toBe('string');
    expect(Object.prototype.hasOwnProperty.call(answer.members, 'constructor')).toBe(true);
  });

  it('keeps given members named like Object.prototype members, `__proto__` included', () => {
    const nested: Nested = { constructor: 'abc' };
    const answer = modeledError(HostileError$, own({ constructor: 'word', ['__proto__']: nested, valueOf: 2 }));
    expect(Object.keys(answer.members).sort()).toEqual(['__proto__', 'constructor', 'message', 'valueOf']);
    expect(answer.members['__proto__']).toEqual(nested);
    expect(Object.getPrototypeOf(answer.members)).toBe(Object.prototype);
  });
});

describe('default pages of @paginated(inputToken: "constructor", outputToken: "__proto__.constructor", items: "toString")', () => {
  it('plans and pages over those member paths', () => {
    const plan = paginationPlan(ListThings$)!;
    expect(plan.outputToken).toEqual(['__proto__', 'constructor']);
    const pager = new Pager(plan, 'seed');
    const base = fakeStructure(PutThingOutput$, { seed: 2 });
    const first = pager.page(base, {});
    expect(first.ok).toBe(true);
    const firstOutput = (first as { output: Record<string, unknown> }).output;
    expect((getAtPath(firstOutput, 'toString') as unknown[]).length).toBe(plan.defaultPageSize);
    const token = getAtPath(firstOutput, '__proto__.constructor');
    expect(typeof token).toBe('string');
    expect(Object.getPrototypeOf(firstOutput['__proto__'])).toBe(Object.prototype);
    const second = pager.page(base, own({ constructor: token }));
    expect(second.ok).toBe(true);
  });
});

describe('a handler of an operation with such members (restJson1)', () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('parses, validates and answers them: no 400 for valid input, the override merged as data', async () => {
    const handler = createHandler(Service$, PutThing$, ({ input }) => ({ constructor: `for ${String(input.constructor)}`, toString: 'word' } as Partial<PutThingOutput>));
    server.use(handler);
    const wire = restJson1.serializeRequest(Service$, PutThing$, own({ constructor: 'abc', toString: 'hdr', valueOf: 1, ['__proto__']: own({ constructor: 'xyz' }) }));
    const response = await fetch(`https://hostile.example.com${wire.path}?valueOf=1`, { method: 'POST', headers: wire.headers, body: wire.body as BodyInit });
    expect(response.status).toBe(200);
    const output = restJson1.parseResponse(Service$, PutThing$, await toHttpResponse(response));
    expect(validate(PutThingOutput$, output)).toEqual([]);
    expect(output['constructor']).toBe('for abc');
    expect(output['toString']).toBe('word');
    expect(handler.calls[0]!.issues).toEqual([]);
    expect(Object.keys(handler.calls[0]!.input).sort()).toEqual(['__proto__', 'constructor', 'toLocaleString', 'toString', 'valueOf']);
  });
});
