import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleViteConfig } from '@anvil-examples/browser-harness';
import { defineConfig } from 'vite';

/** See `exampleViteConfig`: `vite` / `vite build` serve the app alone; `vite --mode mock` adds `mock.html` and the msw worker. */
export default defineConfig(exampleViteConfig(dirname(fileURLToPath(import.meta.url))));
