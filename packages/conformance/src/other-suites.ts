/**
 * Compliance tests of the model that this harness does not run, listed so that none is dropped
 * silently: `smithy.test#eventStreamTests` (event-stream exchanges; in `smithy-idl/main` only, 100
 * restJson1 cases in `restJson1/event-stream.smithy`). They run in the event-stream harness
 * (`./event-streams/`), not in this HTTP request/response harness.
 *
 * Spec: Smithy "Event stream compliance tests".
 * @packageDocumentation
 */
import type { Model, ShapeId } from '@anvil/smithy-model';

/** The event-stream compliance-test trait. */
export const EVENT_STREAM_TESTS = 'smithy.test#eventStreamTests';

/** Where event streams are covered, for reports. */
export const EVENT_STREAMS_COVERED_BY = 'event streams: run by the event-stream harness (src/event-streams/, test/event-stream-idl.test.ts), not here';

/** One test this harness leaves to another suite. */
export interface OtherSuiteTest {
  readonly trait: string;
  /** The operation carrying the test. */
  readonly shape: ShapeId;
  readonly id: string;
  /** The protocol trait id the test names (`aws.protocols#restJson1`). */
  readonly protocol: string;
}

/**
 * Every `smithy.test#eventStreamTests` entry of the model (mixins left out, as in the inventory).
 * @returns tests in model shape order, then trait order
 */
export function eventStreamTests(model: Model): OtherSuiteTest[] {
  const out: OtherSuiteTest[] = [];
  for (const shape of model.shapes.values()) {
    if (shape.traits['smithy.api#mixin'] !== undefined) continue;
    for (const test of (shape.traits[EVENT_STREAM_TESTS] ?? []) as { id: string; protocol: string }[]) {
      out.push({ trait: EVENT_STREAM_TESTS, shape: shape.id, id: test.id, protocol: test.protocol });
    }
  }
  return out;
}
