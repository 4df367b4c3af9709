import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CreateLaunchConfigurationTemplate$,
  DeleteLaunchConfigurationTemplate$,
  DescribeJobs$,
  DescribeLaunchConfigurationTemplates$,
  DrsService$,
  Job$,
  JobID$,
  LaunchConfigurationTemplate$,
  LaunchConfigurationTemplateID$,
  UpdateLaunchConfigurationTemplate$,
} from '../__fixtures__/generated/drs/schemas.js';
import { isErrorAnswer } from '../error-answer.js';
import { validate } from '../validate/index.js';
import { answerFromStore } from './lifecycle.js';
import type { OperationBinding, ResourceTable } from './resource-table.js';
import { createStore } from './store.js';
import { stateFromJson, stateToJson } from './store-persistence.js';

const create: OperationBinding = { operation: CreateLaunchConfigurationTemplate$, kind: 'create' };
const list: OperationBinding = { operation: DescribeLaunchConfigurationTemplates$, kind: 'list', filters: { launchConfigurationTemplateIDs: 'launchConfigurationTemplateID' } };
const update: OperationBinding = { operation: UpdateLaunchConfigurationTemplate$, kind: 'update' };
const del: OperationBinding = { operation: DeleteLaunchConfigurationTemplate$, kind: 'delete' };
const jobs: OperationBinding = { operation: DescribeJobs$, kind: 'list' };

const table: ResourceTable = {
  service: DrsService$,
  resources: {
    Template: { identifiers: { launchConfigurationTemplateID: LaunchConfigurationTemplateID$ }, item: LaunchConfigurationTemplate$, operations: [create, list, update, del] },
    Job: {
      identifiers: { jobID: JobID$ },
      item: Job$,
      operations: [jobs],
      transitions: [{ member: 'status', states: ['PENDING', 'STARTED', 'COMPLETED'], after: { ms: 1000 } }],
    },
  },
};

afterEach(() => vi.useRealTimers());

function output(answer: unknown): Record<string, unknown> {
  if (isErrorAnswer(answer) || answer === undefined) throw new Error(`expected an output, got ${JSON.stringify(answer)}`);
  return answer as Record<string, unknown>;
}

describe('MockStore with lifecycle answers', () => {
  it('create stores a model-valid item with a generated identifier; update merges; delete removes; then not-found', () => {
    const store = createStore(table, { seed: 'unit' });
    const created = output(answerFromStore(store, 'Template', create, { copyTags: true, tags: { a: 'b' } }));
    const item = created['launchConfigurationTemplate'] as Record<string, unknown>;
    expect(item['launchConfigurationTemplateID']).toMatch(/^lct-[0-9a-zA-Z]{17}$/);
    expect(item).toMatchObject({ copyTags: true, tags: { a: 'b' } });
    expect(validate(LaunchConfigurationTemplate$, item)).toEqual([]);
    const id = String(item['launchConfigurationTemplateID']);
    const updated = output(answerFromStore(store, 'Template', update, { launchConfigurationTemplateID: id, copyTags: false }));
    expect(updated['launchConfigurationTemplate']).toEqual({ ...item, copyTags: false });
    expect(output(answerFromStore(store, 'Template', del, { launchConfigurationTemplateID: id }))).toEqual({});
    const missing = answerFromStore(store, 'Template', update, { launchConfigurationTemplateID: id });
    expect(isErrorAnswer(missing) && missing.schema.name).toBe('ResourceNotFoundException');
    expect(isErrorAnswer(missing) && missing.members['resourceId']).toBe(id);
  });

  it('list pages follow the store: tokens resolve to the next item, unknown tokens are a validation error', () => {
    const store = createStore(table, { seed: 'unit' });
    const seeded = store.seed('Template', 5).map((t) => t['launchConfigurationTemplateID']);
    const first = output(answerFromStore(store, 'Template', list, { maxResults: 2 }));
    expect((first['items'] as Record<string, unknown>[]).map((t) => t['launchConfigurationTemplateID'])).toEqual(seeded.slice(0, 2));
    expect(first['nextToken']).toMatch(/\S/);
    const second = output(answerFromStore(store, 'Template', list, { maxResults: 2, nextToken: first['nextToken'] }));
    expect((second['items'] as Record<string, unknown>[]).map((t) => t['launchConfigurationTemplateID'])).toEqual(seeded.slice(2, 4));
    const filtered = output(answerFromStore(store, 'Template', list, { launchConfigurationTemplateIDs: [seeded[3]] }));
    expect((filtered['items'] as Record<string, unknown>[]).map((t) => t['launchConfigurationTemplateID'])).toEqual([seeded[3]]);
    const bad = answerFromStore(store, 'Template', list, { nextToken: 'not-issued' });
    expect(isErrorAnswer(bad) && bad.schema.name).toBe('ValidationException');
  });

  it('snapshot/restore and reset', () => {
    const store = createStore(table);
    store.seed('Template', 2);
    const snap = store.snapshot();
    store.reset();
    expect(store.items('Template')).toEqual([]);
    store.restore(snap);
    expect(store.items('Template')).toHaveLength(2);
  });

  it('time-based transitions advance with the clock', () => {
    vi.useFakeTimers({ now: 1_700_000_000_000 });
    const store = createStore(table);
    store.seed('Job', 1);
    const status = () => ((output(answerFromStore(store, 'Job', jobs, {}))['items'] as Record<string, unknown>[])[0] ?? {})['status'];
    expect(status()).toBe('PENDING');
    vi.advanceTimersByTime(1000);
    expect(status()).toBe('STARTED');
    vi.advanceTimersByTime(5000);
    expect(status()).toBe('COMPLETED');
  });

  it('persists to a Web Storage and comes back with Dates intact', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
    const first = createStore(table, { persist: { storage } });
    const [job] = first.seed('Job', 1);
    const second = createStore(table, { persist: { storage } });
    expect(second.items('Job')).toEqual([job]);
    expect(stateFromJson(stateToJson({ at: new Date(5000), bytes: new Uint8Array([1, 2]) }))).toEqual({ at: new Date(5000), bytes: new Uint8Array([1, 2]) });
  });

  it('rejects unknown resources with the table it has', () => {
    const store = createStore(table);
    expect(() => store.seed('Nope' as 'Job', 1)).toThrow(/unknown resource "Nope".*Template, Job/);
  });
});
