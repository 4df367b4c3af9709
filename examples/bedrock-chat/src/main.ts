/**
 * Entry of the chat page (`index.html`): the real client, configured in `config.ts`.
 * @packageDocumentation
 */
import './styles.css';
import { mountChat } from './chat.js';
import { createClient, modelId } from './config.js';

const root = document.querySelector<HTMLElement>('#app');
if (!root) throw new Error('index.html: the #app element is missing');
mountChat(root, { client: createClient(), modelId: modelId() });
