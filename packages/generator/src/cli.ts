/**
 * The `anvil` command line.
 *
 *   anvil generate [model...] [--out dir] [--only types,client,msw] [--service id] [--name slug]
 *   anvil drift
 *
 * Without model arguments, `generate` and `drift` read the services listed in
 * `anvil.config.json` (found at or above the working directory).
 * @packageDocumentation
 */
import { cac } from 'cac';
import { ALL_KINDS, generate, summaryLine, type GenerateOptions } from './generate.js';
import { findConfig, type ServiceConfig } from './config.js';
import type { PackageKind } from './emit/package.js';
import { relative } from 'node:path';

interface GenerateFlags {
  out?: string;
  only?: string;
  service?: string;
  name?: string;
  scope?: string;
  runtimeVersion?: string;
}

function parseKinds(only: string | undefined): PackageKind[] | undefined {
  if (!only) return undefined;
  const kinds = only.split(',').map((k) => k.trim()).filter(Boolean);
  for (const k of kinds) {
    if (!ALL_KINDS.includes(k as PackageKind)) throw new Error(`--only: unknown package kind "${k}" (expected ${ALL_KINDS.join(', ')})`);
  }
  return kinds as PackageKind[];
}

function jobs(models: string[], flags: GenerateFlags): GenerateOptions[] {
  const only = parseKinds(flags.only);
  const common = {
    ...(only ? { only } : {}),
    ...(flags.scope ? { scope: flags.scope } : {}),
    ...(flags.runtimeVersion ? { runtimeVersion: flags.runtimeVersion } : {}),
  };
  if (models.length) {
    if (!flags.out) throw new Error('generate: --out <dir> is required when model files are given');
    return [{ models, out: flags.out, ...common, ...(flags.service ? { service: flags.service } : {}), ...(flags.name ? { name: flags.name } : {}) }];
  }
  const config = findConfig(process.cwd());
  return config.services.map((s: ServiceConfig) => ({
    models: s.models,
    out: s.out,
    ...common,
    ...(s.service ? { service: s.service } : {}),
    ...(s.name ? { name: s.name } : {}),
  }));
}

function run(action: () => number): void {
  try {
    process.exitCode = action();
  } catch (err) {
    console.error(`anvil: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}

const cli = cac('anvil');

cli
  .command('generate [...models]', 'Generate types, client and MSW packages from Smithy JSON AST model files')
  .option('--out <dir>', 'Output directory; packages go to <dir>/types, <dir>/client, <dir>/msw')
  .option('--only <kinds>', 'Comma-separated subset of types,client,msw')
  .option('--service <id>', 'Service shape id, when the model has several services')
  .option('--name <slug>', 'Short service name for package names (default: sdkId or service name)')
  .option('--scope <scope>', 'npm scope of generated packages, without @ (default: anvil-gen)')
  .option('--runtime-version <range>', 'Version range of @anvil/* dependencies (default: workspace:*)')
  .example('anvil generate models/drs/drs.json --out packages/generated/drs')
  .example('anvil generate   # every service in anvil.config.json')
  .action((models: string[], flags: GenerateFlags) =>
    run(() => {
      for (const job of jobs(models, flags)) console.log(summaryLine(generate(job)));
      return 0;
    }),
  );

cli
  .command('drift [...models]', 'Fail when committed generated files differ from a fresh generation (lists stale files)')
  .option('--out <dir>', 'Output directory to compare (with model arguments)')
  .option('--service <id>', 'Service shape id')
  .option('--name <slug>', 'Short service name')
  .action((models: string[], flags: GenerateFlags) =>
    run(() => {
      let stale = 0;
      for (const job of jobs(models, flags)) {
        const r = generate({ ...job, dryRun: true });
        const files = [...r.changed, ...r.stale];
        stale += files.length;
        console.log(summaryLine(r, true));
        for (const f of r.changed) console.log(`  stale: ${relative(process.cwd(), f)}`);
        for (const f of r.stale) console.log(`  no longer generated: ${relative(process.cwd(), f)}`);
      }
      if (stale) console.error(`anvil drift: ${stale} generated file(s) are out of date; run the generator and commit the result.`);
      return stale ? 1 : 0;
    }),
  );

cli.help();
cli.version('0.1.0');
cli.parse();
if (!cli.matchedCommand && !process.argv.slice(2).some((a) => a === '--help' || a === '-h' || a === '--version' || a === '-v')) {
  cli.outputHelp();
  process.exitCode = process.argv.length > 2 ? 1 : 0;
}
