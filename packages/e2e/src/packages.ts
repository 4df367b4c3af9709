/**
 * The packages Anvil publishes, and packing them as `pnpm publish` would
 * (`workspace:` ranges resolved, `publishConfig` applied).
 * @packageDocumentation
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, REPO_ROOT, cleanEnv, run } from './run.js';

/** One publishable package. */
export interface Publishable {
  readonly name: string;
  readonly version: string;
  /** Absolute package directory. */
  readonly dir: string;
}

/** The publishable packages: every non-private `packages/*` package (generated packages live deeper). */
export function publishablePackages(): Publishable[] {
  const root = join(REPO_ROOT, 'packages');
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      try {
        const pkg = JSON.parse(readFileSync(join(root, d.name, 'package.json'), 'utf8')) as { name: string; version: string; private?: boolean };
        return pkg.private ? [] : [{ name: pkg.name, version: pkg.version, dir: join(root, d.name) }];
      } catch {
        return [];
      }
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/**
 * `pnpm pack` a package into `dest`.
 * @returns the tarball's absolute path
 */
export async function pack(p: Publishable, dest: string): Promise<string> {
  const { stdout } = await run(join(BIN, 'pnpm'), ['pack', '--pack-destination', dest], { cwd: p.dir, env: cleanEnv() });
  const tarball = stdout.trim().split('\n').pop()!.trim();
  return tarball.startsWith('/') ? tarball : join(dest, tarball);
}
