/**
 * Stateful mocks from the model alone (issue #17): five corpus services whose models declare
 * resources — nested ones among them — are generated at test time, and a generic
 * create/put → read → list → delete → read flow runs through a real client against
 * `createStatefulHandlers()`, parents first (the child is created under the parent's identifiers).
 */
import { describe, expect, it } from 'vitest';
import { notFoundSchemaName } from '../src/model-mocks/not-found.js';
import { clientFor, generateMocks, type GeneratedMocks } from '../src/model-mocks/generated-mocks.js';
import { resourceFlow } from '../src/model-mocks/resource-flow.js';
import { useMockSession } from './mock-session.js';
import { corpusModel, locateShared } from '../src/model-mocks/corpus.js';

/** The services and the resource chains tested (parent first), with their protocols. */
export const STATEFUL_SERVICES = [
  { dir: 'verifiedpermissions', protocol: 'awsJson1_0', chain: ['PolicyStore', 'Policy'] },
  { dir: 'amp', protocol: 'restJson1', chain: ['Workspace', 'RuleGroupsNamespace'] },
  { dir: 'accessanalyzer', protocol: 'restJson1', chain: ['Analyzer', 'ArchiveRule'] },
  { dir: 'wisdom', protocol: 'restJson1', chain: ['KnowledgeBase', 'Content'] },
  { dir: 'backup-gateway', protocol: 'awsJson1_0', chain: ['GatewayResource'] },
] as const;

const corpus = locateShared('models/api-models-aws-2026-04');

const session = useMockSession();

describe.skipIf(!corpus)('stateful handlers from the model alone', () => {
  for (const entry of STATEFUL_SERVICES) {
    it(`${entry.dir} (${entry.protocol}): ${entry.chain.join(' → ')}`, async () => {
      const mocks: GeneratedMocks = await generateMocks(corpusModel(corpus ?? '', entry.dir), entry.dir, session.workspace);
      expect(mocks.service.protocol).toBe(entry.protocol);
      const stateful = mocks.stateful;
      if (!stateful) throw new Error(`${entry.dir}: no stateful.ts generated`);
      session.server.resetHandlers(...stateful.createStatefulHandlers());
      const client = clientFor(mocks.service);
      let parentIds: Record<string, unknown> = {};
      const parents: { resource: string; ids: Record<string, unknown> }[] = [];
      for (const [i, resource] of entry.chain.entries()) {
        const spec = stateful.resources.resources[resource];
        expect(spec?.parent).toBe(i === 0 ? undefined : entry.chain[i - 1]);
        if (i < entry.chain.length - 1) {
          // a parent: create it and keep it, so the child is created under it
          const created = stateful.store.seed(resource, 1)[0] as Record<string, unknown>;
          parentIds = Object.fromEntries(Object.keys(spec?.identifiers ?? {}).map((id) => [id, created[id]]).concat(Object.entries(parentIds)));
          parents.push({ resource, ids: parentIds });
          continue;
        }
        const result = await resourceFlow(client, stateful.store, resource, parentIds, entry.dir);
        expect(result.readFound).toBe(true);
        if (result.listed !== undefined) expect(result.listed).toBe(true);
        expect(result.remaining).toBe(0);
        expect(result.readAfterDelete).toBe(notFoundSchemaName(stateful.resources, resource));
        for (const [name, value] of Object.entries(parentIds)) expect(result.ids[name]).toEqual(value);
      }
      // the parents themselves go through the whole flow too
      for (const parent of parents) {
        const result = await resourceFlow(client, stateful.store, parent.resource, {}, `${entry.dir}|parent`);
        expect(result.readFound).toBe(true);
        expect(result.readAfterDelete).toBe(notFoundSchemaName(stateful.resources, parent.resource));
      }
      stateful.store.reset();
    });
  }
});

