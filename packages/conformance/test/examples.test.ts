/**
 * The model's examples replay through client ↔ mock (issue #17): a sample of corpus services
 * (JSON protocols, the full corpus runs with `pnpm examples`) is generated at test time; every
 * example valid for its model must come back from the generated handlers as modeled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { corpusModel, locateShared } from '../src/model-mocks/corpus.js';
import { replayExamples } from '../src/model-mocks/examples-replay.js';
import { clientFor, generateMocks } from '../src/model-mocks/generated-mocks.js';
import { createWorkspace, type Workspace } from '../src/services.js';

/** The sample: services with many examples, restJson1 and awsJson1_0, errors among them. */
const SAMPLE = ['verifiedpermissions', 'mediapackagev2', 'launch-wizard'] as const;

const corpus = locateShared('models/api-models-aws-2026-04');
let workspace: Workspace;
let server: ReturnType<typeof setupServer>;
beforeAll(() => {
  workspace = createWorkspace();
  server = setupServer();
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => {
  server?.close();
  workspace?.dispose();
});

describe.skipIf(!corpus)('model examples through client ↔ mock', () => {
  for (const dir of SAMPLE) {
    it(`${dir}: every valid example replays`, async () => {
      const mocks = await generateMocks(corpusModel(corpus ?? '', dir), dir, workspace);
      server.resetHandlers(...mocks.handlers);
      const results = await replayExamples(mocks, () => clientFor(mocks.service));
      const failed = results.filter((r) => r.outcome.status === 'failed').map((r) => `${r.operation} "${r.title}": ${'why' in r.outcome ? r.outcome.why : ''}`);
      expect(failed).toEqual([]);
      expect(results.filter((r) => r.outcome.status === 'passed').length).toBeGreaterThan(10);
      for (const r of results) if (r.outcome.status === 'invalid') expect(r.outcome.why).toMatch(/\S/);
    });
  }
});
