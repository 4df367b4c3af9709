/**
 * Mock scenarios shared by the component tests (msw/node) and the mock page (msw service worker):
 * scripted `ConverseStream` answers on top of the generated `handlers`, with a pause before each
 * text delta so the answer visibly grows.
 * @packageDocumentation
 */
import { converseStreamHandler } from '@anvil-gen/bedrock-runtime-msw';
import type { ConverseStreamOutput, TokenUsage } from '@anvil-gen/bedrock-runtime-types';
import { eventStream, type EventStep } from '@anvil/msw-runtime';
import type { HttpHandler } from 'msw';

/** The text deltas of the scripted answer, in order; the answer is their concatenation. */
export const SCRIPTED_DELTAS: readonly string[] = [
  'Event streams ',
  'carry the answer ',
  'one frame at a time, ',
  'so the page ',
  'can show it ',
  'while it is written.',
];

/** Token usage of the scripted answer's `metadata` event. */
export const SCRIPTED_USAGE: TokenUsage = { inputTokens: 12, outputTokens: 27, totalTokens: 39 };

/** Latency (ms) the scripted answer's `metadata` event reports. */
export const SCRIPTED_LATENCY_MS = 640;

/** How many deltas the `throttled` scenario sends before its `throttlingException` event. */
export const THROTTLED_AFTER = 2;

/** Message of the `throttlingException` event of the `throttled` scenario. */
export const THROTTLING_MESSAGE = 'Too many tokens per minute for this model; wait before trying again';

/** Default pause (ms) before each text delta on the mock page (`?delay=` overrides it). */
export const DEFAULT_DELTA_DELAY_MS = 200;

/** Names accepted by {@link scenarioHandlers} (and the mock page's `?scenario=`). */
export const SCENARIOS = ['answer', 'throttled', 'fake'] as const;

/** One of {@link SCENARIOS}. */
export type ScenarioName = (typeof SCENARIOS)[number];

/**
 * The scripted answer's event stream: `messageStart`, a pause and a `contentBlockDelta` per
 * {@link SCRIPTED_DELTAS} entry, `contentBlockStop`, `messageStop` (`end_turn`) and `metadata`
 * ({@link SCRIPTED_USAGE}, {@link SCRIPTED_LATENCY_MS}).
 * @param deltaDelayMs pause before each delta (ms); 0 for none
 * @returns the steps, for the `stream` member of a `converseStreamHandler` override
 */
export function scriptedAnswer(deltaDelayMs: number): EventStep<ConverseStreamOutput>[] {
  return [
    { messageStart: { role: 'assistant' } },
    ...SCRIPTED_DELTAS.flatMap((text) => [eventStream.delay(deltaDelayMs), { contentBlockDelta: { contentBlockIndex: 0, delta: { text } } }]),
    { contentBlockStop: { contentBlockIndex: 0 } },
    { messageStop: { stopReason: 'end_turn' } },
    { metadata: { usage: SCRIPTED_USAGE, metrics: { latencyMs: SCRIPTED_LATENCY_MS } } },
  ];
}

/**
 * The scripted answer cut by a modeled `throttlingException` event ({@link THROTTLING_MESSAGE})
 * after {@link THROTTLED_AFTER} deltas; the client throws `ThrottlingException` from its loop.
 * @param deltaDelayMs pause before each delta and before the exception (ms)
 * @returns the steps
 */
export function throttledAnswer(deltaDelayMs: number): EventStep<ConverseStreamOutput>[] {
  const beforeException = scriptedAnswer(deltaDelayMs).slice(0, 1 + 2 * THROTTLED_AFTER);
  return [...beforeException, eventStream.delay(deltaDelayMs), { throttlingException: { message: THROTTLING_MESSAGE } }];
}

/**
 * The overrides of a scenario, to register with `server.use(...)` / `worker.use(...)` on top of the generated `handlers`:
 * - `answer`: {@link scriptedAnswer};
 * - `throttled`: {@link throttledAnswer};
 * - `fake`: nothing, i.e. the generated, seeded model-true default stream.
 * @param name the scenario
 * @param deltaDelayMs pause before each text delta (ms)
 * @returns the handlers
 */
export function scenarioHandlers(name: ScenarioName, deltaDelayMs: number): HttpHandler[] {
  switch (name) {
    case 'answer':
      return [converseStreamHandler({ stream: scriptedAnswer(deltaDelayMs) })];
    case 'throttled':
      return [converseStreamHandler({ stream: throttledAnswer(deltaDelayMs) })];
    case 'fake':
      return [];
  }
}

/** The mock page's settings, read from its query string. */
export interface MockSettings {
  readonly scenario: ScenarioName;
  /** Pause before each text delta (ms). */
  readonly deltaDelayMs: number;
}

/**
 * Read the mock page's settings.
 * @param search `location.search`, e.g. `?scenario=throttled&delay=100`
 * @returns the scenario (default `answer`) and delay (default {@link DEFAULT_DELTA_DELAY_MS})
 * @throws Error naming the accepted values for an unknown scenario or a delay that is not a whole number ≥ 0
 */
export function parseMockSettings(search: string): MockSettings {
  const params = new URLSearchParams(search);
  const name = params.get('scenario') ?? 'answer';
  const scenario = SCENARIOS.find((known) => known === name);
  if (!scenario) throw new Error(`Unknown ?scenario=${name}; expected one of ${SCENARIOS.join(', ')}`);
  const delay = params.get('delay');
  const deltaDelayMs = delay === null ? DEFAULT_DELTA_DELAY_MS : Number(delay);
  if (!Number.isInteger(deltaDelayMs) || deltaDelayMs < 0) throw new Error(`?delay= must be a whole number of milliseconds >= 0, got ${delay}`);
  return { scenario, deltaDelayMs };
}
