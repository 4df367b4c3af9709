/**
 * Package emitter: `package.json`, `tsconfig.json` and (inside a Turborepo)
 * `turbo.json` for each generated package, so each is a ready workspace package.
 * @packageDocumentation
 */
import { MSW_VERSION, RUNTIME_PACKAGES } from '../manifest.js';
import type { PackageKind } from '../naming/index.js';
import type { ServiceNode } from '../resolve/index.js';

export type { PackageKind };

/** Where a package sits and how its `generate` script reaches the model. */
export interface PackageContext {
  /** Model file paths relative to the package directory (POSIX separators). */
  readonly modelPaths: readonly string[];
  /**
   * Turborepo wiring when the output is inside a Turborepo workspace: the model paths relative
   * to its root (they become the `generate` task's inputs), or `'untracked'` when a model lies
   * outside the workspace — turbo cannot hash it, so `generate` is then never cached.
   */
  readonly turbo?: { readonly modelPathsFromRoot: readonly string[] } | 'untracked';
  /** The package's version (kept from its existing `package.json`, else {@link GENERATED_VERSION}). */
  readonly version: string;
  /** Version range for `@anvil/*` runtime dependencies (`workspace:*` inside the Anvil repo, else `^<CLI version>`). */
  readonly runtimeVersion: string;
  /**
   * Mark the package `private` (never published): packages generated inside Anvil's own repository
   * are examples built against the workspace runtimes.
   */
  readonly private: boolean;
  /** Version range for the service's own types package (`workspace:*`, or its version under npm). */
  readonly siblingVersion: string;
  /** Extra CLI flags the `generate` script must repeat (`--service`, `--name`). */
  readonly generateFlags: readonly string[];
}

/** The version of a newly generated package. */
export const GENERATED_VERSION = '0.1.0';

/**
 * The `tsconfig.json` of every generated package (strict, no unused locals or parameters; also
 * what `pnpm breadth` and the generator's tests check generated code with).
 */
export const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noUncheckedIndexedAccess: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    declaration: true,
    skipLibCheck: true,
    isolatedModules: true,
    verbatimModuleSyntax: true,
    rootDir: 'src',
    outDir: 'dist',
    types: [],
  },
  include: ['src'],
};

/**
 * Per-package turbo tasks, complete in themselves so they do not depend on how the repository's
 * root `turbo.json` defines `generate` (`anvil init` adds it there with `cache: false`, safe for
 * other packages' generate scripts whose outputs Anvil does not know). `generate` runs after the
 * generator and runtimes are built (`^build`), hashes the model files and restores `src/**` on a
 * cache hit. `build` and `typecheck` hash the generate task (they depend on it) plus the package's
 * config files, not `src/**`: turbo hashes a task's files before `generate` rewrites them, so
 * hashing `src/**` would cache a build under the previous sources' hash. Sources are a pure
 * function of the generate hash (hand edits are caught by `anvil drift`). A model outside the
 * workspace cannot be hashed: `generate` then never caches and `build` hashes its sources.
 */
function turboTasks(turbo: NonNullable<PackageContext['turbo']>): Record<string, unknown> {
  const afterGenerate = { dependsOn: ['^build', 'generate'] };
  if (turbo === 'untracked') {
    return { generate: { dependsOn: ['^build'], cache: false }, build: { ...afterGenerate, outputs: ['dist/**'] } };
  }
  const config = ['package.json', 'tsconfig.json'];
  return {
    generate: { dependsOn: ['^build'], cache: true, inputs: turbo.modelPathsFromRoot.map((p) => `$TURBO_ROOT$/${p}`), outputs: ['src/**'] },
    build: { ...afterGenerate, inputs: config, outputs: ['dist/**'] },
    typecheck: { ...afterGenerate, inputs: config },
  };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const DESCRIPTIONS: Record<PackageKind, string> = {
  types: 'TypeScript types and runtime schemas',
  client: 'fetch client',
  msw: 'MSW (Mock Service Worker) handlers',
};

/**
 * Emit the package-level files for one kind.
 * @returns file name (relative to the package directory) → text
 */
export function emitPackageFiles(service: ServiceNode, kind: PackageKind, ctx: PackageContext): Map<string, string> {
  const types = service.names.packageName('types');
  const rt = ctx.runtimeVersion;
  const { runtime, clientRuntime, mswRuntime, msw } = RUNTIME_PACKAGES;
  const deps: Record<PackageKind, Record<string, string>> = {
    types: { [runtime]: rt },
    client: { [types]: ctx.siblingVersion, [clientRuntime]: rt, [runtime]: rt },
    msw: { [types]: ctx.siblingVersion, [mswRuntime]: rt, [runtime]: rt },
  };
  const generate = ['anvil generate', ...ctx.modelPaths, '--out ..', `--only ${kind}`, ...ctx.generateFlags].join(' ');
  const pkg: Record<string, unknown> = {
    name: service.names.packageName(kind),
    version: ctx.version,
    ...(ctx.private ? { private: true } : {}),
    description: `${service.name} ${DESCRIPTIONS[kind]}, generated by Anvil from the Smithy model.`,
    type: 'module',
    sideEffects: false,
    exports: {
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      ...(kind === 'client' ? { './sdk': { types: './dist/sdk/index.d.ts', default: './dist/sdk/index.js' } } : {}),
    },
    files: ['dist'],
    scripts: { generate, build: 'tsc -p tsconfig.json', typecheck: 'tsc -p tsconfig.json --noEmit' },
    dependencies: deps[kind],
    devDependencies: { '@anvil/generator': rt, ...(kind === 'msw' ? { [msw]: MSW_VERSION.dev } : {}) },
    ...(kind === 'msw' ? { peerDependencies: { [msw]: MSW_VERSION.peer } } : {}),
  };
  const files = new Map<string, string>([
    ['package.json', json(pkg)],
    ['tsconfig.json', json(TSCONFIG)],
  ]);
  if (ctx.turbo) files.set('turbo.json', json({ $schema: 'https://turbo.build/schema.json', extends: ['//'], tasks: turboTasks(ctx.turbo) }));
  return files;
}
