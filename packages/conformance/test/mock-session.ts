/**
 * The lifecycle the corpus tests share: one workspace for generated packages and one `msw/node` server
 * (`onUnhandledRequest: 'error'`), created before a test file's tests and disposed after them.
 * @packageDocumentation
 */
import { afterAll, beforeAll } from 'vitest';
import { setupServer, type SetupServer } from 'msw/node';
import { createWorkspace, type Workspace } from '../src/services.js';

/** What a test file's tests use: valid between its `beforeAll` and `afterAll`. */
export interface MockSession {
  /** Where generated packages are written. */
  readonly workspace: Workspace;
  /** The listening server; tests set its handlers with `resetHandlers`. */
  readonly server: SetupServer;
}

/**
 * Register the session's `beforeAll`/`afterAll` hooks in the calling test file.
 * @returns the session, whose members throw when read outside the file's tests
 */
export function useMockSession(): MockSession {
  let workspace: Workspace | undefined;
  let server: SetupServer | undefined;
  beforeAll(() => {
    workspace = createWorkspace();
    const listening = setupServer();
    listening.listen({ onUnhandledRequest: 'error' });
    server = listening;
  });
  afterAll(() => {
    server?.close();
    workspace?.dispose();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the mock session is used outside its test file\'s tests');
    return value;
  };
  return {
    get workspace() {
      return started(workspace);
    },
    get server() {
      return started(server);
    },
  };
}
