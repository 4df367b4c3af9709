/**
 * The chat's logic, without DOM: a {@link Conversation} sends the whole conversation to
 * Bedrock Runtime `ConverseStream` and reports each text delta of the answer as it arrives.
 * @packageDocumentation
 */
import type { BedrockRuntimeClient } from '@anvil-gen/bedrock-runtime-client';
import type { ConverseStreamRequest, Message, StopReason, TokenUsage } from '@anvil-gen/bedrock-runtime-types';

/** The `ConverseStream` method of the generated client (a `BedrockRuntimeClient` or a test double of it). */
export type ConverseStreamClient = Pick<BedrockRuntimeClient, 'converseStream'>;

/** What a finished answer reports in its `messageStop` and `metadata` events. */
export interface ReplySummary {
  /** Why the model stopped (`messageStop.stopReason`); absent when no `messageStop` arrived. */
  readonly stopReason?: StopReason;
  /** Token counts (`metadata.usage`); absent when no `metadata` event arrived. */
  readonly usage?: TokenUsage;
  /** Milliseconds from the request to the last event, as the service measured it (`metadata.metrics.latencyMs`). */
  readonly latencyMs?: number;
}

/**
 * How an answer ended. Never a rejection: a failure keeps the text that arrived before it.
 * - `ok: true`: the stream ended normally;
 * - `ok: false`: the call failed or the stream was ended by an exception event (e.g. a modeled
 *   `throttlingException` mid-stream, thrown by the client as `ThrottlingException`).
 */
export type ReplyOutcome =
  | ({ readonly ok: true; readonly text: string } & ReplySummary)
  | { readonly ok: false; readonly text: string; readonly error: ReplyError };

/** A failure as the page shows it. */
export interface ReplyError {
  /** The error's name: the modeled error shape's name (`ThrottlingException`), or the JavaScript error's. */
  readonly name: string;
  readonly message: string;
}

/** Called for each text delta, with the answer's text so far (this delta included). */
export type DeltaListener = (delta: string, textSoFar: string) => void;

/**
 * Stream one answer of `ConverseStream`: text deltas (`contentBlockDelta.delta.text`) go to
 * `onDelta` in order; `messageStop` and `metadata` are summarised; other events are ignored.
 * @param client the generated client
 * @param request the `ConverseStream` input
 * @param onDelta called once per text delta, as it arrives
 * @param abortSignal ends the call and the stream
 * @returns the outcome; never rejects
 */
export async function streamReply(
  client: ConverseStreamClient,
  request: ConverseStreamRequest,
  onDelta: DeltaListener,
  abortSignal?: AbortSignal,
): Promise<ReplyOutcome> {
  let text = '';
  let summary: ReplySummary = {};
  try {
    const out = await client.converseStream(request, abortSignal ? { abortSignal } : undefined);
    for await (const event of out.stream ?? []) {
      const delta = event.contentBlockDelta?.delta.text;
      if (delta !== undefined) {
        text += delta;
        onDelta(delta, text);
      } else if (event.messageStop) {
        summary = { ...summary, stopReason: event.messageStop.stopReason };
      } else if (event.metadata) {
        summary = { ...summary, usage: event.metadata.usage, latencyMs: event.metadata.metrics.latencyMs };
      }
    }
  } catch (error) {
    return { ok: false, text, error: replyError(error) };
  }
  return { ok: true, text, ...summary };
}

/**
 * A conversation with one model: each {@link Conversation.send} sends every earlier turn plus the
 * new prompt, and a successful answer becomes part of the conversation. A failed turn is dropped,
 * so the roles keep alternating (user, assistant, …) as `ConverseStream` requires.
 */
export class Conversation {
  readonly #messages: Message[] = [];

  /**
   * @param client the generated client
   * @param modelId the model or inference profile id
   */
  constructor(
    private readonly client: ConverseStreamClient,
    readonly modelId: string,
  ) {}

  /** The conversation so far (user and assistant messages, oldest first). */
  get messages(): readonly Message[] {
    return this.#messages;
  }

  /**
   * Send a prompt and stream the answer.
   * @param prompt the user's text
   * @param onDelta called once per text delta of the answer
   * @param abortSignal ends the call and the stream
   * @returns the outcome (see {@link streamReply}); never rejects
   */
  async send(prompt: string, onDelta: DeltaListener, abortSignal?: AbortSignal): Promise<ReplyOutcome> {
    const user: Message = { role: 'user', content: [{ text: prompt }] };
    const outcome = await streamReply(this.client, { modelId: this.modelId, messages: [...this.#messages, user] }, onDelta, abortSignal);
    if (outcome.ok) this.#messages.push(user, { role: 'assistant', content: [{ text: outcome.text }] });
    return outcome;
  }
}

/**
 * How a failure is shown.
 * @param error what the client threw
 * @returns its name and message (`String(error)` for a non-`Error`)
 */
export function replyError(error: unknown): ReplyError {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}
