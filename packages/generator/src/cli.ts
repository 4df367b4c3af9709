/**
 * The `anvil` command line.
 *
 *   anvil init [--layout packages|app] [--out-dir dir] [--models-dir dir] [--force]
 *   anvil add <model...> [--name slug] [--service id] [--no-install]
 *   anvil generate [model...] [--out dir] [--only types,client,msw] [--service id] [--name slug] [--layout packages|app]
 *   anvil generate --build smithy-build.json --out dir [--projection name] [model...]
 *   anvil ast <model...>
 *   anvil drift
 *   anvil watch [--debounce ms] [--poll]
 *   anvil diff <model> [new-model] [--from REV] [--to REV] [--json file] [--md file] [--format md|json]
 *              [--changeset [name]] [--fail-on breaking|dangerous]
 *
 * Models are Smithy JSON AST (`*.json`) or IDL (`*.smithy`) files, or directories of them.
 * Without model arguments, `generate` and `drift` read the services listed in
 * `anvil.config.json` (found at or above the working directory).
 * @packageDocumentation
 */
import { cac } from 'cac';
import { ALL_KINDS, LAYOUTS, generate, summaryLine, type GenerateOptions, type Layout } from './generate.js';
import { findConfig, type ServiceConfig } from './config.js';
import type { PackageKind } from './emit/package.js';
import { dirname, relative, resolve } from 'node:path';
import { serviceJob, watchModels } from './watch.js';
import type { DiffFlags } from './diff/command.js';
import { checkDrift } from './diff/drift.js';
import { readModelDocuments, readSmithyBuild, toJsonAst, toJsonText } from '@anvil/smithy-model';
import { registerInitCommands } from './init/register.js';
import { ANVIL_VERSION } from './workspace/runtime-version.js';

interface GenerateFlags {
  out?: string;
  only?: string;
  service?: string;
  name?: string;
  scope?: string;
  runtimeVersion?: string;
  layout?: string;
  build?: string;
  projection?: string;
}

function parseKinds(only: string | undefined): PackageKind[] | undefined {
  if (!only) return undefined;
  const kinds = only.split(',').map((k) => k.trim()).filter(Boolean);
  for (const k of kinds) {
    if (!ALL_KINDS.includes(k as PackageKind)) throw new Error(`--only: unknown package kind "${k}" (expected ${ALL_KINDS.join(', ')})`);
  }
  return kinds as PackageKind[];
}

function parseLayout(layout: string | undefined): Layout | undefined {
  if (layout === undefined) return undefined;
  if (!LAYOUTS.includes(layout as Layout)) throw new Error(`--layout: unknown layout "${layout}" (expected ${LAYOUTS.join(', ')})`);
  return layout as Layout;
}

function jobs(models: string[], flags: GenerateFlags): GenerateOptions[] {
  const only = parseKinds(flags.only);
  const layout = parseLayout(flags.layout);
  const common = {
    ...(layout ? { layout } : {}),
    ...(only ? { only } : {}),
    ...(flags.scope ? { scope: flags.scope } : {}),
    ...(flags.runtimeVersion ? { runtimeVersion: flags.runtimeVersion } : {}),
  };
  if (flags.build) {
    // smithy-build.json: its sources/imports (+ any model files given) and typescript-client-codegen settings.
    if (!flags.out) throw new Error('generate: --out <dir> is required with --build');
    const plan = readSmithyBuild(flags.build, { ...(flags.projection ? { projection: flags.projection } : {}), extraModels: models });
    for (const note of plan.notes) console.error(`anvil: ${flags.build}: ${note}`);
    const service = flags.service ?? plan.service;
    const name = flags.name ?? plan.name;
    const scope = flags.scope ?? plan.scope;
    return [{ models: [...plan.models, ...models], out: flags.out, ...common, ...(scope ? { scope } : {}), ...(service ? { service } : {}), ...(name ? { name } : {}) }];
  }
  if (models.length) {
    if (!flags.out) throw new Error('generate: --out <dir> is required when model files are given');
    const stateful = configuredBinding(flags.out);
    return [{ models, out: flags.out, ...common, ...(flags.service ? { service: flags.service } : {}), ...(flags.name ? { name: flags.name } : {}), ...(stateful ? { stateful } : {}) }];
  }
  const config = findConfig(process.cwd());
  return config.services.map((s: ServiceConfig) => serviceJob(s, common));
}

/**
 * The stateful binding of the anvil.config.json entry (at or above the working directory) whose
 * `out` is `out`, so a generated package's own `generate` script (model files + `--out`) keeps it.
 */
function configuredBinding(out: string): ServiceConfig['stateful'] {
  let config;
  try {
    config = findConfig(process.cwd());
  } catch {
    return undefined;
  }
  return config.services.find((s) => resolve(s.out) === resolve(out))?.stateful;
}

function run(action: () => number): void {
  try {
    process.exitCode = action();
  } catch (err) {
    console.error(`anvil: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}

/** {@link run} for a command whose code is imported when it runs (kept off the `generate` path). */
async function runLoaded(action: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await action();
  } catch (err) {
    console.error(`anvil: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}

const cli = cac('anvil');

cli
  .command('generate [...models]', 'Generate types, client and MSW packages from Smithy model files (JSON AST or IDL)')
  .option('--out <dir>', 'Output directory; packages go to <dir>/types, <dir>/client, <dir>/msw')
  .option('--only <kinds>', 'Comma-separated subset of types,client,msw')
  .option('--service <id>', 'Service shape id, when the model has several services')
  .option('--name <slug>', 'Short service name for package names (default: sdkId or service name)')
  .option('--scope <scope>', 'npm scope of generated packages, without @ (default: anvil-gen)')
  .option('--runtime-version <range>', 'Version range of @anvil/* dependencies (default: ^ the CLI version; workspace:* inside Anvil)')
  .option('--layout <layout>', 'packages (default: workspace packages) or app (plain modules, no package.json)')
  .option('--build <file>', 'Read models and typescript-client-codegen settings from a smithy-build.json')
  .option('--projection <name>', 'With --build: also use this projection\'s imports and plugin settings')
  .example('anvil generate models/drs/drs.json --out packages/generated/drs')
  .example('anvil generate models/drs/drs.json --layout app --out src/api/drs')
  .example('anvil generate --build smithy-build.json --out packages/generated/weather')
  .example('anvil generate   # every service in anvil.config.json')
  .action((models: string[], flags: GenerateFlags) =>
    run(() => {
      for (const job of jobs(models, flags)) {
        const result = generate(job);
        console.log(summaryLine(result));
        for (const warning of result.warnings) console.warn(`anvil: warning: ${warning}`);
      }
      return 0;
    }),
  );

cli
  .command('ast <...models>', 'Print the merged model as a Smithy JSON AST (like `smithy ast`): own shapes, mixins not flattened')
  .example('anvil ast model/ > model.json')
  .action((models: string[]) =>
    run(() => {
      process.stdout.write(`${toJsonText(toJsonAst(readModelDocuments(models)), 4)}\n`);
      return 0;
    }),
  );

cli
  .command('drift [...models]', 'Fail when committed generated files differ from a fresh generation (lists stale files)')
  .option('--out <dir>', 'Output directory to compare (with model arguments)')
  .option('--service <id>', 'Service shape id')
  .option('--name <slug>', 'Short service name')
  .option('--layout <layout>', 'packages or app (with model arguments)')
  .action((models: string[], flags: GenerateFlags) =>
    run(() => {
      const r = checkDrift(jobs(models, flags));
      for (const line of r.lines) console.log(line);
      const count = r.stale.length + r.orphaned.length;
      if (count) console.error(`anvil drift: ${count} generated file(s) are out of date; run the generator and commit the result.`);
      return count ? 1 : 0;
    }),
  );

cli
  .command('watch', 'Regenerate a service (from anvil.config.json) whenever one of its model files changes')
  .option('--debounce <ms>', 'Quiet period after the last change before regenerating, in ms', { default: 150 })
  .option('--poll', 'Poll the file system instead of using native events')
  .action(async (flags: { debounce: number | string; poll?: boolean }) => {
    try {
      const config = findConfig(process.cwd());
      const watcher = await watchModels({
        config,
        debounceMs: Number(flags.debounce),
        usePolling: Boolean(flags.poll),
        onResult: (r) => console.log(summaryLine(r)),
      });
      console.log(`anvil watch: watching ${watcher.paths.map((p) => relative(dirname(config.file), p)).join(', ')} (Ctrl-C to stop)`);
      const stop = () => void watcher.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    } catch (err) {
      console.error(`anvil: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    }
  });

cli
  .command('diff <model> [newModel]', 'Report API changes between two model versions (files, or one file at git revisions)')
  .option('--from <rev>', 'Git revision of the old model (with one model path: old = <model>@<rev>)')
  .option('--to <rev>', 'Git revision of the new model (default: the working tree)')
  .option('--json <file>', 'Also write the JSON report to this file')
  .option('--md <file>', 'Also write the Markdown report to this file')
  .option('--format <format>', 'What to print: md or json', { default: 'md' })
  .option('--changeset [name]', 'Write .changeset/<name>.md with the proposed bumps of the generated packages')
  .option('--service <id>', 'Service shape id, when the model has several services')
  .option('--name <slug>', 'Short service name for package names')
  .option('--scope <scope>', 'npm scope of generated packages, without @')
  .option('--fail-on <class>', 'Exit 1 when a change of this class (breaking or dangerous) or worse is found')
  .example('anvil diff models/drs/drs.json --from HEAD~1')
  .example('anvil diff old.json new.json --json report.json --changeset')
  .action((model: string, newModel: string | undefined, flags: DiffFlags) =>
    runLoaded(async () => (await import('./diff/command.js')).runDiff(model, newModel, flags)),
  );

registerInitCommands(cli);

cli.help();
cli.version(ANVIL_VERSION);
try {
  cli.parse();
  const args = process.argv.slice(2);
  if (!cli.matchedCommand && !args.some((a) => a === '--help' || a === '-h' || a === '--version' || a === '-v')) {
    if (args.length) console.error(`anvil: unknown command "${args[0]}"\n`);
    cli.outputHelp();
    process.exitCode = args.length ? 1 : 0;
  }
} catch (err) {
  // cac reports unknown options and missing values by throwing: print its message, not a stack.
  // It names options camelCased (`--bogusFlag`); show them as typed (`--bogus-flag`).
  const message = err instanceof Error ? err.message.replace(/`--([A-Za-z]+)`/g, (_m, o: string) => `\`--${o.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}\``) : String(err);
  console.error(`anvil: ${message} (see anvil --help)`);
  process.exitCode = 1;
}
