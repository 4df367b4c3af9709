/**
 * The Smithy event-stream compliance tests (`smithy.test#eventStreamTests`) of `smithy-idl/main`
 * (`smithy-aws-protocol-tests/model/restJson1/event-stream.smithy`, IDL only), loaded with the IDL
 * loader and run on the client side (our `Client` with `eventStreaming`) and the mock side (the
 * `createHandler` path): header types, payloads, exception and error messages, malformed messages,
 * initial requests and responses, protocol errors before the stream. Counts and expected failures are
 * asserted; skipped only without the shared corpus (failing under CI, see `requireShared`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runEventStreamTests, type EventStreamResult } from '../src/event-streams/run.js';
import type { EventStreamCase } from '../src/event-streams/cases.js';
import { requireShared } from '../src/shared.js';

const main = requireShared('protocol-tests/smithy-idl/main');

/** Cases we fail on purpose, `<side> <id>` → why. */
const EXPECTED_FAILURES: Readonly<Record<string, string>> = {
  'client MissingRequiredInitialResponseOutput':
    'our client applies Smithy client error correction: a @required output member missing from the initial response is filled with its zero value, not an error',
  'client DuplexMissingRequiredInitialResponseOutput': 'as MissingRequiredInitialResponseOutput (client error correction)',
};

const key = (r: { side: string; id: string }) => `${r.side} ${r.id}`;

describe.skipIf(!main)('Smithy main event-stream tests from IDL (restJson1): client and mock sides', () => {
  let cases: EventStreamCase[];
  let results: EventStreamResult[];
  beforeAll(async () => {
    ({ cases, results } = await runEventStreamTests([main!]));
    const passed = results.filter((r) => r.status === 'passed').length;
    console.log(`[conformance] event streams (smithy-idl/main, restJson1): ${passed}/${results.length} side-cases pass`);
  });

  it('finds the 100 tests of the six operations and runs each on the sides it applies to (164 side-cases)', () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(100);
    expect(new Set(cases.map((c) => c.operation))).toEqual(
      new Set(['InputStream', 'OutputStream', 'DuplexStream', 'InputStreamWithInitialRequest', 'OutputStreamWithInitialResponse', 'DuplexStreamWithInitialMessages'].map((n) => `aws.protocoltests.restjson#${n}`)),
    );
    expect(results.map(key)).toEqual(cases.map(key));
    const count = (side: string, status?: string) => results.filter((r) => r.side === side && (status === undefined || r.status === status)).length;
    // [side-cases, passed]
    expect({ client: [count('client'), count('client', 'passed')], mock: [count('mock'), count('mock', 'passed')] }).toEqual({ client: [84, 82], mock: [80, 80] });
  });

  it('fails only the expected cases, each for its reason', () => {
    const failed = results.filter((r) => r.status === 'failed');
    expect(failed.filter((r) => !(key(r) in EXPECTED_FAILURES)).map((r) => `${key(r)}: ${r.reason}`)).toEqual([]);
    expect(Object.keys(EXPECTED_FAILURES).filter((k) => !failed.some((r) => key(r) === k))).toEqual([]);
    for (const r of failed) expect(r.reason).toMatch(/expected a failure, the client read 1 events/);
  });

  it('covers malformed and exception messages on both sides', () => {
    const passed = new Set(results.filter((r) => r.status === 'passed').map(key));
    for (const k of [
      'client ClientErrorOutput', // a modeled exception event: the client throws ErrorEvent
      'client ClientUnexpectedErrorOutput', // an unmodeled error message
      'client MissingMessageTypeOutput',
      'client MalformedEventTypeOutput',
      'client ModeledProtocolError', // a 500 before the stream: ServiceUnavailableError
      'mock ServerErrorInput', // the mock reads an exception event from the client as ErrorEvent
      'mock MissingEventTypeInput',
      'mock MissingRequiredInitialRequestInput', // validation rejects the missing @required header
      'mock ServerErrorOutput', // the mock writes :message-type exception
      'client InitialRequestInput',
      'mock InitialResponseOutput',
    ]) {
      expect(passed).toContain(k);
    }
  });
});
