/**
 * Mocked event streams: steps and controls, the streamed response body, and input events.
 * @packageDocumentation
 */
export { eventStream, isControl, type EventStep, type EventStreamControl, type EventStreamOverride } from './stream-steps.js';
export { defaultEvents, eventStreamResponse, type EventStreamAnswerOptions, type StreamedResponse } from './output-events.js';
export { EventStreamError, inputEvents } from './input-events.js';
