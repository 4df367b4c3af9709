import { ThrottlingException } from '@anvil-gen/bedrock-runtime-client';
import { converseStreamHandler, handlers } from '@anvil-gen/bedrock-runtime-msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mountChat } from './chat.js';
import { createClient, DEMO_MODEL_ID } from './config.js';
import { Conversation } from './conversation.js';
import {
  parseMockSettings,
  scenarioHandlers,
  scriptedAnswer,
  SCRIPTED_DELTAS,
  SCRIPTED_LATENCY_MS,
  SCRIPTED_USAGE,
  THROTTLED_AFTER,
  THROTTLING_MESSAGE,
  throttledAnswer,
} from './mock/scenarios.js';

const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  document.body.replaceChildren();
});
afterAll(() => server.close());

const FULL_TEXT = SCRIPTED_DELTAS.join('');
/** The text after each delta: 'a', 'ab', 'abc', … */
const prefixes = (deltas: readonly string[]) => deltas.map((_, i) => deltas.slice(0, i + 1).join(''));

function mount() {
  const root = document.createElement('div');
  document.body.append(root);
  const chat = mountChat(root, { client: createClient(), modelId: DEMO_MODEL_ID });
  const all = (testId: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
  const one = (testId: string) => {
    const found = all(testId).at(-1);
    if (!found) throw new Error(`no [data-testid="${testId}"] in the chat`);
    return found;
  };
  /** Type a prompt and press Send (submits the form as a click would). */
  const submit = (text: string) => {
    (one('prompt') as HTMLTextAreaElement).value = text;
    (one('send') as HTMLButtonElement).click();
  };
  const settled = () => vi.waitFor(() => expect(['done', 'failed']).toContain(root.dataset['state']));
  return { root, chat, all, one, submit, settled };
}

describe('Conversation (chat logic)', () => {
  it('reports each text delta in order with the text so far, then the stop reason and usage', async () => {
    server.use(...scenarioHandlers('answer', 0));
    const seen: Array<[string, string]> = [];
    const outcome = await new Conversation(createClient(), DEMO_MODEL_ID).send('What are event streams?', (delta, soFar) => seen.push([delta, soFar]));
    expect(seen).toEqual(SCRIPTED_DELTAS.map((delta, i) => [delta, prefixes(SCRIPTED_DELTAS)[i]]));
    expect(outcome).toEqual({ ok: true, text: FULL_TEXT, stopReason: 'end_turn', usage: SCRIPTED_USAGE, latencyMs: SCRIPTED_LATENCY_MS });
  });

  it('keeps the text before a mid-stream throttlingException and reports the modeled error', async () => {
    server.use(converseStreamHandler({ stream: throttledAnswer(0) }));
    const conversation = new Conversation(createClient(), DEMO_MODEL_ID);
    const seen: string[] = [];
    const outcome = await conversation.send('Hello', (_, soFar) => seen.push(soFar));
    expect(seen).toEqual(prefixes(SCRIPTED_DELTAS.slice(0, THROTTLED_AFTER)));
    expect(outcome).toEqual({ ok: false, text: SCRIPTED_DELTAS.slice(0, THROTTLED_AFTER).join(''), error: { name: 'ThrottlingException', message: THROTTLING_MESSAGE } });
    // The failed turn is not part of the conversation, so the next request alternates roles again.
    expect(conversation.messages).toEqual([]);
  });

  it('sends every earlier turn with the next prompt', async () => {
    const handler = converseStreamHandler({ stream: scriptedAnswer(0) });
    server.use(handler);
    const conversation = new Conversation(createClient(), DEMO_MODEL_ID);
    await conversation.send('First question', () => {});
    await conversation.send('Second question', () => {});
    expect(handler.calls.map((call) => call.issues)).toEqual([[], []]);
    expect(handler.calls[1]?.input).toEqual({
      modelId: DEMO_MODEL_ID,
      messages: [
        { role: 'user', content: [{ text: 'First question' }] },
        { role: 'assistant', content: [{ text: FULL_TEXT }] },
        { role: 'user', content: [{ text: 'Second question' }] },
      ],
    });
  });

  it('the client itself throws the generated ThrottlingException class from the stream loop', async () => {
    server.use(converseStreamHandler({ stream: throttledAnswer(0) }));
    const out = await createClient().converseStream({ modelId: DEMO_MODEL_ID, messages: [{ role: 'user', content: [{ text: 'Hi' }] }] });
    const loop = async () => {
      for await (const event of out.stream!) void event;
    };
    await expect(loop()).rejects.toBeInstanceOf(ThrottlingException);
  });
});

describe('chat page (happy-dom)', () => {
  it('appends each delta to the answer as it arrives, then shows the usage', async () => {
    server.use(...scenarioHandlers('answer', 0));
    const { root, one, all, submit, settled } = mount();
    const snapshots: string[] = [];
    new MutationObserver(() => {
      const answer = all('answer').at(-1);
      if (answer) snapshots.push(answer.textContent ?? '');
    }).observe(one('transcript'), { childList: true, subtree: true, characterData: true });
    submit('What are event streams?');
    expect(root.dataset['state']).toBe('streaming');
    expect((one('send') as HTMLButtonElement).disabled).toBe(true);
    await settled();
    expect(root.dataset['state']).toBe('done');
    expect(one('user-turn').textContent).toBe('What are event streams?');
    // One text node per delta: the answer grew delta by delta.
    expect([...one('answer').childNodes].map((node) => node.textContent)).toEqual(SCRIPTED_DELTAS);
    expect(one('answer').textContent).toBe(FULL_TEXT);
    expect(snapshots.at(-1)).toBe(FULL_TEXT);
    expect(snapshots.every((text) => FULL_TEXT.startsWith(text))).toBe(true);
    expect(one('usage').textContent).toBe(`12 input + 27 output = 39 tokens · ${SCRIPTED_LATENCY_MS} ms · end_turn`);
    expect(all('answer-error')).toEqual([]);
    expect((one('send') as HTMLButtonElement).disabled).toBe(false);
    expect((one('prompt') as HTMLTextAreaElement).value).toBe('');
  });

  it('shows a mid-stream throttlingException as an error under the partial answer', async () => {
    server.use(...scenarioHandlers('throttled', 0));
    const { root, one, all, submit, settled } = mount();
    submit('Hello');
    await settled();
    expect(root.dataset['state']).toBe('failed');
    expect(one('answer').textContent).toBe(SCRIPTED_DELTAS.slice(0, THROTTLED_AFTER).join(''));
    expect(one('answer-error').textContent).toBe(`ThrottlingException: ${THROTTLING_MESSAGE}`);
    expect(one('answer-error').getAttribute('role')).toBe('alert');
    expect(all('usage')).toEqual([]);
    expect(one('chat-status').textContent).toBe('The answer stopped with an error');
  });

  it('streams the generated default answer when no scenario overrides it (same as the client reads directly)', async () => {
    const direct = await createClient().converseStream({ modelId: DEMO_MODEL_ID, messages: [{ role: 'user', content: [{ text: 'Anything' }] }] });
    const events = [];
    for await (const event of direct.stream!) events.push(event);
    const metadata = events.find((event) => event.metadata)?.metadata;
    expect(metadata).toBeDefined();

    const { root, one, submit, settled } = mount();
    submit('Anything');
    await settled();
    expect(root.dataset['state']).toBe('done');
    expect(one('answer').textContent).toBe(events.map((event) => event.contentBlockDelta?.delta.text ?? '').join(''));
    expect(one('usage').textContent).toMatch(new RegExp(`^${metadata!.usage.inputTokens} input \\+ ${metadata!.usage.outputTokens} output = ${metadata!.usage.totalTokens} tokens · ${metadata!.metrics.latencyMs} ms · [a-z_]+$`));
  });

  it('ignores an empty prompt', async () => {
    const { root, all, submit } = mount();
    submit('   ');
    expect(root.dataset['state']).toBe('idle');
    expect(all('user-turn')).toEqual([]);
  });
});

describe('mock page settings', () => {
  it('reads ?scenario= and ?delay=, with defaults', () => {
    expect(parseMockSettings('')).toEqual({ scenario: 'answer', deltaDelayMs: 200 });
    expect(parseMockSettings('?scenario=throttled&delay=50')).toEqual({ scenario: 'throttled', deltaDelayMs: 50 });
  });

  it('rejects an unknown scenario or a bad delay, naming what is accepted', () => {
    expect(() => parseMockSettings('?scenario=slow')).toThrow('Unknown ?scenario=slow; expected one of answer, throttled, fake');
    expect(() => parseMockSettings('?delay=-5')).toThrow('?delay= must be a whole number of milliseconds >= 0, got -5');
  });
});
