/**
 * The console: lists source servers page by page and retries data replication per server.
 * @packageDocumentation
 */
import type { DrsClient } from '@anvil-gen/drs-client';
import { SourceServerPager } from './pager.js';
import { describeError, retryReplication } from './retry.js';
import { renderFrame, renderServerRow, setStatus, updateReplicationState } from './view.js';

/** Options of {@link mountConsole}. */
export interface ConsoleOptions {
  /** The DRS client (see `createClient` in `config.ts`). */
  readonly client: Pick<DrsClient, 'describeSourceServers' | 'retryDataReplication' | 'config'>;
  /** `maxResults` per `DescribeSourceServers` page. @default 10 */
  readonly pageSize?: number;
}

/** A mounted console. */
export interface ConsoleHandle {
  /** Resolves when the page in flight (the first one right after mounting) has been shown or its error displayed. */
  readonly idle: Promise<void>;
  /** Load the next page, like clicking "Load more"; resolves when it is shown (errors are displayed, never thrown). */
  loadMore(): Promise<void>;
}

/**
 * Render the console into `root` and load the first page of source servers.
 *
 * "Load more" appears while `DescribeSourceServers` returns a `nextToken`. Each row's
 * "Retry data replication" calls the deprecated `RetryDataReplication` and shows the
 * outcome in the row: the returned replication state, or `<ErrorName>: <message>`.
 *
 * @param root the container element; its content is replaced
 * @param options client and page size
 * @returns a handle to await loading
 */
export function mountConsole(root: HTMLElement, options: ConsoleOptions): ConsoleHandle {
  const { client } = options;
  const frame = renderFrame(root, client.config.region ?? '(no region)');
  const pager = new SourceServerPager(client, options.pageSize ?? 10);
  let shown = 0;
  let inFlight: Promise<void> | undefined;

  const retry = async (row: HTMLTableRowElement): Promise<void> => {
    const button = row.querySelector<HTMLButtonElement>('[data-testid="retry"]');
    const status = row.querySelector('[data-testid="retry-status"]');
    const id = row.dataset['serverId'] ?? '';
    if (!button || !status) return;
    button.disabled = true;
    setStatus(status, 'pending', 'Retrying…');
    const outcome = await retryReplication(client, id);
    button.disabled = false;
    if (outcome.ok) {
      updateReplicationState(row, outcome.server);
      const state = outcome.server.dataReplicationInfo?.dataReplicationState ?? 'UNKNOWN';
      setStatus(status, 'success', `Retry requested · replication ${state}`);
    } else {
      setStatus(status, 'error', outcome.error);
    }
  };

  const loadPage = async (): Promise<void> => {
    frame.loadMore.disabled = true;
    setStatus(frame.listStatus, 'pending', shown === 0 ? 'Loading source servers…' : `${shown} source servers · loading more…`);
    try {
      const servers = await pager.next();
      frame.rows.append(...servers.map((server) => renderServerRow(server, (row) => void retry(row))));
      shown += servers.length;
      setStatus(frame.listStatus, 'info', pager.done ? `${shown} source servers` : `${shown} source servers · more available`);
      frame.loadMore.textContent = 'Load more';
      frame.loadMore.hidden = pager.done;
    } catch (error) {
      setStatus(frame.listStatus, 'error', `Could not list source servers: ${describeError(error)}`);
      frame.loadMore.textContent = 'Try again';
      frame.loadMore.hidden = false;
    } finally {
      frame.loadMore.disabled = false;
    }
  };

  const loadMore = (): Promise<void> => {
    if (pager.done) return Promise.resolve();
    inFlight ??= loadPage().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };

  frame.loadMore.addEventListener('click', () => void loadMore());
  const idle = loadMore();
  return {
    get idle() {
      return inFlight ?? idle;
    },
    loadMore,
  };
}
