/**
 * Registers `anvil init` and `anvil add` on the CLI. Their code (workspace edits: YAML, JSONC, diffs, the
 * package manager) is imported only when one of them runs, so `anvil generate` never loads it.
 * @packageDocumentation
 */
import type { CAC } from 'cac';
import type { AddFlags, InitFlags } from './commands.js';

async function report(action: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await action();
  } catch (err) {
    console.error(`anvil: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}

/** Register `init` and `add` on the CLI. */
export function registerInitCommands(cli: CAC): void {
  cli
    .command('init', 'Set up Anvil in this repository: anvil.config.json, workspace glob, generate → build (turbo.json or scripts)')
    .option('--layout <layout>', 'packages (workspace packages; default in a monorepo) or app (plain modules; default otherwise)')
    .option('--out-dir <dir>', 'Folder for generated services (default: packages/generated, or src/api for the app layout)')
    .option('--models-dir <dir>', 'Folder for model files added with anvil add (default: models)')
    .option('--force', 'Also change existing files (package.json, pnpm-workspace.yaml, turbo.json) instead of printing the diff')
    .example('anvil init')
    .example('anvil init --force')
    .action((flags: InitFlags) => report(async () => (await import('./commands.js')).runInit(flags)));

  cli
    .command('add <...models>', 'Add a service: copy its model into the models folder, configure and generate it')
    .option('--name <slug>', 'Short service name (default: sdkId or service name)')
    .option('--service <id>', 'Service shape id, when the model has several services')
    .option('--no-install', 'Do not run the package manager install that links new packages')
    .example('anvil add ../api/pets.json')
    .action((models: string[], flags: AddFlags) => report(async () => (await import('./commands.js')).runAdd(models, flags)));
}
