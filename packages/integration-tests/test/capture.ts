/**
 * Helpers shared by the end-to-end tests: a capturing MSW listener and fixed
 * test credentials.
 */
import type { SetupServer } from 'msw/node';

export const REGION = 'us-east-1';
export const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
export const SOURCE_SERVER_ID = 's-1234567890abcdef0';

/** A request as it reached MSW. */
export interface Captured {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string;
}

/** Record every request MSW sees (a clone, so handlers still read the body). */
export function captureRequests(server: SetupServer): Captured[] {
  const seen: Captured[] = [];
  const pending: Promise<void>[] = [];
  server.events.on('request:start', ({ request }) => {
    const clone = request.clone();
    pending.push(
      clone.text().then((body: string) => {
        seen.push({ method: request.method, url: new URL(request.url), headers: Object.fromEntries(request.headers), body });
      }),
    );
  });
  return seen;
}
