/**
 * What kind of repository the generator writes into: the workspace root (pnpm
 * `pnpm-workspace.yaml`, or npm/yarn `package.json#workspaces`), its package
 * manager, its workspace package globs and whether it runs Turborepo.
 * @packageDocumentation
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';

/** A package manager Anvil knows how to wire generated packages into. */
export type PackageManager = 'pnpm' | 'npm' | 'yarn';

/** A repository as `anvil init` and `anvil generate` see it. */
export interface Project {
  /** The workspace root, or (not a monorepo) the nearest directory with a `package.json`. */
  readonly root: string;
  readonly packageManager: PackageManager;
  /** `yarn@1` (no `workspace:` protocol). */
  readonly yarnClassic: boolean;
  /** Where the workspace package globs live; undefined when the project is not a monorepo. */
  readonly globsFile?: 'pnpm-workspace.yaml' | 'package.json';
  /** The workspace package globs (empty when not a monorepo). */
  readonly globs: readonly string[];
  /** `turbo.json` at the root. */
  readonly turbo: boolean;
}

type Json = Record<string, unknown>;

function readJson(file: string): Json | undefined {
  try {
    const v: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
  } catch {
    return undefined;
  }
}

function stringArray(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
}

/** `package.json#workspaces` as an array (npm/yarn form) or `{ packages: [...] }` (yarn classic form). */
export function packageJsonWorkspaces(pkg: Json | undefined): string[] | undefined {
  const w = pkg?.workspaces;
  return stringArray(w) ?? stringArray((w as Json | undefined)?.packages);
}

function pnpmGlobs(dir: string): string[] | undefined {
  const file = join(dir, 'pnpm-workspace.yaml');
  if (!existsSync(file)) return undefined;
  // Loaded on use: `anvil generate` only needs the workspace root, not the YAML parser.
  const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  const doc: unknown = parse(readFileSync(file, 'utf8'));
  return stringArray((doc as Json | null)?.packages) ?? [];
}

/**
 * The nearest workspace root at or above `dir`: a directory with `pnpm-workspace.yaml`, or with a
 * `package.json` that declares `workspaces`.
 */
export function findWorkspaceRoot(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, 'pnpm-workspace.yaml')) || packageJsonWorkspaces(readJson(join(d, 'package.json')))) return d;
    if (dirname(d) === d) return undefined;
  }
}

/** The Turborepo root for files under `dir`: the workspace root when it has a `turbo.json`. */
export function findTurboRoot(dir: string): string | undefined {
  const root = findWorkspaceRoot(dir);
  return root && existsSync(join(root, 'turbo.json')) ? root : undefined;
}

function fromPackageManagerField(pkg: Json | undefined): { pm: PackageManager; major: number } | undefined {
  const m = /^(pnpm|npm|yarn)@(\d+)/.exec(typeof pkg?.packageManager === 'string' ? pkg.packageManager : '');
  return m ? { pm: m[1] as PackageManager, major: Number(m[2]) } : undefined;
}

/**
 * The package manager of the project at `root`: the `packageManager` field, else the lockfile, else
 * `pnpm-workspace.yaml`, else the client that started the CLI (`npm_config_user_agent`), else npm.
 */
export function detectPackageManager(root: string, userAgent = process.env.npm_config_user_agent ?? ''): { packageManager: PackageManager; yarnClassic: boolean } {
  const field = fromPackageManagerField(readJson(join(root, 'package.json')));
  if (field) return { packageManager: field.pm, yarnClassic: field.pm === 'yarn' && field.major < 2 };
  const yarnClassic = existsSync(join(root, 'yarn.lock')) && !existsSync(join(root, '.yarnrc.yml'));
  if (existsSync(join(root, 'pnpm-lock.yaml')) || existsSync(join(root, 'pnpm-workspace.yaml'))) return { packageManager: 'pnpm', yarnClassic: false };
  if (existsSync(join(root, 'yarn.lock'))) return { packageManager: 'yarn', yarnClassic };
  if (existsSync(join(root, 'package-lock.json'))) return { packageManager: 'npm', yarnClassic: false };
  const agent = /^(pnpm|yarn|npm)\/(\d+)/.exec(userAgent);
  if (agent) return { packageManager: agent[1] as PackageManager, yarnClassic: agent[1] === 'yarn' && Number(agent[2]) < 2 };
  return { packageManager: 'npm', yarnClassic: false };
}

/**
 * Describe the project that contains `dir`.
 * @throws Error when there is no `package.json` at or above `dir`
 */
export function detectProject(dir: string): Project {
  const workspace = findWorkspaceRoot(dir);
  let root = workspace;
  if (!root) {
    for (let d = resolve(dir); ; d = dirname(d)) {
      if (existsSync(join(d, 'package.json'))) {
        root = d;
        break;
      }
      if (dirname(d) === d) throw new Error(`no package.json found at or above ${resolve(dir)}: run anvil inside a JavaScript project`);
    }
  }
  const { packageManager, yarnClassic } = detectPackageManager(root);
  const pnpm = workspace ? pnpmGlobs(root) : undefined;
  const pkgGlobs = workspace ? packageJsonWorkspaces(readJson(join(root, 'package.json'))) : undefined;
  const globsFile = pnpm ? 'pnpm-workspace.yaml' : pkgGlobs ? 'package.json' : undefined;
  return {
    root,
    packageManager,
    yarnClassic,
    ...(globsFile ? { globsFile } : {}),
    globs: pnpm ?? pkgGlobs ?? [],
    turbo: existsSync(join(root, 'turbo.json')),
  };
}

/**
 * How a generated package names a sibling generated package (`@anvil-gen/drs-types` from the
 * client): `workspace:*` where the package manager supports the workspace protocol (pnpm, yarn ≥ 2),
 * else the sibling's exact version (npm and yarn 1 link a workspace package whose version matches).
 */
export function siblingRange(project: Pick<Project, 'packageManager' | 'yarnClassic'> | undefined, version: string): string {
  if (!project) return 'workspace:*';
  return project.packageManager === 'npm' || project.yarnClassic ? version : 'workspace:*';
}
