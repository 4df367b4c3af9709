/**
 * The `anvil diff` command: load both sides, print the report, optionally
 * write the JSON/Markdown files and a changeset, and set the exit status.
 * @packageDocumentation
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Model } from '@anvil/smithy-model';
import { findConfig, type AnvilConfig } from '../config.js';
import type { PackageKind } from '../emit/package.js';
import { resolveServiceNames } from '../resolve/index.js';
import { servicesForFile } from '../watch.js';
import { diffModels } from './index.js';
import { loadSource, sourceLabel, type ModelSource } from './load.js';
import { renderJson, renderMarkdown } from './report.js';
import { renderChangeset } from './semver.js';
import { CHANGE_CLASSES, type ChangeClass, type DiffReport } from './types.js';

/** Flags of `anvil diff`. */
export interface DiffFlags {
  from?: string;
  to?: string;
  json?: string;
  md?: string;
  format?: string;
  /** `true` for the default file name, or a name (without `.md`). */
  changeset?: boolean | string;
  service?: string;
  name?: string;
  scope?: string;
  failOn?: string;
}

function tryConfig(cwd: string): AnvilConfig | undefined {
  try {
    return findConfig(cwd);
  } catch {
    return undefined;
  }
}

function write(file: string, text: string): void {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, text);
}

/**
 * Package names of the generated packages for the new model: `--service`/`--name`/`--scope`
 * win, then the `anvil.config.json` entry listing the model file, then the model's own naming.
 */
function packageNames(model: Model, modelPath: string, flags: DiffFlags, config: AnvilConfig | undefined): { slug: string; names: Record<PackageKind, string> } {
  const entry = config ? servicesForFile(config, modelPath)[0] : undefined;
  const serviceId = flags.service ?? entry?.service;
  const slug = flags.name ?? entry?.name;
  const names = resolveServiceNames(model, { ...(serviceId ? { serviceId } : {}), ...(slug ? { slug } : {}), ...(flags.scope ? { scope: flags.scope } : {}) });
  const kinds: PackageKind[] = ['types', 'client', 'msw'];
  return { slug: names.slug, names: Object.fromEntries(kinds.map((k) => [k, names.packageName(k)])) as Record<PackageKind, string> };
}

function failed(report: DiffReport, failOn: string | undefined): boolean {
  if (!failOn) return false;
  const limit = CHANGE_CLASSES.indexOf(failOn as ChangeClass);
  if (limit < 0 || failOn === 'safe') throw new Error(`--fail-on: expected breaking or dangerous, got "${failOn}"`);
  return CHANGE_CLASSES.slice(0, limit + 1).some((c) => report.counts[c] > 0);
}

/**
 * Run `anvil diff`.
 * @param model the old model file (or the only file, compared across `--from`/`--to`)
 * @param newModel the new model file, if a second file is given
 * @param flags command-line flags
 * @param cwd where to look for `anvil.config.json` (the changeset goes to `.changeset/` beside it, else here)
 * @param out where the report is printed
 * @returns the exit status: 1 when `--fail-on` matches, else 0
 * @throws Error / ModelError naming the file (and revision) when loading fails, or for bad flags
 */
export function runDiff(model: string, newModel: string | undefined, flags: DiffFlags, cwd = process.cwd(), out: (text: string) => void = (t) => void process.stdout.write(t)): number {
  if (!newModel && !flags.from && !flags.to) throw new Error('diff: give two model files, or one file and --from <rev> (and optionally --to <rev>)');
  if (flags.format && flags.format !== 'md' && flags.format !== 'json') throw new Error(`--format: expected md or json, got "${flags.format}"`);
  model = resolve(cwd, model);
  newModel = newModel === undefined ? undefined : resolve(cwd, newModel);
  const from: ModelSource = { paths: [model], ...(flags.from ? { rev: String(flags.from) } : {}) };
  const to: ModelSource = { paths: [newModel ?? model], ...(flags.to ? { rev: String(flags.to) } : {}) };
  const next = loadSource(to);
  const label = (src: ModelSource) => sourceLabel({ ...src, paths: src.paths.map((p) => relative(cwd, p) || '.') });
  const report = diffModels(loadSource(from), next, { from: label(from), to: label(to) });
  const md = renderMarkdown(report);
  const json = renderJson(report);
  out(flags.format === 'json' ? json : md);
  if (flags.json) write(resolve(cwd, flags.json), json);
  if (flags.md) write(resolve(cwd, flags.md), md);
  if (flags.changeset) {
    const config = tryConfig(cwd);
    const { slug, names } = packageNames(next, newModel ?? model, flags, config);
    const text = renderChangeset(report, names);
    const root = config ? dirname(config.file) : cwd;
    const file = join(root, '.changeset', `${typeof flags.changeset === 'string' ? flags.changeset : `anvil-${slug}-model-update`}.md`);
    if (text) {
      write(file, text);
      console.error(`anvil diff: wrote ${file}`);
    } else {
      console.error('anvil diff: no API changes, no changeset written');
    }
  }
  return failed(report, flags.failOn) ? 1 : 0;
}
