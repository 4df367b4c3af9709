/**
 * Headless Chromium for the browser tests: Debian's `/usr/bin/chromium` driven by
 * `playwright-core` (no bundled browser download), one fresh profile per launch.
 * Shared by the example apps' browser tests.
 * @packageDocumentation
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** The Chromium binary: `$CHROMIUM_PATH`, default Debian's `/usr/bin/chromium` (`apt-get install -y chromium`). */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

/** Command-line switches: headless, no sandbox (containers run as root), no GPU, no background traffic. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Whether the browser tests can run here.
 * @returns `true` when {@link CHROMIUM_PATH} exists
 * @throws Error when it is missing and `CI` is set (CI must install it, see `.ci/run`)
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const hint = `${CHROMIUM_PATH} is missing (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (process.env['CI']) throw new Error(`Browser tests need Chromium: ${hint}`);
  console.warn(`Skipping the browser tests: ${hint}`);
  return false;
}

/** A running browser with one profile. */
export interface ChromiumSession {
  readonly context: BrowserContext;
  /** Close the browser and delete its profile directory. */
  close(): Promise<void>;
}

/** Options of {@link launchChromium}. */
export interface LaunchOptions {
  /** Page size in CSS pixels. @default 1100 × 720 */
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Start of the temporary profile directory's name, e.g. `drs-console-`. @default `anvil-example-` */
  readonly profilePrefix?: string;
}

/**
 * Launch headless Chromium with a fresh `--user-data-dir` (a new temp directory;
 * Playwright passes it to Chromium as that switch).
 * @param options viewport and profile directory name
 * @returns the session
 * @throws whatever Playwright throws when Chromium does not start
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const viewport = options.viewport ?? { width: 1100, height: 720 };
  const userDataDir = mkdtempSync(join(tmpdir(), `${options.profilePrefix ?? 'anvil-example-'}chromium-`));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS],
      viewport,
      serviceWorkers: 'allow',
    });
    return {
      context,
      async close() {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
