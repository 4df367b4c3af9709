/**
 * Local servers the distribution tests start and stop: a free port on
 * 127.0.0.1, a child process, and waiting until it answers HTTP.
 * @packageDocumentation
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on 127.0.0.1 (asked from the OS, then released for the server to take). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** A running local server. */
export interface LocalServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Everything the process printed so far. */
  output(): string;
  /** Stop the process (SIGTERM, then SIGKILL after 5 s) and wait for it to exit. */
  stop(): Promise<void>;
}

/**
 * Start a server process and wait until `url + path` answers (any HTTP status).
 * @param timeoutMs how long the server may take to come up (generous: a busy 2-core machine)
 * @throws Error with the process output when it exits or does not answer in time
 */
export async function startServer(command: string, args: readonly string[], env: NodeJS.ProcessEnv, url: string, path: string, timeoutMs = 60_000): Promise<LocalServer> {
  const child: ChildProcess = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} exited ${child.exitCode} before answering:\n${out}`);
    try {
      await fetch(url + path, { signal: AbortSignal.timeout(2_000) });
      return { url, output: () => out, stop };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`${command} did not answer on ${url} within ${timeoutMs} ms:\n${out}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
