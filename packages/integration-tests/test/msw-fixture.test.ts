/**
 * Generated MSW handlers for a small hand-written restJson1 model
 * (fixtures/msw/model.json, generated at test time): fake data honours quoted,
 * anchored patterns, one-sided @length/@range, enum/intEnum, uniqueItems,
 * sparse maps, timestamp formats, blobs, documents and mutual recursion; a
 * `smithy.api#Unit` output, a member-less error and a quoted label round-trip
 * through the generated client.
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeStructure, unhandledRequests, validate } from '@anvil/msw-runtime';
import { type StructureSchema } from '@anvil/runtime';
import type { HttpHandler } from 'msw';
import type { ErrorAnswer, HandlerOptions, MockHandler } from '@anvil/msw-runtime';
import { generateFixture } from '../fixtures/msw/generateFixture.js';

const out = generateFixture();
const load = (kind: string) => import(pathToFileURL(join(out, kind, 'src', 'index.ts')).href);

type Thing = Record<string, unknown>;
interface FixtureMsw {
  handlers: HttpHandler[];
  echoHandler(override?: unknown, options?: HandlerOptions): MockHandler<Thing>;
  getThingHandler(override?: unknown, options?: HandlerOptions): MockHandler<{ id: string }>;
  pingHandler(override?: unknown, options?: HandlerOptions): MockHandler<Record<string, never>>;
  getThingErrors: { Gone(): ErrorAnswer; BadThing(members?: Thing): ErrorAnswer };
  echoErrors: Record<string, unknown>;
}
interface FixtureClientModule {
  MswFixtureClient: new (config: Record<string, unknown>) => {
    echo(input: Thing): Promise<Thing>;
    getThing(input: { id: string }): Promise<Thing>;
    ping(input?: Record<string, never>): Promise<Record<string, unknown>>;
  };
  Gone: abstract new (...args: never[]) => Error;
  BadThing: abstract new (...args: never[]) => Error & { why?: string };
  MswFixtureServiceException: abstract new (...args: never[]) => Error;
}

const msw = (await load('msw')) as FixtureMsw;
const { Thing$ } = (await load('types')) as { Thing$: StructureSchema };
const clientModule = (await load('client')) as FixtureClientModule;

const QUOTED = /^"[a-z]{2,5}"='[0-9]+'$/;
const ENDPOINT = 'https://fixture.example.com';

const server = setupServer(...msw.handlers);
beforeAll(() => server.listen(unhandledRequests('error')));
afterEach(() => server.resetHandlers());
afterAll(() => {
  server.close();
  rmSync(dirname(out), { recursive: true, force: true });
});

const client = new clientModule.MswFixtureClient({
  region: 'us-east-1',
  endpoint: ENDPOINT,
  credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' },
});

/** Depth of the A→B→A chain of a fake `tree`. */
function treeDepth(node: unknown): number {
  let depth = 0;
  let current = node as { b?: { a?: unknown } } | undefined;
  while (current) {
    depth++;
    current = current.b?.a as typeof current;
  }
  return depth;
}

describe('fake data of the fixture model (200 seeds)', () => {
  const values = Array.from({ length: 200 }, (_, seed) => fakeStructure(Thing$, { seed }));

  it('is model-valid for every seed', () => {
    for (const value of values) expect(validate(Thing$, value)).toEqual([]);
  });

  it('matches the quoted, anchored pattern every time', () => {
    for (const value of values) expect(value['quoted']).toMatch(QUOTED);
  });

  it('honours one-sided @length and @range bounds near their set end', () => {
    for (const value of values) {
      const name = value['name'] as string;
      expect(name.length).toBeGreaterThanOrEqual(3);
      expect(name.length).toBeLessThan(20);
      expect((value['few'] as string[]).length).toBeLessThanOrEqual(2);
      expect(value['big']).toBeGreaterThanOrEqual(10);
      expect(value['big']).toBeLessThanOrEqual(110);
      expect(value['negative']).toBeLessThanOrEqual(-5);
      expect(value['negative']).toBeGreaterThanOrEqual(-105);
      const arn = value['arn'] as string;
      expect(arn).toMatch(/^arn:.{16,2044}$/);
      expect(arn.length).toBeLessThan(60);
    }
  });

  it('uses every enum and intEnum value and nothing else', () => {
    expect(new Set(values.map((v) => v['color']))).toEqual(new Set(['red', 'dark blue']));
    expect(new Set(values.map((v) => v['level']))).toEqual(new Set([1, 7]));
  });

  it('gives unique list items, sparse maps without nulls, Dates, bytes and documents', () => {
    for (const value of values) {
      const names = value['names'] as string[];
      expect(new Set(names).size).toBe(names.length);
      expect(Object.values(value['counts'] as object).every((n) => typeof n === 'number')).toBe(true);
      for (const key of ['createdAt', 'updatedAt', 'seenAt']) {
        const date = value[key] as Date;
        expect(date).toBeInstanceOf(Date);
        expect(date.getTime() % 1000).toBe(0);
      }
      expect(value['data']).toBeInstanceOf(Uint8Array);
      expect(typeof value['extra']).toBe('object');
    }
  });

  it('terminates the mutual recursion A → B → A', () => {
    const depths = values.map((v) => treeDepth(v['tree']));
    expect(Math.max(...depths)).toBeLessThanOrEqual(3);
    expect(Math.min(...depths)).toBeGreaterThanOrEqual(1);
  });
});

describe('generated fixture handlers', () => {
  it('answer Echo with a model-valid Thing through the generated client', async () => {
    const thing = await client.echo({ quoted: '"ab"=\'1\'' });
    const { $metadata: _metadata, ...body } = thing;
    expect(validate(Thing$, body)).toEqual([]);
    expect(body['quoted']).toMatch(QUOTED);
    expect(body['updatedAt']).toBeInstanceOf(Date);
    expect(body['seenAt']).toBeInstanceOf(Date);
  });

  it('write each timestamp in its binding format on the wire', async () => {
    const response = await fetch(`${ENDPOINT}/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ quoted: '"ab"=\'1\'' }),
    });
    const wire = (await response.json()) as Record<string, unknown>;
    expect(typeof wire['createdAt']).toBe('number');
    expect(wire['updatedAt']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(wire['seenAt']).toMatch(/^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/);
    expect(typeof wire['data']).toBe('string');
  });

  it('answer an operation whose output is smithy.api#Unit', async () => {
    const handler = msw.pingHandler();
    server.use(handler);
    const result = await client.ping();
    expect(Object.keys(result)).toEqual(['$metadata']);
    expect(handler.calls.map((c) => c.input)).toEqual([{}]);
    const raw = await fetch(`${ENDPOINT}/ping`, { method: 'POST' });
    expect(raw.status).toBe(204);
    expect(await raw.text()).toBe('');
  });

  it('decode a quoted label and record it', async () => {
    const handler = msw.getThingHandler(({ input }: { input: { id: string } }) => ({ quoted: input.id }));
    server.use(handler);
    const id = '"abc"=\'42\'';
    const thing = await client.getThing({ id });
    expect(thing['quoted']).toBe(id);
    expect(handler.calls.map((c) => c.input)).toEqual([{ id }]);
    expect(new URL(handler.calls[0]!.request.url).pathname).toBe('/things/%22abc%22%3D%2742%27');
  });

  it('answer a member-less modeled error of the operation', async () => {
    server.use(msw.getThingHandler(msw.getThingErrors.Gone()));
    const err = await client.getThing({ id: '"ab"=\'1\'' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(clientModule.Gone);
    expect((err as Error).name).toBe('Gone');
    expect((err as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode).toBe(410);
  });

  it('answer a modeled error with members', async () => {
    server.use(msw.getThingHandler(msw.getThingErrors.BadThing({ why: 'dark blue', message: 'nope' })));
    const err = await client.getThing({ id: '"ab"=\'1\'' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(clientModule.BadThing);
    expect((err as { why: string }).why).toBe('dark blue');
    expect((err as Error).message).toBe('nope');
  });

  it('reject a pattern violation with the framework ValidationException (no modeled one)', async () => {
    const response = await fetch(`${ENDPOINT}/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ quoted: 'ab=1' }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('ValidationException');
    const body = (await response.json()) as { message: string; fieldList: Array<{ path: string }> };
    expect(body.fieldList.map((f) => f.path)).toEqual(['/quoted']);
    expect(body.message).toContain('/quoted');
  });
});
