/**
 * `anvil add <model…>`: add a service to a repository set up by `anvil init`.
 * The model files are copied into `<modelsDir>/<service>/` (unless they are
 * already inside the repository, so Turborepo can hash them), the service is
 * appended to `anvil.config.json` (Anvil's own file, edited in place), and its
 * packages (or, in the app layout, modules) are generated into
 * `<outDir>/<service>`.
 * @packageDocumentation
 */
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { loadModelFiles } from '@anvil/smithy-model';
import { findConfig, readConfig, type AnvilConfig, type ServiceConfig } from '../config.js';
import { generate, type GenerateResult } from '../generate.js';
import { resolveServiceNames } from '../resolve/index.js';
import { serviceJob } from '../watch.js';
import { applyChanges, change, type FileChange } from './file-change.js';
import { setJsonValue } from './json-edit.js';

/** Options of {@link addService}. */
export interface AddOptions {
  /** A directory inside the repository (the config is found at or above it). */
  readonly cwd: string;
  /** Model files or directories (every `*.json` inside). */
  readonly models: readonly string[];
  /** Short service name (default: from the model). */
  readonly name?: string;
  /** Service shape id, when the model has several services. */
  readonly service?: string;
}

/** What {@link addService} did. */
export interface AddResult {
  readonly config: AnvilConfig;
  /** The configured service (absolute paths). */
  readonly service: ServiceConfig;
  /** The `anvil.config.json` change (undefined when the service was already configured). */
  readonly configChange: FileChange | undefined;
  /** Model files copied into the repository (absolute destination paths). */
  readonly copied: readonly string[];
  readonly generated: GenerateResult;
}

function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return !rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('node_modules');
}

function posixRelative(from: string, to: string): string {
  return relative(from, to).split(sep).join('/');
}

/** Copy model files (a directory: its `*.json` and `*.smithy` files) outside the repository into `dir`. */
function placeModels(models: readonly string[], root: string, dir: string): { paths: string[]; copied: string[] } {
  const paths: string[] = [];
  const copied: string[] = [];
  for (const m of models.map((p) => resolve(p))) {
    if (isInside(root, m)) {
      paths.push(m);
      continue;
    }
    if (statSync(m).isDirectory()) {
      for (const f of readdirSync(m).filter((n) => n.endsWith('.json') || n.endsWith('.smithy')).sort()) {
        cpSync(join(m, f), join(dir, f));
        copied.push(join(dir, f));
      }
      paths.push(dir);
    } else {
      const to = join(dir, basename(m));
      cpSync(m, to);
      copied.push(to);
      paths.push(to);
    }
  }
  return { paths, copied };
}

/**
 * Add one service and generate it.
 * @throws Error when no `anvil.config.json` is found (run `anvil init`); ModelError (from the loader)
 *   naming file, shape id and JSON path when the model does not load — nothing is copied or written then
 */
export function addService(options: AddOptions): AddResult {
  const config = findConfig(options.cwd);
  const root = dirname(config.file);
  const model = loadModelFiles(options.models.map((m) => resolve(options.cwd, m)));
  const slug = resolveServiceNames(model, { ...(options.service ? { serviceId: options.service } : {}), ...(options.name ? { slug: options.name } : {}) }).slug;
  const out = join(config.outDir, slug);
  const existing = config.services.find((s) => resolve(s.out) === out);
  let configChange: FileChange | undefined;
  let copied: string[] = [];
  if (!existing) {
    const placed = placeModels(options.models.map((m) => resolve(options.cwd, m)), root, join(config.modelsDir, slug));
    copied = placed.copied;
    const entry = {
      models: placed.paths.map((p) => posixRelative(root, p)),
      out: posixRelative(root, out),
      ...(options.service ? { service: options.service } : {}),
      ...(options.name ? { name: options.name } : {}),
      ...(config.layout === 'app' ? { layout: 'app' } : {}),
    };
    const before = readFileSync(config.file, 'utf8');
    configChange = change(config.file, before, setJsonValue(before, ['services', -1], entry), `add the ${slug} service`);
    // anvil.config.json is Anvil's own file: `add` extends it without --force.
    if (configChange) applyChanges([configChange], true);
  }
  const updated = readConfig(config.file);
  const service = updated.services.find((s) => resolve(s.out) === out)!;
  return { config: updated, service, configChange, copied, generated: generate(serviceJob(service)) };
}
