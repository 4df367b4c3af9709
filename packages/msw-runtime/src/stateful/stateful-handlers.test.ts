/**
 * Stateful handlers over msw: an unchanged item answers the same bytes on every read (the handler
 * reuses the response it serialised for the item), and every change of the item — a read-count
 * transition, an instance operation's `set`, a removal — shows in the very next answer.
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DisconnectSourceServer$, DrsService$, RetryDataReplication$, SourceServer$, SourceServerID$ } from '../__fixtures__/generated/drs/schemas.js';
import { unhandledRequests } from '../unhandled-requests.js';
import type { ResourceTable } from './resource-table.js';
import { statefulHandlersFor } from './stateful-handlers.js';
import { createStore } from './store.js';

const ENDPOINT = 'https://drs.us-east-1.amazonaws.com';

const table: ResourceTable = {
  service: DrsService$,
  resources: {
    SourceServer: {
      identifiers: { sourceServerID: SourceServerID$ },
      item: SourceServer$,
      operations: [
        { operation: RetryDataReplication$, kind: 'instance' },
        { operation: DisconnectSourceServer$, kind: 'instance', set: { 'dataReplicationInfo.dataReplicationState': 'DISCONNECTED' } },
      ],
      transitions: [{ member: 'lastLaunchResult', states: ['PENDING', 'SUCCEEDED', 'FAILED'], after: { reads: 2 } }],
    },
  },
};

const store = createStore(table, { seed: 'reuse' });
const server = setupServer(...statefulHandlersFor(DrsService$, { RetryDataReplication: RetryDataReplication$, DisconnectSourceServer: DisconnectSourceServer$ }, store));
beforeAll(() => server.listen(unhandledRequests('error')));
afterAll(() => server.close());

async function call(operation: string, sourceServerID: string): Promise<{ status: number; text: string; body: Record<string, unknown> }> {
  const response = await fetch(`${ENDPOINT}/${operation}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sourceServerID }) });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as Record<string, unknown> };
}

describe('stateful handlers answer the current item', () => {
  it('same item, same bytes; transitions, set and removal show in the next answer', async () => {
    const [seeded] = store.seed('SourceServer', [{ tags: { team: 'dr' } }]);
    const id = String(seeded?.sourceServerID);
    const reads = [];
    for (let i = 0; i < 5; i++) reads.push(await call('RetryDataReplication', id));
    expect(reads.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(reads.map((r) => r.body['lastLaunchResult'])).toEqual(['PENDING', 'PENDING', 'SUCCEEDED', 'SUCCEEDED', 'FAILED']);
    expect(reads[1]?.text).toBe(reads[0]?.text);
    expect(reads[3]?.text).toBe(reads[2]?.text);
    expect(reads[2]?.text).not.toBe(reads[1]?.text);
    expect(reads[0]?.body).toMatchObject({ sourceServerID: id, tags: { team: 'dr' } });

    const before = (reads[4]?.body['dataReplicationInfo'] as Record<string, unknown> | undefined)?.['dataReplicationState'];
    expect(before).not.toBe('DISCONNECTED');
    const disconnected = await call('DisconnectSourceServer', id);
    expect(disconnected.body['dataReplicationInfo']).toMatchObject({ dataReplicationState: 'DISCONNECTED' });
    const after = await call('RetryDataReplication', id);
    expect(after.body['dataReplicationInfo']).toMatchObject({ dataReplicationState: 'DISCONNECTED' });
    expect(store.get('SourceServer', id)?.['dataReplicationInfo']).toMatchObject({ dataReplicationState: 'DISCONNECTED' });

    expect(store.remove('SourceServer', id)).toBe(true);
    const gone = await call('RetryDataReplication', id);
    expect(gone.status).toBe(404);
    expect(gone.body['message']).toContain(id);
  });
});
