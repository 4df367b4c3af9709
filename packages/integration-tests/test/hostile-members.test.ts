/**
 * Members named like `Object.prototype` members (`constructor`, `toString`, `valueOf`, `hasOwnProperty`,
 * `__proto__` …) end to end: the generated client against the generated handlers (msw `setupServer`,
 * real `fetch`) for the restJson1 and awsJson1_1 services of `fixtures/models/hostile-members.json`.
 * Such members appear in the input (label, header, query, query map, nested structure, union, map keys,
 * list of structures), the output, an error and the `@paginated` token and items paths; every valid
 * request is answered (no 400), values arrive as plain own data, and errors carry them in `$members`.
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '@anvil/msw-runtime';
import type { HandlerOverride, MockHandler } from '@anvil/msw-runtime';
import type { StructureSchema } from '@anvil/runtime';
import { generateFixture } from '../fixtures/msw/generateFixture.js';

const MODEL = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'fixtures', 'models', 'hostile-members.json');

type Value = Record<string, unknown>;
interface HostileMsw {
  handlers: unknown[];
  putThingHandler(override?: HandlerOverride<Value, Value>): MockHandler<Value>;
  errors: { HostileError(members?: Value): unknown; NotFound(members?: Value): unknown };
}
interface HostileClient {
  putThing(input: Value): Promise<Value>;
  listThings(input: Value): Promise<Value>;
}
interface HostileClientModule {
  paginateListThings(client: HostileClient, input: Value, options?: { pageSize?: number }): AsyncIterable<Value> & { items(): AsyncIterable<Value> };
}

/** A plain object with `entries` as own data properties (`__proto__` included). */
function own(entries: Record<string, unknown>): Value {
  const out: Value = {};
  for (const [k, v] of Object.entries(entries)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

/** Every object in `value` is a plain `Object.prototype` object. */
function plainThroughout(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(plainThroughout);
  if (value === null || typeof value !== 'object' || value instanceof Date || value instanceof Uint8Array) return true;
  return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(plainThroughout);
}

const nested = (word: string) => own({ constructor: word, toString: 3, ['__proto__']: 'pp', valueOf: true, hasOwnProperty: new Date(1700000000000), toLocaleString: own({ constructor: 'abc' }) });
const INPUT = own({
  constructor: 'thing',
  toString: 'header value',
  valueOf: 42,
  toLocaleString: own({ constructor: 'q1', ['__proto__']: 'q2' }),
  hasOwnProperty: nested('abc'),
  ['__proto__']: own({ toString: own({ valueOf: 'leaf', ['__proto__']: 7 }) }),
  isPrototypeOf: own({ constructor: nested('mapa'), ['__proto__']: nested('mapb') }),
  propertyIsEnumerable: [nested('lista'), own({ constructor: 'only' })],
  __defineGetter__: 'word',
});

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
const outputs: string[] = [];
afterAll(() => {
  server.close();
  for (const out of outputs) rmSync(dirname(out), { recursive: true, force: true });
});

describe.each([
  ['restJson1', 'hostile.members#HostileService', 'hostile', 'HostileClient'],
  ['awsJson1_1', 'hostile.members#HostileJsonService', 'hostile-json', 'HostileJsonClient'],
])('%s: generated client against generated handlers', (_protocol, service, slug, clientName) => {
  const out = generateFixture([MODEL], slug, service);
  outputs.push(out);
  const load = (kind: string) => import(pathToFileURL(join(out, kind, 'src', 'index.ts')).href);
  const modules = Promise.all([load('msw'), load('client'), load('types')]);
  const setup = async () => {
    const [msw, clientModule, types] = (await modules) as [HostileMsw, Record<string, unknown>, Record<string, StructureSchema>];
    const Client = clientModule[clientName] as new (config: Value) => HostileClient;
    const client = new Client({ region: 'us-east-1', endpoint: 'https://hostile.example.com', credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' }, maxAttempts: 1 });
    return { msw, client, clientModule: clientModule as unknown as HostileClientModule & Record<string, unknown>, types };
  };

  it('default handlers answer a valid input with valid fake data, such members included (no 400)', async () => {
    const { msw, client, types } = await setup();
    server.use(...(msw.handlers as Parameters<typeof server.use>));
    const { $metadata, ...output } = await client.putThing(INPUT);
    expect($metadata).toMatchObject({ httpStatusCode: 200 });
    expect(validate(types['PutThingOutput$']!, output)).toEqual([]);
    expect(Object.keys(output['__proto__'] as object)).toContain('constructor');
    expect(plainThroughout(output)).toBe(true);
    const bare = await client.putThing({ constructor: 'x' });
    expect(typeof bare['toString']).toBe('string');
  });

  it('the handler receives such members as parsed, own data; its override reaches the client unchanged', async () => {
    const { msw, client } = await setup();
    const handler = msw.putThingHandler(({ input }) => own({
      constructor: `for ${String(input['constructor'])}`,
      toString: 'word',
      ['__proto__']: input['hasOwnProperty'],
      valueOf: input['propertyIsEnumerable'],
      hasOwnProperty: input['isPrototypeOf'],
      isPrototypeOf: input['__proto__'],
    }));
    server.use(handler);
    const { $metadata: _metadata, ...output } = await client.putThing(INPUT);
    const received = handler.calls[0]!.input;
    expect(handler.calls[0]!.issues).toEqual([]);
    expect(received['hasOwnProperty']).toEqual(INPUT['hasOwnProperty']);
    expect(received['__proto__']).toEqual(INPUT['__proto__']);
    expect(Object.keys(received['isPrototypeOf'] as object)).toEqual(['constructor', '__proto__']);
    expect(plainThroughout(received)).toBe(true);
    expect(output['constructor']).toBe('for thing');
    expect(output['__proto__']).toEqual(INPUT['hasOwnProperty']);
    expect(output['valueOf']).toEqual(INPUT['propertyIsEnumerable']);
    expect(output['isPrototypeOf']).toEqual(INPUT['__proto__']);
    expect(Object.keys(output['hasOwnProperty'] as object)).toEqual(['constructor', '__proto__']);
    expect(plainThroughout(output)).toBe(true);
  });

  it('a modeled error with such members reaches the client: $members holds them, the error still prints', async () => {
    const { msw, client, clientModule } = await setup();
    server.use(msw.putThingHandler(msw.errors.HostileError(own({ message: 'nope', constructor: 'word', toString: 'ts', valueOf: 2, ['__proto__']: nested('err') })) as Value));
    const error = (await client.putThing({ constructor: 'x' }).catch((e: unknown) => e)) as Error & { $members: Value };
    expect(error).toBeInstanceOf(clientModule['HostileError'] as new () => Error);
    expect(error.$members['constructor']).toBe('word');
    expect(error.$members['toString']).toBe('ts');
    expect(error.$members['valueOf']).toBe(2);
    expect(error.$members['__proto__']).toEqual(nested('err'));
    expect(String(error)).toBe('HostileError: nope');
    expect(error.constructor).toBe(clientModule['HostileError']);
    server.use(msw.putThingHandler(msw.errors.NotFound() as Value));
    const notFound = (await client.putThing({ constructor: 'x' }).catch((e: unknown) => e)) as Error & { $members: Value };
    expect(typeof notFound.$members['constructor']).toBe('string');
  });

  it('paginates over @paginated(inputToken: "constructor", outputToken: "__proto__.constructor", items: "toString")', async () => {
    const { msw, client, clientModule } = await setup();
    server.use(...(msw.handlers as Parameters<typeof server.use>));
    const pages: Value[] = [];
    for await (const page of clientModule.paginateListThings(client, {})) pages.push(page);
    expect(pages).toHaveLength(3);
    expect(pages.map((p) => (p['toString'] as unknown[]).length)).toEqual([2, 2, 1]);
    expect(typeof (pages[0]!['__proto__'] as Value)['constructor']).toBe('string');
    const items: Value[] = [];
    for await (const item of clientModule.paginateListThings(client, {}).items()) items.push(item);
    expect(items).toHaveLength(5);
    expect(items.every((item) => typeof item['constructor'] === 'string' && plainThroughout(item))).toBe(true);
  });
});
