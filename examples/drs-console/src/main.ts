/**
 * Entry of the console page (`index.html`): the real client, configured in `config.ts`.
 * @packageDocumentation
 */
import './styles.css';
import { createClient } from './config.js';
import { mountConsole } from './console.js';

const root = document.querySelector<HTMLElement>('#app');
if (!root) throw new Error('index.html: the #app element is missing');
mountConsole(root, { client: createClient() });
