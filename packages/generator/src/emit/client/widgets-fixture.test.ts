/**
 * Client files of the widgets fixture model (bearer + API-key auth, service
 * pagination defaults, a waiter, an unauthenticated operation): emitted text.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generate.js';

const MODEL = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../integration-tests/fixtures/client/widgets.json');
const out = mkdtempSync(join(tmpdir(), 'anvil-client-extras-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
generate({ models: [MODEL], out, only: ['types', 'client'] });
const read = (p: string) => readFileSync(join(out, p), 'utf8');

describe('client emitter extras', () => {
  it('emits auth schemes in @auth order, and per-operation auth / optionalAuth', () => {
    const schemas = read('types/src/schemas.ts');
    expect(schemas).toContain(`auth: [{ type: 'apiKey', name: "X-Api-Key", in: "header" }, { type: 'bearer' }],`);
    expect(schemas).toContain('  http: { method: "GET", uri: "/ping", code: 200 },\n  auth: [],\n  optionalAuth: true,\n};');
  });

  it('emits a paginator per @paginated operation with service defaults merged and a typed item', () => {
    const p = read('client/src/paginators/listWidgets.ts');
    expect(p).toContain('export function paginateListWidgets(client: WidgetsLiteClient, input: shapes.ListWidgetsInput = {}, options?: PaginationOptions): Paginator<shapes.ListWidgetsOutput & MetadataBearer, NonNullable<shapes.ListWidgetsOutput["widgets"]>[number]>');
    expect(p).toContain('return paginate(ListWidgets$, (i: shapes.ListWidgetsInput, o) => listWidgets(client, i, o), input, options);');
    expect(read('client/src/index.ts')).toContain("export { paginateListWidgets } from './paginators/listWidgets.js';");
  });

  it('emits waitUntil<Name> with the acceptors as data', () => {
    const w = read('client/src/waiters/WidgetReady.ts');
    expect(w).toContain('const WidgetReadyWaiter: WaiterDefinition = {"acceptors":[{"state":"success","matcher":{"output":{"path":"status","expected":"READY","comparator":"stringEquals"}}},{"state":"failure","matcher":{"errorType":"NotFound"}}],"minDelay":1};');
    expect(w).toContain('export function waitUntilWidgetReady(client: WidgetsLiteClient, input: shapes.GetWidgetInput, options: WaiterOptions): Promise<WaiterResult<shapes.Widget>>');
    expect(read('client/src/index.ts')).toContain("export { waitUntilWidgetReady } from './waiters/WidgetReady.js';");
  });

  it('passes the protocol codec in the binding and no rule set when the model has none', () => {
    const lite = read('client/src/lite-client.ts');
    expect(lite).toContain("import { restJson1Client } from '@anvil/runtime';");
    expect(lite).toContain('super({ service: WidgetsService$, baseException: WidgetsServiceException, codec: restJson1Client, redact: false, defaultEndpoint: resolveEndpoint, authSchemes: [bearerAuth, apiKeyAuth] }, config);');
    expect(lite).not.toContain('endpointRuleSet');
  });
});
