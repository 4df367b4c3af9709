/**
 * Type-checks generated packages of many models with few `tsc` runs: models
 * are grouped into batches (by generated source size), each batch gets one
 * strict `tsconfig` whose `paths` map every model's `@anvil-gen/<slug>-types`
 * and the `@anvil/*` runtimes (to their sources), and batches run on a small
 * pool of `tsc` processes.
 * @packageDocumentation
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TSCONFIG } from '../../packages/generator/src/emit/package.js';
import { findTsc, type Tsc } from './compilers.js';

export type { Tsc } from './compilers.js';

/** One generated model, as the type-checker needs it. */
export interface CheckItem {
  /** Model name; the generated packages live in `<outRoot>/<name>/{types,client,msw}`. */
  readonly name: string;
  /** Package slug (`@anvil-gen/<slug>-types`). */
  readonly slug: string;
  /** Generated source size in bytes (used to balance batches). */
  readonly bytes: number;
}

/** The outcome of one batch. */
export interface BatchResult {
  readonly models: readonly string[];
  /** Wall time of the `tsc` process in ms. */
  readonly ms: number;
  /** User + system CPU time of `tsc` and its children in ms (from `/usr/bin/time`; undefined without it). */
  readonly cpuMs?: number;
  /** Peak resident memory of the biggest process, in KB (from `/usr/bin/time`). */
  readonly maxRssKb?: number;
  /** tsc exit status. */
  readonly status: number | null;
  /** Model name → its diagnostics (first lines of each, in tsc order). */
  readonly errors: ReadonlyMap<string, readonly string[]>;
  /** Diagnostics outside any model's directory (runtime packages, tsc itself). */
  readonly other: readonly string[];
}

/**
 * Split items into batches of at most `maxBytes` generated source each (a
 * single bigger model forms its own batch), keeping the input order.
 */
export function makeBatches(items: readonly CheckItem[], maxBytes: number): CheckItem[][] {
  const batches: CheckItem[][] = [];
  let current: CheckItem[] = [];
  let size = 0;
  for (const item of items) {
    if (current.length && size + item.bytes > maxBytes) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += item.bytes;
  }
  if (current.length) batches.push(current);
  return batches;
}

/** The generated packages' own compiler options (without emit settings), plus `paths` for the batch. */
function tsconfig(root: string, outRoot: string, batch: readonly CheckItem[]): object {
  const pkg = (name: string) => [join(root, 'packages', name, 'src', 'index.ts')];
  const paths: Record<string, string[]> = {
    '@anvil/runtime': pkg('runtime'),
    '@anvil/client-runtime': pkg('client-runtime'),
    '@anvil/msw-runtime': pkg('msw-runtime'),
  };
  for (const m of batch) paths[`@anvil-gen/${m.slug}-types`] = [join(outRoot, m.name, 'types', 'src', 'index.ts')];
  const { rootDir: _rootDir, outDir: _outDir, declaration: _declaration, ...options } = TSCONFIG.compilerOptions;
  return {
    compilerOptions: { ...options, noEmit: true, paths },
    include: batch.map((m) => `${m.name}/*/src/**/*.ts`),
  };
}

/** Link `<outRoot>/node_modules/msw` to the workspace's msw, for the generated msw packages' bare imports. */
export function linkMsw(root: string, outRoot: string): void {
  const modules = join(outRoot, 'node_modules');
  if (existsSync(join(modules, 'msw'))) return;
  mkdirSync(modules, { recursive: true });
  symlinkSync(join(root, 'packages', 'msw-runtime', 'node_modules', 'msw'), join(modules, 'msw'), 'dir');
}

/**
 * Unused-declaration diagnostics (TS6133, TS6138, TS6192, TS6196, TS6198, TS6199, TS6205). Generated
 * packages enable `noUnusedLocals` / `noUnusedParameters`; the runtime sources the checks resolve
 * `@anvil/*` to do not, so these diagnostics count only inside generated code.
 */
export const UNUSED_DIAGNOSTIC = /: error TS(6133|6138|6192|6196|6198|6199|6205):/;

/**
 * `name/...(l,c): error TS…` lines (tsc `--pretty false`), grouped by model; continuation lines folded
 * in. Unused-declaration diagnostics outside the models (in runtime sources) are dropped.
 */
export function parseDiagnostics(output: string, models: readonly string[]): { errors: Map<string, string[]>; other: string[]; dropped: number } {
  const errors = new Map<string, string[]>();
  const other: string[] = [];
  let dropped = 0;
  let last: string[] | undefined;
  for (const line of output.split('\n')) {
    if (!line.trim()) continue;
    if (/^\s/.test(line) && last) {
      const i = last.length - 1;
      if (last[i]!.length < 2000) last[i] = `${last[i]}\n${line}`;
      continue;
    }
    const model = models.find((m) => line.startsWith(`${m}/`));
    if (!model && UNUSED_DIAGNOSTIC.test(line)) {
      last = [];
      dropped++;
      continue;
    }
    last = model ? (errors.get(model) ?? errors.set(model, []).get(model)!) : other;
    last.push(line);
  }
  return { errors, other, dropped };
}

/**
 * Run one batch's `tsc` (asynchronously).
 * @param root repository root (holds `node_modules/typescript` and the runtime packages)
 * @param outRoot directory holding every model's generated packages
 * @param index batch number (names the tsconfig file)
 * @param tsc the compiler (default: {@link findTsc})
 */
export function checkBatch(root: string, outRoot: string, batch: readonly CheckItem[], index: number, tsc: Tsc = findTsc(root)): Promise<BatchResult> {
  const config = join(outRoot, `tsconfig.batch-${index}.json`);
  writeFileSync(config, JSON.stringify(tsconfig(root, outRoot, batch), null, 2));
  const start = performance.now();
  const command = [process.execPath, '--max-old-space-size=8192', tsc.bin, '-p', config, '--pretty', 'false'];
  // GNU time counts the CPU of tsc and of what it starts (TypeScript 7's native binary): on a
  // shared machine, CPU time compares compilers better than wall time.
  const timed = existsSync(TIME) ? [TIME, '-f', `${TIME_MARK}%U %S %M`, ...command] : command;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(timed[0]!, timed.slice(1), { cwd: outRoot });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      const { rest, cpuMs, maxRssKb } = splitTime(output);
      const models = batch.map((m) => m.name);
      const { errors, other, dropped } = parseDiagnostics(rest, models);
      // tsc exits non-zero for the dropped diagnostics too: with nothing else reported, the batch passed.
      const passed = dropped > 0 && errors.size === 0 && other.length === 0;
      resolvePromise({ models, ms: Math.round(performance.now() - start), cpuMs, maxRssKb, status: passed ? 0 : status, errors, other });
    });
  });
}

/** GNU time, when installed (Debian's `time` package). */
const TIME = '/usr/bin/time';
const TIME_MARK = 'anvil-breadth-time: ';

/**
 * Take GNU time's lines out of tsc's output: its `<mark>user sys maxrss` line (seconds, seconds, KB)
 * and the `Command exited with non-zero status N` line it prints before it when tsc reports errors.
 */
export function splitTime(output: string): { rest: string; cpuMs?: number; maxRssKb?: number } {
  const lines = output.split('\n').filter((l) => !/^Command (exited with non-zero status|terminated by signal) \d+$/.test(l));
  const i = lines.findIndex((l) => l.startsWith(TIME_MARK));
  if (i < 0) return { rest: lines.join('\n') };
  const [user, sys, rss] = lines[i]!.slice(TIME_MARK.length).trim().split(/\s+/).map(Number);
  lines.splice(i, 1);
  return { rest: lines.join('\n'), cpuMs: Math.round(((user ?? 0) + (sys ?? 0)) * 1000), maxRssKb: rss };
}

/**
 * A concurrency limiter: at most `jobs` tasks run at once, the rest wait in
 * submission order. Used to start `tsc` batches while generation goes on.
 */
export class Limiter {
  private running = 0;
  private readonly queue: Array<() => void> = [];

  constructor(private readonly jobs: number) {}

  /** Run `task` when a slot is free; resolves with its result. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.jobs) await new Promise<void>((r) => this.queue.push(r));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.queue.shift()?.();
    }
  }
}
