/**
 * Services of the shared AWS model corpus, generated at test time: `generate()` writes the types, client
 * and msw packages of a corpus model into `packages/integration-tests/.tmp/` (git-ignored), links them as
 * `@anvil-gen/<name>-*` next to it (their `exports` pointed at the TypeScript sources, which vitest
 * compiles), and the test imports them as a user's project would.
 *
 * The corpus comes from `$ANVIL_SHARED` (default `<repo>/../shared`): without it the tests using this
 * module are skipped with a message, and fail under `CI=true`.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate } from '@anvil/generator';

const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = resolve(PACKAGE_DIR, '../..');
const SHARED = resolve(process.env['ANVIL_SHARED'] ?? join(ROOT, '..', 'shared'));
const CORPUS = join(SHARED, 'models', 'api-models-aws-2026-04');

/**
 * Is the model corpus there? Logs why tests are skipped when it is not.
 * @throws Error when it is missing and `CI` is set
 */
export function corpusPresent(label: string): boolean {
  if (existsSync(CORPUS)) return true;
  const message = `${label}: shared model corpus not found at ${CORPUS} (set ANVIL_SHARED)`;
  if (process.env['CI']) throw new Error(message);
  console.warn(`[skip] ${message}`);
  return false;
}

/** The newest model file of a corpus service (`<svc>/service/<version>/<svc>-<version>.json`). */
export function corpusModel(service: string): string {
  const dir = join(CORPUS, service, 'service');
  const version = readdirSync(dir).sort().at(-1)!;
  return join(dir, version, readdirSync(join(dir, version)).find((f) => f.endsWith('.json'))!);
}

/** The three generated packages of one service, loaded. */
export interface GeneratedPackages {
  readonly types: Record<string, unknown>;
  readonly client: Record<string, unknown>;
  readonly msw: Record<string, unknown>;
}

/** A temporary directory of generated services; `dispose()` removes it. */
export interface GeneratedWorkspace {
  /** Generate `service` of the corpus as `@anvil-gen/<name>-{types,client,msw}` and import the three packages. */
  load(service: string, name: string): Promise<GeneratedPackages>;
  dispose(): void;
}

/** Create the workspace under `packages/integration-tests/.tmp/`. */
export function generatedWorkspace(): GeneratedWorkspace {
  const tmp = join(PACKAGE_DIR, '.tmp');
  mkdirSync(tmp, { recursive: true });
  const root = mkdtempSync(join(tmp, 'corpus-'));
  const scope = join(root, 'node_modules', '@anvil-gen');
  mkdirSync(scope, { recursive: true });
  return {
    async load(service, name) {
      const out = join(root, name);
      generate({ models: [corpusModel(service)], out, name });
      const loaded: Record<string, Record<string, unknown>> = {};
      for (const kind of ['types', 'client', 'msw'] as const) {
        const dir = join(out, kind);
        const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { exports: Record<string, Record<string, string>> };
        manifest.exports['.'] = { '@anvil/source': './src/index.ts', ...manifest.exports['.'] };
        writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
        symlinkSync(dir, join(scope, `${name}-${kind}`), 'dir');
      }
      for (const kind of ['types', 'client', 'msw'] as const) {
        loaded[kind] = (await import(pathToFileURL(join(out, kind, 'src', 'index.ts')).href)) as Record<string, unknown>;
      }
      return { types: loaded['types']!, client: loaded['client']!, msw: loaded['msw']! };
    },
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
