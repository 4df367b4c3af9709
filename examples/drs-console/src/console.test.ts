import { describeSourceServersHandler, errors, handlers, retryDataReplicationHandler } from '@anvil-gen/drs-msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createClient } from './config.js';
import { mountConsole } from './console.js';
import { demoListHandler } from './mock/scenarios.js';
import { FAIL_ON_UNHANDLED } from './mock/unhandled.js';

const server = setupServer(...handlers);
beforeAll(() => server.listen(FAIL_ON_UNHANDLED));
afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
  document.body.replaceChildren();
});
afterAll(() => server.close());

function mount(pageSize: number) {
  const root = document.createElement('div');
  document.body.append(root);
  const handle = mountConsole(root, { client: createClient(), pageSize });
  const get = (testId: string): HTMLElement => {
    const element = root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    if (!element) throw new Error(`no [data-testid="${testId}"] in the console`);
    return element;
  };
  const rows = () => [...root.querySelectorAll<HTMLTableRowElement>('[data-testid="server-row"]')];
  const row = (id: string) => {
    const found = rows().find((r) => r.dataset['serverId'] === id);
    if (!found) throw new Error(`no row for ${id}`);
    const cell = (testId: string) => found.querySelector<HTMLElement>(`[data-testid="${testId}"]`)!;
    return { element: found, retry: cell('retry') as HTMLButtonElement, status: cell('retry-status'), state: cell('replication-state'), badge: cell('deprecated-badge') };
  };
  return { root, handle, get, rows, row, ids: () => rows().map((r) => r.dataset['serverId']) };
}

/** Every page of the generated default answer, fetched directly with the client. */
async function allPages(pageSize: number): Promise<{ ids: Array<string | undefined>; pages: number }> {
  const client = createClient();
  const ids: Array<string | undefined> = [];
  let nextToken: string | undefined;
  let pages = 0;
  do {
    const page = await client.describeSourceServers({ maxResults: pageSize, ...(nextToken ? { nextToken } : {}) });
    ids.push(...(page.items ?? []).map((s) => s.sourceServerID));
    nextToken = page.nextToken;
    pages++;
  } while (nextToken && pages < 50);
  return { ids, pages };
}

describe('source server list', () => {
  it('renders the generated default answer and follows nextToken to the end with "Load more"', async () => {
    const expected = await allPages(2);
    expect(expected.pages).toBeGreaterThan(1);
    expect(expected.pages).toBeLessThan(50);
    const requests: Array<string | undefined> = [];
    server.events.on('request:start', ({ request }) => {
      // POST only: under msw 3, happy-dom's own fetch runs and sends a CORS preflight (OPTIONS) first.
      if (request.method === 'POST' && new URL(request.url).pathname === '/DescribeSourceServers') requests.push(request.headers.get('authorization')?.slice(0, 16));
    });
    const ui = mount(2);
    await ui.handle.idle;
    expect(ui.ids()).toEqual(expected.ids.slice(0, 2));
    expect(ui.get('list-status').textContent).toBe('2 source servers · more available');
    for (let page = 2; page <= expected.pages; page++) {
      expect(ui.get('load-more').hidden).toBe(false);
      ui.get('load-more').click();
      await ui.handle.idle;
    }
    expect(ui.ids()).toEqual(expected.ids);
    expect(ui.ids().every((id) => /^s-[0-9a-zA-Z]{17}$/.test(id ?? ''))).toBe(true);
    expect(ui.get('list-status').textContent).toBe(`${expected.ids.length} source servers`);
    expect(ui.get('load-more').hidden).toBe(true);
    // One SigV4-signed request per page.
    expect(requests).toEqual(Array.from({ length: expected.pages }, () => 'AWS4-HMAC-SHA256'));
    expect(ui.get('region').textContent).toBe('us-east-1');
  });

  it('renders hostname and replication state of each server', async () => {
    server.use(demoListHandler());
    const ui = mount(10);
    await ui.handle.idle;
    expect(ui.ids()).toEqual(['s-1234567890abcdef0', 's-0a1b2c3d4e5f6a7b8', 's-9f8e7d6c5b4a3f2e1']);
    expect(ui.get('list-status').textContent).toBe('3 source servers');
    expect(ui.get('load-more').hidden).toBe(true);
    const cells = ui.rows().map((r) => [...r.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent));
    expect(cells).toEqual([
      ['s-1234567890abcdef0', 'web-01.example.internal', 'CONTINUOUS'],
      ['s-0a1b2c3d4e5f6a7b8', 'db-primary.example.internal', 'STALLED'],
      ['s-9f8e7d6c5b4a3f2e1', 'batch-07.example.internal', 'DISCONNECTED'],
    ]);
  });

  it('shows a modeled listing error and loads the page again on "Try again"', async () => {
    // UninitializedAccountException is not retried by the client (ThrottlingException would be).
    server.use(
      describeSourceServersHandler(errors.UninitializedAccountException({ message: 'Not initialized' }), { once: true }),
      demoListHandler(),
    );
    const ui = mount(10);
    await ui.handle.idle;
    expect(ui.get('list-status').textContent).toBe('Could not list source servers: UninitializedAccountException: Not initialized');
    expect(ui.get('list-status').className).toBe('status status-error');
    expect(ui.get('load-more').textContent).toBe('Try again');
    expect(ui.rows()).toHaveLength(0);

    ui.get('load-more').click();
    await ui.handle.idle;
    expect(ui.ids()).toEqual(['s-1234567890abcdef0', 's-0a1b2c3d4e5f6a7b8', 's-9f8e7d6c5b4a3f2e1']);
    expect(ui.get('load-more').hidden).toBe(true);
  });
});

describe('retry data replication', () => {
  it('marks the operation as deprecated with the model message', async () => {
    server.use(demoListHandler());
    const ui = mount(10);
    await ui.handle.idle;
    const { badge, retry } = ui.row('s-1234567890abcdef0');
    expect(badge.textContent).toBe('Deprecated');
    expect(badge.title).toBe('WARNING: RetryDataReplication is deprecated');
    expect(retry.getAttribute('aria-describedby')).toBe(badge.id);
    expect(ui.get('deprecation-note').textContent).toBe('Deprecated RetryDataReplication: WARNING: RetryDataReplication is deprecated');
  });

  it('succeeds and shows the returned replication state', async () => {
    const retried: string[] = [];
    server.use(
      demoListHandler(),
      retryDataReplicationHandler(({ input }) => {
        retried.push(input.sourceServerID);
        return { sourceServerID: input.sourceServerID, dataReplicationInfo: { dataReplicationState: 'INITIATING' } };
      }),
    );
    const ui = mount(2);
    await ui.handle.idle;
    const row = ui.row('s-0a1b2c3d4e5f6a7b8');
    row.retry.click();
    expect(row.retry.disabled).toBe(true);
    expect(row.status.textContent).toBe('Retrying…');
    await vi.waitFor(() => expect(row.status.textContent).toBe('Retry requested · replication INITIATING'));
    expect(row.status.className).toBe('status status-success');
    expect(row.state.textContent).toBe('INITIATING');
    expect(row.retry.disabled).toBe(false);
    expect(retried).toEqual(['s-0a1b2c3d4e5f6a7b8']);
    // Only the clicked row changed.
    expect(ui.row('s-1234567890abcdef0').status.textContent).toBe('');
  });

  it("shows the modeled error's message from an error override", async () => {
    server.use(
      demoListHandler(),
      retryDataReplicationHandler(errors.ResourceNotFoundException({ message: 'Source server s-1234567890abcdef0 was deleted' })),
    );
    const ui = mount(2);
    await ui.handle.idle;
    const row = ui.row('s-1234567890abcdef0');
    row.retry.click();
    await vi.waitFor(() => expect(row.status.className).toBe('status status-error'));
    expect(row.status.textContent).toBe('ResourceNotFoundException: Source server s-1234567890abcdef0 was deleted');
    expect(row.state.textContent).toBe('CONTINUOUS');
    expect(row.retry.disabled).toBe(false);
  });
});
