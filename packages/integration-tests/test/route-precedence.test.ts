/**
 * Route precedence of generated handlers (Smithy "HTTP binding traits": literal segments before labels,
 * labels before greedy labels), through msw `setupServer` with the real `fetch` and the generated client:
 * the model `fixtures/routes/model.json` has four overlapping GET routes — `/things/count`,
 * `/things/{id}`, `/things/{id}/{rest+}` and `/things/{rest+}` — and every request reaches the most
 * specific operation for EVERY registration order of the four handlers, after a `server.use(...)`
 * prepend of any one of them, and stays unhandled when that operation has no handler.
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HandlerOverride, MockHandler } from '@anvil/msw-runtime';
import { generateFixture } from '../fixtures/msw/generateFixture.js';

const MODEL = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'routes', 'model.json');
const out = generateFixture([MODEL], 'routes');
const load = (kind: string) => import(pathToFileURL(join(out, kind, 'src', 'index.ts')).href);

type Input = Record<string, string>;
type Output = Record<string, unknown>;
type Factory = (override?: HandlerOverride<Input, Output>) => MockHandler<Input>;
interface RoutesMsw {
  countThingsHandler: Factory;
  getThingHandler: Factory;
  getThingPartHandler: Factory;
  getAnyThingHandler: Factory;
}
interface RoutesClient {
  countThings(input?: Input): Promise<Output>;
  getThing(input: Input): Promise<Output>;
  getThingPart(input: Input): Promise<Output>;
  getAnyThing(input: Input): Promise<Output>;
}
const msw = (await load('msw')) as RoutesMsw;
const { RoutesClient } = (await load('client')) as { RoutesClient: new (config: Record<string, unknown>) => RoutesClient };

const OPERATIONS = ['CountThings', 'GetThing', 'GetThingPart', 'GetAnyThing'] as const;
type Operation = (typeof OPERATIONS)[number];

/** Each operation's handler, answering with the operation's name and the labels it parsed (so the test sees who answered). */
const HANDLERS: Record<Operation, () => MockHandler<Input>> = {
  CountThings: () => msw.countThingsHandler(() => ({ count: 7 })),
  GetThing: () => msw.getThingHandler(({ input }) => ({ id: `GetThing:${input['id']}` })),
  GetThingPart: () => msw.getThingPartHandler(({ input }) => ({ id: `GetThingPart:${input['id']}`, rest: input['rest'] })),
  GetAnyThing: () => msw.getAnyThingHandler(({ input }) => ({ rest: `GetAnyThing:${input['rest']}` })),
};

const client = new RoutesClient({
  region: 'us-east-1',
  endpoint: 'https://routes.example.com',
  credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' },
  maxAttempts: 1,
});

/** One client call, the operation whose route is the most specific for its request, and that operation's answer. */
interface Case {
  readonly call: () => Promise<Output>;
  readonly path: string;
  readonly winner: Operation;
  readonly answer: Output;
}
const CASES: readonly Case[] = [
  { call: () => client.countThings({}), path: '/things/count', winner: 'CountThings', answer: { count: 7 } },
  { call: () => client.getThing({ id: 'abc' }), path: '/things/abc', winner: 'GetThing', answer: { id: 'GetThing:abc' } },
  { call: () => client.getThingPart({ id: 'abc', rest: 'x/y' }), path: '/things/abc/x/y', winner: 'GetThingPart', answer: { id: 'GetThingPart:abc', rest: 'x/y' } },
  // `count` is a label value here: `/things/{id}/{rest+}` beats `/things/{rest+}` at the second segment.
  { call: () => client.getThingPart({ id: 'count', rest: 'x' }), path: '/things/count/x', winner: 'GetThingPart', answer: { id: 'GetThingPart:count', rest: 'x' } },
  // An empty second segment: no label can match it, only the greedy label.
  { call: () => client.getAnyThing({ rest: '/x' }), path: '/things//x', winner: 'GetAnyThing', answer: { rest: 'GetAnyThing:/x' } },
];

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

const unhandled = vi.fn<(request: Request) => void>();
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: (request) => unhandled(request) }));
afterEach(() => {
  server.resetHandlers();
  unhandled.mockClear();
});
afterAll(() => {
  server.close();
  rmSync(dirname(out), { recursive: true, force: true });
});

/** Run every case; returns which operation each request reached (by the handlers' recorded calls). */
async function runCases(handlers: Record<Operation, MockHandler<Input>>): Promise<void> {
  for (const c of CASES) {
    const before = Object.fromEntries(OPERATIONS.map((o) => [o, handlers[o].calls.length]));
    const { $metadata: _metadata, ...body } = await c.call();
    expect(body, c.path).toEqual(c.answer);
    const reached = OPERATIONS.filter((o) => handlers[o].calls.length > before[o]!);
    expect(reached, c.path).toEqual([c.winner]);
  }
}

const ORDERS = permutations(OPERATIONS);

describe('route precedence of generated handlers (setupServer, real fetch, generated client)', () => {
  it('covers every registration order of the four routes', () => {
    expect(ORDERS).toHaveLength(24);
    expect(new Set(ORDERS.map((o) => o.join())).size).toBe(24);
  });

  it.each(ORDERS.map((order) => [order.join(' → '), order] as const))('routes each request to the most specific operation: setupServer(%s)', async (_name, order) => {
    const handlers = Object.fromEntries(OPERATIONS.map((o) => [o, HANDLERS[o]()])) as Record<Operation, MockHandler<Input>>;
    server.resetHandlers(...order.map((o) => handlers[o]));
    await runCases(handlers);
    expect(unhandled).not.toHaveBeenCalled();
  });

  it.each(OPERATIONS.flatMap((prepended) => [ORDERS[0]!, ORDERS[23]!].map((order) => [prepended, order.join(' → '), order] as const)))(
    'keeps precedence when server.use(%s) prepends a handler to setupServer(%s)',
    async (prepended, _name, order) => {
      const handlers = Object.fromEntries(OPERATIONS.map((o) => [o, HANDLERS[o]()])) as Record<Operation, MockHandler<Input>>;
      server.resetHandlers(...order.map((o) => HANDLERS[o]()));
      server.use(handlers[prepended]);
      for (const c of CASES) {
        const before = handlers[prepended].calls.length;
        const { $metadata: _metadata, ...body } = await c.call();
        expect(body, c.path).toEqual(c.answer);
        // The prepended handler answers exactly the requests its own route wins.
        expect(handlers[prepended].calls.length - before, c.path).toBe(c.winner === prepended ? 1 : 0);
      }
      expect(unhandled).not.toHaveBeenCalled();
    },
  );

  it('leaves a request unhandled when only a less specific operation has a handler', async () => {
    server.resetHandlers(HANDLERS.GetThing(), HANDLERS.GetAnyThing());
    await expect(client.countThings({})).rejects.toThrow();
    expect(unhandled).toHaveBeenCalledTimes(1);
    expect(new URL(unhandled.mock.calls[0]![0].url).pathname).toBe('/things/count');
    server.resetHandlers(HANDLERS.GetAnyThing());
    await expect(client.getThing({ id: 'abc' })).rejects.toThrow();
    expect(new URL(unhandled.mock.calls[1]![0].url).pathname).toBe('/things/abc');
  });
});
