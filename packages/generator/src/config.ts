/**
 * `anvil.config.json`: the services a repository generates, so `anvil generate`
 * and `anvil drift` need no arguments.
 *
 * ```json
 * {
 *   "modelsDir": "models",
 *   "outDir": "packages/generated",
 *   "services": [{ "models": ["models/drs/drs.json"], "out": "packages/generated/drs" }]
 * }
 * ```
 * Paths are relative to the config file. `modelsDir`, `outDir` and `layout` are where
 * `anvil add` puts a new service's model and output (written by `anvil init`).
 * @packageDocumentation
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LAYOUTS, type Layout } from './generate.js';
import type { StatefulBindingConfig } from './resolve/resource-bindings.js';

/** One service to generate. */
export interface ServiceConfig {
  /** Model files or directories, absolute after loading. */
  readonly models: string[];
  /** Output directory, absolute after loading. */
  readonly out: string;
  readonly service?: string;
  readonly name?: string;
  /** `packages` (default) or `app`. */
  readonly layout?: Layout;
  /** The stateful binding of the mock store (resources beyond the model's; checked against the model at generation). */
  readonly stateful?: StatefulBindingConfig;
}

/** A loaded `anvil.config.json`. */
export interface AnvilConfig {
  /** The config file's absolute path. */
  readonly file: string;
  readonly services: readonly ServiceConfig[];
  /** Where `anvil add` copies a new service's model files (absolute; default `<config dir>/models`). */
  readonly modelsDir: string;
  /** Where `anvil add` writes a new service's output, one folder per service (absolute; default `<config dir>/packages/generated`). */
  readonly outDir: string;
  /** The layout of services added by `anvil add` (default `packages`). */
  readonly layout: Layout;
}

function optionalLayout(value: unknown, at: string): Layout | undefined {
  if (value === undefined) return undefined;
  if (!LAYOUTS.includes(value as Layout)) throw new Error(`${at} must be one of ${LAYOUTS.map((l) => `"${l}"`).join(', ')}`);
  return value as Layout;
}

function optionalPath(value: unknown, at: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !value) throw new Error(`${at} must be a path`);
  return value;
}

/**
 * Find and read `anvil.config.json` at or above `dir`.
 * @throws Error naming the file and JSON path when the file is missing or malformed
 */
export function findConfig(dir: string): AnvilConfig {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const file = join(d, 'anvil.config.json');
    if (existsSync(file)) return readConfig(file);
    if (dirname(d) === d) throw new Error(`no model files given and no anvil.config.json found at or above ${dir}`);
  }
}

/** Read and validate one config file. */
export function readConfig(file: string): AnvilConfig {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error(`${file}: $ must be an object`);
  const top = json as Record<string, unknown>;
  const services = top.services;
  if (!Array.isArray(services)) throw new Error(`${file}: $.services must be an array`);
  const base = dirname(file);
  return {
    file,
    modelsDir: resolve(base, optionalPath(top.modelsDir, `${file}: $.modelsDir`) ?? 'models'),
    outDir: resolve(base, optionalPath(top.outDir, `${file}: $.outDir`) ?? 'packages/generated'),
    layout: optionalLayout(top.layout, `${file}: $.layout`) ?? 'packages',
    services: services.map((s: unknown, i): ServiceConfig => {
      const at = `${file}: $.services[${i}]`;
      const o = s as Record<string, unknown>;
      if (!o || typeof o !== 'object') throw new Error(`${at} must be an object`);
      if (!Array.isArray(o.models) || !o.models.every((m) => typeof m === 'string')) throw new Error(`${at}.models must be an array of paths`);
      if (typeof o.out !== 'string') throw new Error(`${at}.out must be a path`);
      return {
        models: (o.models as string[]).map((m) => resolve(base, m)),
        out: resolve(base, o.out),
        ...(typeof o.service === 'string' ? { service: o.service } : {}),
        ...(typeof o.name === 'string' ? { name: o.name } : {}),
        ...(o.layout !== undefined ? { layout: optionalLayout(o.layout, `${at}.layout`)! } : {}),
        ...(o.stateful === undefined ? {} : { stateful: statefulOf(o.stateful, `${at}.stateful`) }),
      };
    }),
  };
}

function statefulOf(value: unknown, at: string): StatefulBindingConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${at} must be an object`);
  return { ...(value as Record<string, unknown>), source: at };
}
