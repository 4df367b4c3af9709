/**
 * Generation: model files → IR → resolve stage → emitters → files. Everything is computed in
 * memory first, so a bad model or an emitter error leaves the previous output
 * untouched; then only files whose content changed are (atomically) rewritten
 * and files no longer generated are removed from the packages' `src/`.
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { loadModelFiles } from '@anvil/smithy-model';
import { emitSources } from './emit/index.js';
import { emitPackageFiles, GENERATED_VERSION, type PackageKind } from './emit/package.js';
import { appLayoutSpecifier, relocateImports } from './files/relocate.js';
import { resolveService, type ServiceNode } from './resolve/index.js';
import { detectPackageManager, findTurboRoot, findWorkspaceRoot, siblingRange } from './workspace/detect.js';
import { defaultRuntimeVersion } from './workspace/runtime-version.js';
import type { StatefulBindingConfig } from './resolve/index.js';
import { patternWarnings } from './resolve/pattern-warnings.js';
import { planWrites, applyWrites, type WritePlan } from './write.js';

/** The generated package kinds, in generation order. */
export const ALL_KINDS: readonly PackageKind[] = ['types', 'client', 'msw'];

/**
 * Where generated code goes: `packages` writes three workspace packages
 * (`<out>/{types,client,msw}` with `package.json`, `src/`); `app` writes plain modules
 * (`<out>/{types,client,msw}/*.ts`, relative imports between them, no `package.json`) for
 * an application that is not a monorepo.
 */
export type Layout = 'packages' | 'app';

/** The layouts, for option parsing. */
export const LAYOUTS: readonly Layout[] = ['packages', 'app'];

/** Options of one generation run. */
export interface GenerateOptions {
  /** Model files or directories (every `*.json` inside), merged into one model. */
  readonly models: readonly string[];
  /** Output directory; packages go to `<out>/types`, `<out>/client`, `<out>/msw`. */
  readonly out: string;
  /** Which packages to write (default: all three). */
  readonly only?: readonly PackageKind[];
  /** Service shape id when the model has several services. */
  readonly service?: string;
  /** Short service name used in package names (default: from `aws.api#service` sdkId or the service name). */
  readonly name?: string;
  /** npm scope of generated packages, without `@` (default `anvil-gen`). */
  readonly scope?: string;
  /**
   * Version range for `@anvil/*` dependencies (default: `workspace:*` inside Anvil's own repository,
   * else `^<CLI version>`).
   */
  readonly runtimeVersion?: string;
  /** Packages (default) or plain application modules. */
  readonly layout?: Layout;
  /** The service's stateful binding (`anvil.config.json` `services[].stateful`). */
  readonly stateful?: StatefulBindingConfig;
  /** Compute and compare only; write nothing (used by the drift check). */
  readonly dryRun?: boolean;
}

/** What one run did. */
export interface GenerateResult {
  /** Short service name (`drs`). */
  readonly service: string;
  readonly operations: number;
  /** Named shapes emitted (closure minus prelude). */
  readonly shapes: number;
  /** Files generated (all kinds written this run). */
  readonly files: number;
  /** Files whose content differs from what is on disk (written unless `dryRun`). */
  readonly changed: readonly string[];
  /** Files under the packages' `src/` that are no longer generated (deleted unless `dryRun`). */
  readonly stale: readonly string[];
  /** Wall time of the run in ms. */
  readonly ms: number;
  /**
   * What the generated mocks cannot honour, one message each (a `@pattern` with no ECMAScript form,
   * naming the shape id and the pattern); the CLI prints them to stderr.
   */
  readonly warnings: readonly string[];
}

function posix(p: string): string {
  return p.split(sep).join('/');
}

/** The version a generated package keeps: the one in its `package.json` (a release may have bumped it), else the first. */
function currentVersion(dir: string): string {
  try {
    const v = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: unknown }).version;
    return typeof v === 'string' && v ? v : GENERATED_VERSION;
  } catch {
    return GENERATED_VERSION;
  }
}

/** `packages` layout: `<out>/<kind>/{package.json,tsconfig.json,turbo.json?,src/**}`. */
function packageFiles(service: ServiceNode, out: string, kinds: readonly PackageKind[], options: GenerateOptions): Map<string, string> {
  const root = findTurboRoot(out);
  const workspace = findWorkspaceRoot(out);
  const flags = [
    ...(options.service ? [`--service ${options.service}`] : []),
    ...(options.name ? [`--name ${options.name}`] : []),
    ...(options.scope ? [`--scope ${options.scope}`] : []),
    ...(options.runtimeVersion ? [`--runtime-version ${options.runtimeVersion}`] : []),
  ];
  const typesVersion = currentVersion(join(out, 'types'));
  const runtimeVersion = options.runtimeVersion ?? defaultRuntimeVersion(out);
  const files = new Map<string, string>();
  for (const kind of kinds) {
    const dir = join(out, kind);
    const modelPaths = options.models.map((m) => posix(relative(dir, resolve(m))));
    const fromRoot = root ? options.models.map((m) => posix(relative(root, resolve(m)))) : undefined;
    const ctx = {
      modelPaths,
      version: currentVersion(dir),
      runtimeVersion,
      private: runtimeVersion.startsWith('workspace:'),
      siblingVersion: siblingRange(workspace ? detectPackageManager(workspace) : undefined, typesVersion),
      generateFlags: flags,
      ...(fromRoot ? { turbo: fromRoot.some((p) => p.startsWith('..')) ? ('untracked' as const) : { modelPathsFromRoot: fromRoot } } : {}),
    };
    for (const [name, text] of emitPackageFiles(service, kind, ctx)) files.set(join(dir, name), text);
    for (const [name, text] of emitSources(service, kind)) files.set(join(dir, 'src', name), text);
  }
  return files;
}

/** `app` layout: `<out>/<kind>/**.ts`; client and msw modules import the types through relative paths. */
function appFiles(service: ServiceNode, out: string, kinds: readonly PackageKind[]): Map<string, string> {
  const types = service.names.packageName('types');
  const files = new Map<string, string>();
  for (const kind of kinds) {
    for (const [name, text] of emitSources(service, kind)) {
      const file = `${kind}/${name}`;
      files.set(join(out, kind, name), kind === 'types' ? text : relocateImports(text, appLayoutSpecifier(types, file)));
    }
  }
  return files;
}

/**
 * Generate the packages (or, with `layout: 'app'`, the modules) for one service.
 * @throws ModelError (from `@anvil/smithy-model`) naming file, shape id and JSON path for bad models;
 *   nothing is written in that case
 */
export function generate(options: GenerateOptions): GenerateResult {
  const start = performance.now();
  const model = loadModelFiles(options.models);
  const service = resolveService(model, {
    ...(options.service ? { serviceId: options.service } : {}),
    ...(options.name ? { slug: options.name } : {}),
    ...(options.scope ? { scope: options.scope } : {}),
    ...(options.stateful ? { stateful: options.stateful } : {}),
  });
  const out = resolve(options.out);
  const kinds = options.only?.length ? options.only : ALL_KINDS;
  const files = options.layout === 'app' ? appFiles(service, out, kinds) : packageFiles(service, out, kinds, options);
  const srcDirs = kinds.map((kind) => (options.layout === 'app' ? join(out, kind) : join(out, kind, 'src')));
  const plan: WritePlan = planWrites(files, srcDirs);
  if (!options.dryRun) applyWrites(plan);
  return {
    service: service.names.slug,
    operations: service.operations.length,
    shapes: service.shapes.length,
    files: files.size,
    changed: plan.changed,
    stale: plan.stale,
    ms: Math.round(performance.now() - start),
    warnings: patternWarnings(service),
  };
}

/** The one-line summary the CLI prints per service. */
export function summaryLine(r: GenerateResult, dryRun = false): string {
  const verb = dryRun ? 'stale' : 'written';
  return `${r.service}: ${r.operations} operations, ${r.shapes} shapes, ${r.files} files (${r.changed.length + r.stale.length} ${verb}), ${r.ms} ms`;
}
