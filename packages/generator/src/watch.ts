/**
 * Watch mode: regenerate a service's packages when one of its model files
 * changes. Services come from `anvil.config.json`; file events (chokidar)
 * are debounced per service, so an editor's save burst triggers one run.
 * A bad model logs the error (file, shape id, JSON path) and leaves the
 * previous output untouched; watching continues.
 * @packageDocumentation
 */
import { resolve, sep } from 'node:path';
import type { FSWatcher } from 'chokidar';
import type { AnvilConfig, ServiceConfig } from './config.js';
import { generate, type GenerateOptions, type GenerateResult } from './generate.js';

/** Options of {@link watchModels}. */
export interface WatchOptions {
  /** The loaded `anvil.config.json`. */
  readonly config: AnvilConfig;
  /** Quiet period after the last file event before regenerating, in ms (default 150). */
  readonly debounceMs?: number;
  /** Poll instead of native events (network or container file systems). */
  readonly usePolling?: boolean;
  /** Extra generate options applied to every service (`only`, `scope`, `runtimeVersion`). */
  readonly generate?: Partial<Pick<GenerateOptions, 'only' | 'scope' | 'runtimeVersion'>>;
  /** Called after each successful regeneration. */
  readonly onResult?: (result: GenerateResult, service: ServiceConfig) => void;
  /** Called when a regeneration fails (default: print to stderr). */
  readonly onError?: (error: unknown, service: ServiceConfig) => void;
}

/** A running watcher. */
export interface ModelWatcher {
  /** Absolute paths being watched (model files and directories). */
  readonly paths: readonly string[];
  /** Stop watching and cancel pending regenerations. */
  close(): Promise<void>;
}

/** The generate options for one configured service. */
export function serviceJob(service: ServiceConfig, extra: Partial<GenerateOptions> = {}): GenerateOptions {
  return {
    models: service.models,
    out: service.out,
    ...extra,
    ...(service.service ? { service: service.service } : {}),
    ...(service.name ? { name: service.name } : {}),
    ...(service.layout ? { layout: service.layout } : {}),
    ...(service.stateful ? { stateful: service.stateful } : {}),
  };
}

/**
 * @param config a loaded config
 * @param file an absolute or relative file path
 * @returns the services one of whose model paths is that file or a directory containing it
 */
export function servicesForFile(config: AnvilConfig, file: string): ServiceConfig[] {
  const abs = resolve(file);
  return config.services.filter((s) => s.models.some((m) => abs === m || abs.startsWith(m.endsWith(sep) ? m : m + sep)));
}

/**
 * Start watching every model path of the config.
 * @returns once the initial scan is done (events before that are not reported)
 */
export async function watchModels(options: WatchOptions): Promise<ModelWatcher> {
  const debounce = options.debounceMs ?? 150;
  const paths = [...new Set(options.config.services.flatMap((s) => s.models))].sort();
  const timers = new Map<ServiceConfig, NodeJS.Timeout>();
  const onError = options.onError ?? ((err, s) => console.error(`anvil watch: ${s.out}: ${err instanceof Error ? err.message : String(err)}`));
  const run = (service: ServiceConfig) => {
    timers.delete(service);
    try {
      options.onResult?.(generate(serviceJob(service, options.generate)), service);
    } catch (err) {
      onError(err, service);
    }
  };
  const schedule = (file: string) => {
    if (!file.endsWith('.json') && !file.endsWith('.smithy')) return;
    for (const service of servicesForFile(options.config, file)) {
      clearTimeout(timers.get(service));
      timers.set(service, setTimeout(() => run(service), debounce));
    }
  };
  const { watch: chokidar } = await import('chokidar'); // only `anvil watch` needs it: kept off the generate path
  const watcher: FSWatcher = chokidar(paths, { ignoreInitial: true, usePolling: options.usePolling ?? false, interval: 100 });
  watcher.on('add', schedule).on('change', schedule).on('unlink', schedule);
  await new Promise<void>((res, rej) => {
    watcher.once('ready', () => res());
    watcher.once('error', (e) => rej(e instanceof Error ? e : new Error(String(e))));
  });
  return {
    paths,
    async close() {
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      await watcher.close();
    },
  };
}
