/**
 * Making generated packages workspace packages: `anvil init` adds the glob of
 * the generated-package folder (`packages/generated/*\/*`) to
 * `pnpm-workspace.yaml` or to `package.json#workspaces`, unless an existing
 * glob already covers it.
 * @packageDocumentation
 */
import { join, posix } from 'node:path';
import { parseDocument } from 'yaml';
import type { Project } from '../workspace/detect.js';
import { change, type FileChange, type ReadText } from './file-change.js';
import { parseJsonc, setJsonValue } from './json-edit.js';

/** Does one path segment match one glob segment (`*`, `?`, literal text)? */
function segmentMatches(glob: string, segment: string): boolean {
  const re = new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
  return re.test(segment);
}

/** Does a workspace glob (`packages/*`, `packages/**`, `apps/web`) match a relative directory path? */
export function globMatches(glob: string, path: string): boolean {
  const g = posix.normalize(glob.replace(/^\.\//, '')).split('/').filter(Boolean);
  const p = posix.normalize(path).split('/').filter(Boolean);
  const match = (gi: number, pi: number): boolean => {
    if (gi === g.length) return pi === p.length;
    if (g[gi] === '**') return match(gi + 1, pi) || (pi < p.length && match(gi, pi + 1));
    return pi < p.length && segmentMatches(g[gi]!, p[pi]!) && match(gi + 1, pi + 1);
  };
  return match(0, 0);
}

/**
 * Plan the workspace glob change for generated packages under `outDir` (relative to the root,
 * POSIX separators, e.g. `packages/generated`): one package per `<outDir>/<service>/<kind>`.
 * @returns the change, or undefined when the project is not a monorepo or a glob already covers them
 * @throws Error naming the file when `pnpm-workspace.yaml` or `package.json` does not parse
 */
export function workspaceGlobChange(project: Project, outDir: string, read: ReadText): FileChange | undefined {
  if (!project.globsFile) return undefined;
  const negated = project.globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  const sample = `${outDir}/service/types`;
  if (project.globs.some((g) => !g.startsWith('!') && globMatches(g, sample)) && !negated.some((g) => globMatches(g, sample))) return undefined;
  const glob = `${outDir}/*/*`;
  const file = join(project.root, project.globsFile);
  const before = read(file) ?? '';
  if (project.globsFile === 'pnpm-workspace.yaml') {
    const doc = parseDocument(before);
    if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0]!.message}`);
    if (doc.get('packages') === undefined) doc.set('packages', [glob]);
    else doc.addIn(['packages'], glob);
    return change(file, before, doc.toString(), `add ${glob} to the workspace packages`);
  }
  const pkg = parseJsonc(before, file) as { workspaces?: unknown };
  const path = Array.isArray(pkg.workspaces) ? ['workspaces', -1] : ['workspaces', 'packages', -1];
  return change(file, before, setJsonValue(before, path, glob), `add ${glob} to the workspaces`);
}
