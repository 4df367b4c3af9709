/**
 * Loading the two sides of a diff: model files from disk, or a file as it was
 * at a git revision (`git show REV:./file`, run in the file's directory so the
 * path may be relative to the working directory).
 * @packageDocumentation
 */
import { execFileSync } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';
import { documentsFromSources, isIdlFile, loadModel, loadModelFiles, type Model } from '@anvil/smithy-model';

/** One side of a diff. */
export interface ModelSource {
  /** Model files or directories (directories only without `rev`). */
  readonly paths: readonly string[];
  /** Git revision (`HEAD~1`, a tag, a commit); absent for the working tree. */
  readonly rev?: string;
}

/**
 * Read a file's content at a git revision.
 * @param path file path (absolute or relative to the working directory)
 * @param rev any revision `git show` accepts
 * @returns the file text
 * @throws Error naming the file and revision when git fails (not a repository, unknown revision, no such file then)
 */
export function readAtRevision(path: string, rev: string): string {
  const abs = resolve(path);
  try {
    return execFileSync('git', ['show', `${rev}:./${basename(abs)}`], {
      cwd: dirname(abs),
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr?.trim();
    throw new Error(`${path}@${rev}: git show failed${stderr ? `: ${stderr}` : ''}`);
  }
}

/**
 * Load one side of a diff into the IR (JSON AST and `.smithy` files).
 * @throws ModelError naming file, shape id and JSON path (line and column for IDL) for invalid models; Error for git failures
 */
export function loadSource(source: ModelSource): Model {
  if (!source.rev) return loadModelFiles(source.paths);
  const rev = source.rev;
  const files = source.paths.map((p) => ({ file: `${p}@${rev}`, text: readAtRevision(p, rev), kind: isIdlFile(p) ? ('idl' as const) : ('json' as const) }));
  return loadModel(documentsFromSources(files));
}

/** A short label for a source (`models/drs/drs.json@HEAD~1`). */
export function sourceLabel(source: ModelSource): string {
  const files = source.paths.join(', ');
  return source.rev ? `${files}@${source.rev}` : files;
}
