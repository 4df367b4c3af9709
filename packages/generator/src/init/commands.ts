/**
 * The `anvil init` and `anvil add` commands (registered on the CLI by `register.ts`, which loads this
 * module only when one of them runs).
 *
 *   anvil init [--layout packages|app] [--out-dir dir] [--models-dir dir] [--force]
 *   anvil add <model...> [--name slug] [--service id] [--no-install]
 * @packageDocumentation
 */
import { spawnSync } from 'node:child_process';
import { dirname, relative } from 'node:path';
import { LAYOUTS, summaryLine, type Layout } from '../generate.js';
import { detectProject, type Project } from '../workspace/detect.js';
import { ANVIL_VERSION } from '../workspace/runtime-version.js';
import { addService } from './add-service.js';
import { applyChanges, planInit, unifiedDiff } from './index.js';

/** Options of `anvil init`. */
export interface InitFlags {
  layout?: string;
  outDir?: string;
  modelsDir?: string;
  force?: boolean;
}

/** Options of `anvil add`. */
export interface AddFlags {
  name?: string;
  service?: string;
  install: boolean;
}

function parseLayout(layout: string | undefined): Layout | undefined {
  if (layout === undefined) return undefined;
  if (!LAYOUTS.includes(layout as Layout)) throw new Error(`--layout: unknown layout "${layout}" (expected ${LAYOUTS.join(', ')})`);
  return layout as Layout;
}

/** `anvil init`: print what it creates, and each change to an existing file (as a diff unless --force writes it). */
export function runInit(flags: InitFlags, cwd = process.cwd()): number {
  const layout = parseLayout(flags.layout);
  const plan = planInit({ cwd, ...(layout ? { layout } : {}), ...(flags.outDir ? { outDir: flags.outDir } : {}), ...(flags.modelsDir ? { modelsDir: flags.modelsDir } : {}) });
  const { project } = plan;
  const turbo = project.turbo ? ', turbo' : '';
  console.log(`anvil init: ${project.packageManager}${project.globsFile ? ' workspace' : ' project'}${turbo} at ${project.root} → ${plan.layout} layout in ${plan.outDir}/`);
  if (!plan.changes.length) {
    console.log('anvil init: already set up, nothing to change.');
    return 0;
  }
  const { written, withheld } = applyChanges(plan.changes, Boolean(flags.force));
  for (const c of written) console.log(`  ${c.before === undefined ? 'created' : 'updated'} ${relative(project.root, c.path)} (${c.reason})`);
  for (const c of withheld) console.log(`\n  ${relative(project.root, c.path)} would change (${c.reason}):\n${unifiedDiff(c, project.root)}`);
  if (withheld.length) console.log(`\nanvil init: ${withheld.length} existing file(s) left unchanged; apply the change(s) above by hand, or rerun with --force.`);
  console.log(`Next: anvil add path/to/model.json${plan.layout === 'app' ? '' : ' (then build with turbo or your build script)'}`);
  return 0;
}

/**
 * The install that records the new packages in the lockfile. Adding packages is the point, so the
 * lockfile must be writable even where the package manager freezes it by default (pnpm and yarn
 * berry under `CI=true`).
 */
function install(project: Project): number {
  const pm = project.packageManager;
  const args = pm === 'pnpm' ? ['install', '--no-frozen-lockfile'] : ['install'];
  console.log(`anvil add: linking the new packages: ${pm} ${args.join(' ')}`);
  const env = pm === 'yarn' ? { ...process.env, YARN_ENABLE_IMMUTABLE_INSTALLS: 'false' } : process.env;
  const r = spawnSync(pm, args, { cwd: project.root, env, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.error || r.status !== 0) {
    console.error(`anvil add: \`${pm} ${args.join(' ')}\` failed${r.error ? ` (${r.error.message})` : ''}; run it yourself to link the generated packages.`);
    return 1;
  }
  return 0;
}

/** `anvil add`: copy the model, configure and generate the service; link packages with the package manager. */
export function runAdd(models: string[], flags: AddFlags, cwd = process.cwd()): number {
  const r = addService({ cwd, models, ...(flags.name ? { name: flags.name } : {}), ...(flags.service ? { service: flags.service } : {}) });
  const root = dirname(r.config.file);
  for (const f of r.copied) console.log(`  copied ${relative(root, f)}`);
  console.log(r.configChange ? `  updated anvil.config.json (${r.configChange.reason})` : `  ${relative(root, r.service.out)} is already configured: regenerated`);
  console.log(summaryLine(r.generated));
  if (r.service.layout === 'app') {
    console.log(`Runtime packages the modules import: @anvil/runtime@^${ANVIL_VERSION} @anvil/client-runtime@^${ANVIL_VERSION}, and for the mocks @anvil/msw-runtime@^${ANVIL_VERSION} msw`);
    return 0;
  }
  return flags.install ? install(detectProject(root)) : 0;
}
