/**
 * Generation: model files → IR → resolve stage → emitters → files. Everything is computed in
 * memory first, so a bad model or an emitter error leaves the previous output
 * untouched; then only files whose content changed are (atomically) rewritten
 * and files no longer generated are removed from the packages' `src/`.
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { loadModelFiles } from '@anvil/smithy-model';
import { emitSources } from './emit/index.js';
import { emitPackageFiles, type PackageKind } from './emit/package.js';
import { resolveService, type StatefulBindingConfig } from './resolve/index.js';
import { planWrites, applyWrites, type WritePlan } from './write.js';

/** The generated package kinds, in generation order. */
export const ALL_KINDS: readonly PackageKind[] = ['types', 'client', 'msw'];

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
  /** Version range for `@anvil/*` dependencies (default `workspace:*`). */
  readonly runtimeVersion?: string;
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
}

/** Find the Turborepo workspace root (`turbo.json` beside `pnpm-workspace.yaml`) at or above `dir`. */
function findTurboRoot(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, 'turbo.json')) && existsSync(join(d, 'pnpm-workspace.yaml'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

function posix(p: string): string {
  return p.split(sep).join('/');
}

/**
 * Generate the packages for one service.
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
  const root = findTurboRoot(out);
  const kinds = options.only?.length ? options.only : ALL_KINDS;
  const flags = [
    ...(options.service ? [`--service ${options.service}`] : []),
    ...(options.name ? [`--name ${options.name}`] : []),
    ...(options.scope ? [`--scope ${options.scope}`] : []),
  ];
  const files = new Map<string, string>();
  const srcDirs: string[] = [];
  for (const kind of kinds) {
    const dir = join(out, kind);
    const modelPaths = options.models.map((m) => posix(relative(dir, resolve(m))));
    const fromRoot = root ? options.models.map((m) => posix(relative(root, resolve(m)))) : undefined;
    const ctx = {
      modelPaths,
      runtimeVersion: options.runtimeVersion ?? 'workspace:*',
      generateFlags: flags,
      ...(fromRoot ? { turbo: fromRoot.some((p) => p.startsWith('..')) ? ('untracked' as const) : { modelPathsFromRoot: fromRoot } } : {}),
    };
    for (const [name, text] of emitPackageFiles(service, kind, ctx)) files.set(join(dir, name), text);
    for (const [name, text] of emitSources(service, kind)) files.set(join(dir, 'src', name), text);
    srcDirs.push(join(dir, 'src'));
  }
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
  };
}

/** The one-line summary the CLI prints per service. */
export function summaryLine(r: GenerateResult, dryRun = false): string {
  const verb = dryRun ? 'stale' : 'written';
  return `${r.service}: ${r.operations} operations, ${r.shapes} shapes, ${r.files} files (${r.changed.length + r.stale.length} ${verb}), ${r.ms} ms`;
}
