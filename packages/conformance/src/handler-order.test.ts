/**
 * The harness builds each service's handlers list in `serviceClosure(...).operations` order sorted
 * by route specificity (`byRouteSpecificity`); this pins that it is the order of the generated
 * `createHandlers()` / `handlers` array, so the mock cases see the routing users get from
 * `setupServer(...handlers)`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { byRouteSpecificity, generate } from '@anvil/generator';
import { loadModelFiles, serviceClosure } from '@anvil/smithy-model';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkspace } from './services.js';

const op = (uri: string) => ({ type: 'operation', traits: { 'smithy.api#http': { method: 'GET', uri } } });
const MODEL = {
  smithy: '2.0',
  shapes: {
    'ex#Svc': {
      type: 'service',
      version: '2024-01-01',
      operations: [{ target: 'ex#Zeta' }, { target: 'ex#Alpha' }, { target: 'ex#Mid' }],
      resources: [{ target: 'ex#Thing' }],
      traits: { 'aws.protocols#restJson1': {} },
    },
    'ex#Thing': { type: 'resource', operations: [{ target: 'ex#Beta' }] },
    'ex#Zeta': op('/z'),
    'ex#Alpha': op('/a'),
    'ex#Mid': op('/a?all=1'),
    'ex#Beta': op('/b'),
  },
};

describe('handlers order', () => {
  const workspace = createWorkspace();
  afterAll(() => workspace.dispose());

  it('is the closure operation order by route specificity, as in the generated createHandlers()', () => {
    const modelFile = join(workspace.dir, 'model.json');
    writeFileSync(modelFile, JSON.stringify(MODEL));
    const out = join(workspace.dir, 'svc');
    generate({ models: [modelFile], out, only: ['types', 'msw'], name: 'svc' });
    const text = readFileSync(join(out, 'msw', 'src', 'handlers.ts'), 'utf8');
    const body = text.slice(text.indexOf('export function createHandlers'), text.indexOf('export const handlers'));
    const generated = [...body.matchAll(/(\w+)Handler\(undefined, handlerOptions\)/g)].map((m) => m[1]);
    const closure = serviceClosure(loadModelFiles([modelFile]), 'ex#Svc').operations;
    const routed = byRouteSpecificity(closure.map((o) => ({ id: o.id, http: { uri: String((o.traits['smithy.api#http'] as { uri: string }).uri) } })));
    expect(generated).toHaveLength(4);
    expect(generated).toEqual(routed.map(({ id }) => `${id[3]!.toLowerCase()}${id.slice(4)}`));
    expect(generated.indexOf('mid')).toBeLessThan(generated.indexOf('alpha')); // `/a?all=1` before `/a`
  });
});
