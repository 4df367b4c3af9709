/**
 * Stateful DRS mocks (issue #17): the DRS binding in anvil.config.json drives the generated
 * `createStatefulHandlers()`; launch configuration templates go through create → list → update →
 * delete → not-found with our client and with the official @aws-sdk/client-drs 3.523.0, a
 * paginator walks a seeded store, a recovery job advances through its states, and stateless
 * overrides still win.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import {
  CreateLaunchConfigurationTemplateCommand,
  DeleteLaunchConfigurationTemplateCommand,
  DescribeLaunchConfigurationTemplatesCommand,
  DrsClient as AwsDrsClient,
  paginateDescribeLaunchConfigurationTemplates as awsPaginate,
  ResourceNotFoundException as AwsResourceNotFoundException,
  UpdateLaunchConfigurationTemplateCommand,
} from '@aws-sdk/client-drs';
import { validate } from '@anvil/msw-runtime';
import { LaunchConfigurationTemplate$ } from '@anvil-gen/drs-types';
import { DrsClient, paginateDescribeLaunchConfigurationTemplates, ResourceNotFoundException } from '@anvil-gen/drs-client';
import { createStatefulHandlers, describeJobsHandler, errors, store } from '@anvil-gen/drs-msw';
import { CREDENTIALS, REGION } from './capture.js';

const stateful = createStatefulHandlers();
const server = setupServer(...stateful);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  store.reset();
  for (const handler of stateful) handler.calls.length = 0;
});
afterAll(() => server.close());

const ours = new DrsClient({ region: REGION, credentials: CREDENTIALS, deprecationWarnings: false });
const sdk = new AwsDrsClient({ region: REGION, credentials: CREDENTIALS, maxAttempts: 1 });

describe('launch configuration templates, our client', () => {
  it('create → list → update → delete → the deleted template answers ResourceNotFoundException', async () => {
    const created = await ours.createLaunchConfigurationTemplate({ copyTags: true, launchDisposition: 'STOPPED', tags: { team: 'dr' } });
    const template = created.launchConfigurationTemplate;
    const id = template?.launchConfigurationTemplateID ?? '';
    expect(id).toMatch(/^lct-[0-9a-zA-Z]{17}$/);
    expect(template).toMatchObject({ copyTags: true, launchDisposition: 'STOPPED', tags: { team: 'dr' } });
    expect(validate(LaunchConfigurationTemplate$, template)).toEqual([]);

    const listed = await ours.describeLaunchConfigurationTemplates({});
    expect(listed.items?.map((t) => t.launchConfigurationTemplateID)).toEqual([id]);
    expect(listed.items?.[0]).toEqual(template);
    expect(listed.nextToken).toBeUndefined();

    const updated = await ours.updateLaunchConfigurationTemplate({ launchConfigurationTemplateID: id, launchDisposition: 'STARTED' });
    expect(updated.launchConfigurationTemplate).toEqual({ ...template, launchDisposition: 'STARTED' });
    expect(store.get('LaunchConfigurationTemplate', id)?.launchDisposition).toBe('STARTED');

    await ours.deleteLaunchConfigurationTemplate({ launchConfigurationTemplateID: id });
    expect((await ours.describeLaunchConfigurationTemplates({})).items).toEqual([]);
    const error = await ours.updateLaunchConfigurationTemplate({ launchConfigurationTemplateID: id, copyTags: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect((error as ResourceNotFoundException).$metadata.httpStatusCode).toBe(404);
    expect((error as ResourceNotFoundException).resourceId).toBe(id);
    const again = await ours.deleteLaunchConfigurationTemplate({ launchConfigurationTemplateID: id }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ResourceNotFoundException);
  });

  it('a paginator over a seeded store of 250 templates yields exactly 250 distinct items', async () => {
    const seeded = store.seed('LaunchConfigurationTemplate', 250);
    const ids: string[] = [];
    let pages = 0;
    for await (const page of paginateDescribeLaunchConfigurationTemplates(ours, {}, { pageSize: 40 })) {
      pages++;
      for (const item of page.items ?? []) ids.push(item.launchConfigurationTemplateID ?? '');
    }
    expect(pages).toBe(7);
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
    expect(ids).toEqual(seeded.map((t) => t.launchConfigurationTemplateID));
  });

  it('list filters select by identifier (the model allows one ID per request)', async () => {
    const [, b] = store.seed('LaunchConfigurationTemplate', 3);
    const wanted = [b?.launchConfigurationTemplateID ?? ''];
    const out = await ours.describeLaunchConfigurationTemplates({ launchConfigurationTemplateIDs: wanted });
    expect(out.items?.map((t) => t.launchConfigurationTemplateID)).toEqual(wanted);
  });
});

describe('launch configuration templates, official @aws-sdk/client-drs 3.523.0', () => {
  it('create → list → update → delete → ResourceNotFoundException', async () => {
    const created = await sdk.send(new CreateLaunchConfigurationTemplateCommand({ copyPrivateIp: true, tags: { app: 'sdk' } }));
    const id = created.launchConfigurationTemplate?.launchConfigurationTemplateID ?? '';
    expect(id).toMatch(/^lct-[0-9a-zA-Z]{17}$/);
    expect(created.launchConfigurationTemplate?.copyPrivateIp).toBe(true);

    const listed = await sdk.send(new DescribeLaunchConfigurationTemplatesCommand({}));
    expect(listed.items?.map((t) => t.launchConfigurationTemplateID)).toEqual([id]);

    const updated = await sdk.send(new UpdateLaunchConfigurationTemplateCommand({ launchConfigurationTemplateID: id, copyPrivateIp: false }));
    expect(updated.launchConfigurationTemplate?.copyPrivateIp).toBe(false);
    expect(updated.launchConfigurationTemplate?.tags).toEqual({ app: 'sdk' });

    await sdk.send(new DeleteLaunchConfigurationTemplateCommand({ launchConfigurationTemplateID: id }));
    expect((await sdk.send(new DescribeLaunchConfigurationTemplatesCommand({}))).items).toEqual([]);
    const error = await sdk.send(new UpdateLaunchConfigurationTemplateCommand({ launchConfigurationTemplateID: id })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsResourceNotFoundException);
    expect((error as AwsResourceNotFoundException).resourceId).toBe(id);
  });

  it('the SDK paginator over 250 seeded templates yields 250 distinct items', async () => {
    store.seed('LaunchConfigurationTemplate', 250);
    const ids: string[] = [];
    for await (const page of awsPaginate({ client: sdk, pageSize: 25 }, {})) for (const t of page.items ?? []) ids.push(t.launchConfigurationTemplateID ?? '');
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
  });
});

describe('recovery jobs and source servers', () => {
  it('StartRecovery creates a job that advances PENDING → STARTED → COMPLETED as it is read', async () => {
    const [server] = store.seed('SourceServer', [{ dataReplicationInfo: { dataReplicationState: 'CONTINUOUS' } }]);
    const sourceServerID = server?.sourceServerID ?? '';
    const started = await ours.startRecovery({ sourceServers: [{ sourceServerID }] });
    expect(started.job).toMatchObject({ status: 'PENDING', type: 'LAUNCH', initiatedBy: 'START_RECOVERY', participatingServers: [{ sourceServerID }] });
    const states: string[] = [];
    for (let i = 0; i < 4; i++) states.push((await ours.describeJobs({})).items?.[0]?.status ?? '');
    expect(states).toEqual(['PENDING', 'STARTED', 'COMPLETED', 'COMPLETED']);
  });

  it('store.advance steps a job by hand', async () => {
    const [job] = store.seed('Job', [{ status: 'PENDING' }]);
    expect(store.advance('Job', job?.jobID ?? '', 2)).toBe(1);
    expect(store.get('Job', job?.jobID ?? '')?.status).toBe('COMPLETED');
  });

  it('disconnect changes the replication state; delete removes the server from the list', async () => {
    const [a, b] = store.seed('SourceServer', 2);
    const disconnected = await ours.disconnectSourceServer({ sourceServerID: a?.sourceServerID ?? '' });
    expect(disconnected.dataReplicationInfo?.dataReplicationState).toBe('DISCONNECTED');
    await ours.deleteSourceServer({ sourceServerID: b?.sourceServerID ?? '' });
    const listed = await ours.describeSourceServers({});
    expect(listed.items?.map((s) => [s.sourceServerID, s.dataReplicationInfo?.dataReplicationState])).toEqual([[a?.sourceServerID, 'DISCONNECTED']]);
  });

  it('snapshot and restore bring deleted items back', async () => {
    store.seed('SourceServer', 3);
    const snapshot = store.snapshot();
    const first = store.items('SourceServer')[0]?.sourceServerID ?? '';
    await ours.deleteSourceServer({ sourceServerID: first });
    expect(store.items('SourceServer')).toHaveLength(2);
    store.restore(snapshot);
    expect((await ours.describeSourceServers({})).items?.map((s) => s.sourceServerID)[0]).toBe(first);
  });

  it('a per-operation override wins over the stateful handler, and calls are recorded', async () => {
    store.seed('Job', 2);
    const override = describeJobsHandler(errors.UninitializedAccountException({ message: 'not initialized' }));
    server.use(override);
    await expect(ours.describeJobs({})).rejects.toMatchObject({ name: 'UninitializedAccountException', message: 'not initialized' });
    expect(override.calls).toHaveLength(1);
    server.resetHandlers();
    expect((await ours.describeJobs({})).items).toHaveLength(2);
    const recorded = stateful.flatMap((h) => h.calls).filter((c) => new URL(c.request.url).pathname === '/DescribeJobs');
    expect(recorded.map((c) => c.input)).toEqual([{}]);
  });
});
