/**
 * DOM of the chat page (plain elements, `data-testid` attributes for tests). Text is always
 * inserted as text nodes, never parsed as HTML.
 * @packageDocumentation
 */
import type { ReplyError, ReplySummary } from './conversation.js';

/** The page's fixed elements. */
export interface ChatElements {
  readonly transcript: HTMLOListElement;
  readonly form: HTMLFormElement;
  readonly prompt: HTMLTextAreaElement;
  readonly send: HTMLButtonElement;
  readonly status: HTMLElement;
}

/** One assistant turn: the answer grows in `answer`; usage or an error are added at the end. */
export interface AnswerTurn {
  readonly element: HTMLLIElement;
  /** Append a text delta (a new text node, so the answer grows visibly while it streams). */
  append(delta: string): void;
  /** Show the token usage, latency and stop reason of a finished answer. */
  finish(summary: ReplySummary): void;
  /** Show the error that ended the answer (the text that arrived before it stays). */
  fail(error: ReplyError): void;
}

/**
 * Build the page inside `root` (replacing its children).
 * @param root the container
 * @param modelId shown in the header
 * @returns the elements the chat updates
 */
export function renderChat(root: HTMLElement, modelId: string): ChatElements {
  const transcript = element('ol', { class: 'transcript', 'data-testid': 'transcript' });
  const prompt = element('textarea', { 'data-testid': 'prompt', name: 'prompt', rows: '3', placeholder: 'Ask something…', 'aria-label': 'Message' });
  const send = element('button', { type: 'submit', 'data-testid': 'send' }, 'Send');
  const form = element('form', { class: 'composer', 'data-testid': 'composer' }, prompt, send);
  const status = element('p', { class: 'status', 'data-testid': 'chat-status', role: 'status' });
  const header = element('header', {}, element('h1', {}, 'Bedrock chat'), element('p', { class: 'model', 'data-testid': 'model' }, `ConverseStream · ${modelId}`));
  root.replaceChildren(element('main', { class: 'chat' }, header, transcript, form, status));
  return { transcript, form, prompt, send, status };
}

/**
 * Add the user's message to the transcript.
 * @param transcript the transcript list
 * @param text the prompt
 */
export function addUserTurn(transcript: HTMLOListElement, text: string): void {
  transcript.append(element('li', { class: 'turn turn-user', 'data-testid': 'user-turn' }, text));
}

/**
 * Add an empty assistant turn to the end of the transcript.
 * @param transcript the transcript list
 * @returns the turn, to fill as the answer streams
 */
export function addAnswerTurn(transcript: HTMLOListElement): AnswerTurn {
  const answer = element('p', { class: 'answer', 'data-testid': 'answer', 'aria-live': 'polite' });
  const turn = element('li', { class: 'turn turn-assistant', 'data-testid': 'answer-turn' }, answer);
  transcript.append(turn);
  return {
    element: turn,
    append: (delta) => answer.append(delta),
    finish: (summary) => turn.append(element('p', { class: 'usage', 'data-testid': 'usage' }, formatSummary(summary))),
    fail: (error) => turn.append(element('p', { class: 'answer-error', 'data-testid': 'answer-error', role: 'alert' }, `${error.name}: ${error.message}`)),
  };
}

/**
 * The usage line of a finished answer.
 * @param summary stop reason, token usage and latency (ms)
 * @returns e.g. `9 input + 4 output = 13 tokens · 120 ms · end_turn`; `no usage reported` without a metadata event
 */
export function formatSummary(summary: ReplySummary): string {
  const parts = [summary.usage ? `${summary.usage.inputTokens} input + ${summary.usage.outputTokens} output = ${summary.usage.totalTokens} tokens` : 'no usage reported'];
  if (summary.latencyMs !== undefined) parts.push(`${summary.latencyMs} ms`);
  if (summary.stopReason) parts.push(summary.stopReason);
  return parts.join(' · ');
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Readonly<Record<string, string>>, ...children: ReadonlyArray<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
