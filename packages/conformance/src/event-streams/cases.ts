/**
 * The `smithy.test#eventStreamTests` cases of a model (Smithy "Event stream compliance tests"), one
 * per side they apply to: a case without `appliesTo` runs on the client and on the mock.
 * @packageDocumentation
 */
import type { Model, ShapeId } from '@anvil/smithy-model';
import { EVENT_STREAM_TESTS } from '../other-suites.js';

/** A typed event header value as the tests write it (`{ string: "event" }`, `{ blob: "Zm9v" }` base64, …). */
export type TestHeaderValue = Readonly<Partial<Record<'boolean' | 'byte' | 'short' | 'integer' | 'long' | 'blob' | 'string' | 'timestamp', unknown>>>;

/** One event of a case (`smithy.test#Event`). */
export interface TestEvent {
  /** `request`: an input event (client → service); `response`: an output event. */
  readonly type: 'request' | 'response';
  /** The union value (`{ memberName: { … } }`); absent: an unmodeled message (only `bytes`). */
  readonly params?: Readonly<Record<string, unknown>>;
  readonly headers?: Readonly<Record<string, TestHeaderValue>>;
  readonly forbidHeaders?: readonly string[];
  readonly requireHeaders?: readonly string[];
  /** The expected body (text). */
  readonly body?: string;
  readonly bodyMediaType?: string;
  /** The whole message, base64 (what a reader receives). */
  readonly bytes?: string;
}

/** The initial HTTP request or response of a case (`smithy.test#InitialHttpRequest` / `InitialHttpResponse`). */
export interface InitialHttpMessage {
  readonly method?: string;
  readonly uri?: string;
  readonly code?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly bodyMediaType?: string;
}

/** One `smithy.test#EventStreamTestCase`. */
export interface EventStreamTest {
  readonly id: string;
  readonly protocol: string;
  readonly initialRequestParams?: Readonly<Record<string, unknown>>;
  readonly initialRequest?: InitialHttpMessage;
  readonly initialResponseParams?: Readonly<Record<string, unknown>>;
  readonly initialResponse?: InitialHttpMessage;
  readonly events?: readonly TestEvent[];
  /** Absent or `{ success: {} }`: the exchange succeeds; `{ failure: { errorId? } }`: the reader must fail. */
  readonly expectation?: { readonly success?: unknown; readonly failure?: { readonly errorId?: string } };
  readonly appliesTo?: 'client' | 'server';
  readonly documentation?: string;
}

/** The side a case runs on: our client or our mock. */
export type EventStreamSide = 'client' | 'mock';

/** A case on one side. */
export interface EventStreamCase {
  readonly id: string;
  readonly side: EventStreamSide;
  /** The operation carrying the test. */
  readonly operation: ShapeId;
  readonly test: EventStreamTest;
}

/**
 * Every event-stream case of the model, for one protocol, one entry per side.
 * @param protocol the protocol trait id (`aws.protocols#restJson1`)
 * @returns cases in model shape order, then trait order, client before mock
 */
export function eventStreamCases(model: Model, protocol: string): EventStreamCase[] {
  const out: EventStreamCase[] = [];
  for (const shape of model.shapes.values()) {
    if (shape.traits['smithy.api#mixin'] !== undefined) continue;
    for (const test of (shape.traits[EVENT_STREAM_TESTS] ?? []) as EventStreamTest[]) {
      if (test.protocol !== protocol) continue;
      if (test.appliesTo !== 'server') out.push({ id: test.id, side: 'client', operation: shape.id, test });
      if (test.appliesTo !== 'client') out.push({ id: test.id, side: 'mock', operation: shape.id, test });
    }
  }
  return out;
}

/** The case expects the reader (or writer) to fail. */
export function expectsFailure(test: EventStreamTest): boolean {
  return test.expectation?.failure !== undefined;
}
