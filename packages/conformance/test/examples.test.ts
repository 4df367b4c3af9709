/**
 * The model's examples replay through client ↔ mock (issue #17): a sample of corpus services
 * (JSON protocols, the full corpus runs with `pnpm examples`) is generated at test time; every
 * example valid for its model must come back from the generated handlers as modeled.
 */
import { describe, expect, it } from 'vitest';
import { corpusModel, locateShared } from '../src/model-mocks/corpus.js';
import { replayExamples } from '../src/model-mocks/examples-replay.js';
import { clientFor, generateMocks } from '../src/model-mocks/generated-mocks.js';
import { useMockSession } from './mock-session.js';

/**
 * The sample: services with many examples, restJson1 and awsJson1_0, errors among them, and one
 * service per class of example the mocks once got wrong — with how many examples must pass at least.
 * accessanalyzer: nested members the client fills with their `@default`; amp: an `@httpQueryParams`
 * map beside `@httpQuery` members and a token the mock never issued; lambda: overlapping routes
 * (`?List=ALL`), an `@httpResponseCode` member at its `@default(0)`; sso-oidc: a route with a literal
 * query (`/token?aws_iam=t`); glacier, lambda and s3: examples HTTP cannot carry (header whitespace, empty payload,
 * empty label); s3: members the client fills (flexible checksums, the payload's default `Content-Type`) and a
 * `ContentLength` answered without its body.
 */
const SAMPLE: Readonly<Record<string, number>> = {
  verifiedpermissions: 10,
  mediapackagev2: 10,
  'launch-wizard': 10,
  accessanalyzer: 10,
  amp: 8,
  lambda: 49,
  'sso-oidc': 8,
  glacier: 32,
  s3: 66,
};

/** Valid examples that cannot come back over HTTP as written, by service: operation and why. */
const UNREPLAYABLE: Readonly<Record<string, readonly [string, RegExp]>> = {
  glacier: ['InitiateJob', /x-amz-job-id.*whitespace/],
  lambda: ['Invoke', /empty @httpPayload/],
  s3: ['PutBucketCors', /empty @httpLabel/],
};

const corpus = locateShared('models/api-models-aws-2026-04');
const session = useMockSession();

describe.skipIf(!corpus)('model examples through client ↔ mock', () => {
  for (const [dir, minimum] of Object.entries(SAMPLE)) {
    it(`${dir}: every valid example replays`, async () => {
      const mocks = await generateMocks(corpusModel(corpus ?? '', dir), dir, session.workspace);
      session.server.resetHandlers(...mocks.handlers);
      const results = await replayExamples(mocks, () => clientFor(mocks.service));
      const failed = results.filter((r) => r.outcome.status === 'failed').map((r) => `${r.operation} "${r.title}": ${'why' in r.outcome ? r.outcome.why : ''}`);
      expect(failed).toEqual([]);
      expect(results.filter((r) => r.outcome.status === 'passed').length).toBeGreaterThanOrEqual(minimum);
      for (const r of results) if (r.outcome.status === 'invalid') expect(r.outcome.why).toMatch(/\S/);
      const unreplayable = results.filter((r) => r.outcome.status === 'unreplayable').map((r) => [r.operation, 'why' in r.outcome ? r.outcome.why : '']);
      const expected = UNREPLAYABLE[dir];
      expect(unreplayable).toEqual(expected ? [[expected[0], expect.stringMatching(expected[1])]] : []);
    });
  }
});
