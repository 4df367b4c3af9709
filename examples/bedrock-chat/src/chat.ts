/**
 * The chat page: a prompt box and a send button; each answer streams into the transcript delta by
 * delta, then shows its token usage, or the error that ended it (e.g. a `throttlingException` event).
 * @packageDocumentation
 */
import { addAnswerTurn, addUserTurn, renderChat } from './chat-view.js';
import { Conversation, type ConverseStreamClient, type ReplyOutcome } from './conversation.js';

/** Options of {@link mountChat}. */
export interface ChatOptions {
  /** The generated Bedrock Runtime client (see `createClient` in `config.ts`). */
  readonly client: ConverseStreamClient;
  /** The model to talk to (see `modelId` in `config.ts`). */
  readonly modelId: string;
}

/** The page's state, also set as `data-state` on the root: `idle` → `streaming` → `done` or `failed`. */
export type ChatState = 'idle' | 'streaming' | 'done' | 'failed';

/** A mounted chat. */
export interface ChatHandle {
  readonly conversation: Conversation;
  /**
   * Send a prompt as the send button does (ignored while an answer streams).
   * @returns the outcome, or `undefined` when ignored (empty prompt or busy)
   */
  send(prompt: string): Promise<ReplyOutcome | undefined>;
}

/**
 * Render the chat into `root` and wire the send button.
 * @param root the container (its children are replaced; `data-state` is set on it)
 * @param options client and model
 * @returns the handle
 */
export function mountChat(root: HTMLElement, options: ChatOptions): ChatHandle {
  const conversation = new Conversation(options.client, options.modelId);
  const view = renderChat(root, options.modelId);
  let busy = false;
  const setState = (state: ChatState, status: string) => {
    root.dataset['state'] = state;
    view.status.textContent = status;
    view.send.disabled = state === 'streaming';
  };
  setState('idle', '');

  async function send(prompt: string): Promise<ReplyOutcome | undefined> {
    const text = prompt.trim();
    if (!text || busy) return undefined;
    busy = true;
    addUserTurn(view.transcript, text);
    const turn = addAnswerTurn(view.transcript);
    setState('streaming', 'Streaming the answer…');
    const outcome = await conversation.send(text, (delta) => turn.append(delta));
    busy = false;
    if (outcome.ok) {
      turn.finish(outcome);
      setState('done', 'Answer complete');
    } else {
      turn.fail(outcome.error);
      setState('failed', 'The answer stopped with an error');
    }
    return outcome;
  }

  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy || !view.prompt.value.trim()) return;
    const prompt = view.prompt.value;
    view.prompt.value = '';
    void send(prompt);
  });
  return { conversation, send };
}
