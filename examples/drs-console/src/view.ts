/**
 * DOM of the console: the page frame and one table row per source server.
 * Elements carry `data-testid` attributes that the component and browser tests select.
 * @packageDocumentation
 */
import type { SourceServer } from '@anvil-gen/drs-client';
import { h } from './dom.js';
import { RETRY_DEPRECATION } from './retry.js';

/** The elements of the page frame that {@link mountConsole} updates. */
export interface ConsoleFrame {
  readonly root: HTMLElement;
  /** Status line of the list (loading, count, list errors). */
  readonly listStatus: HTMLElement;
  /** Body of the servers table. */
  readonly rows: HTMLTableSectionElement;
  /** "Load more" (also "Try again" after a failed page). */
  readonly loadMore: HTMLButtonElement;
}

/** Kinds of status a status line shows; each is a CSS class `status-<kind>`. */
export type StatusKind = 'info' | 'pending' | 'success' | 'error';

/**
 * Render the page frame into `root` (replacing its content).
 * @param root the container element
 * @param region region shown in the subtitle
 * @returns the elements later updates need
 */
export function renderFrame(root: HTMLElement, region: string): ConsoleFrame {
  const listStatus = h('p', { class: 'status status-pending', role: 'status', 'data-testid': 'list-status' }, 'Loading source servers…');
  const rows = h('tbody');
  const loadMore = h('button', { type: 'button', class: 'secondary', 'data-testid': 'load-more', hidden: true }, 'Load more');
  const header = h(
    'header',
    {},
    h('h1', {}, 'DRS console'),
    h('p', { class: 'subtitle' }, 'Elastic Disaster Recovery source servers in ', h('strong', { 'data-testid': 'region' }, region)),
  );
  const table = h(
    'table',
    { 'data-testid': 'servers' },
    h('thead', {}, h('tr', {}, ...['Source server', 'Hostname', 'Replication', 'Actions'].map((title) => h('th', { scope: 'col' }, title)))),
    rows,
  );
  const footer = h(
    'footer',
    { 'data-testid': 'deprecation-note' },
    deprecatedBadge(),
    ' ',
    h('code', {}, 'RetryDataReplication'),
    `: ${RETRY_DEPRECATION}`,
  );
  root.replaceChildren(header, h('main', {}, listStatus, table, loadMore), footer);
  return { root, listStatus, rows, loadMore };
}

/**
 * Build the row of one source server.
 * @param server the server as `DescribeSourceServers` returned it
 * @param onRetry called with the row when "Retry data replication" is clicked
 * @returns the `<tr>` (`data-server-id` holds the ID)
 */
export function renderServerRow(server: SourceServer, onRetry: (row: HTMLTableRowElement) => void): HTMLTableRowElement {
  const id = server.sourceServerID ?? '(no ID)';
  const hints = server.sourceProperties?.identificationHints;
  const retry = h('button', { type: 'button', 'data-testid': 'retry', 'aria-describedby': `deprecated-${id}` }, 'Retry data replication');
  const row = h(
    'tr',
    { 'data-testid': 'server-row', 'data-server-id': id },
    h('td', {}, h('code', {}, id)),
    h('td', {}, hints?.hostname ?? hints?.fqdn ?? '—'),
    h('td', { 'data-testid': 'replication-state' }, replicationState(server)),
    h(
      'td',
      {},
      h(
        'div',
        { class: 'actions' },
        retry,
        deprecatedBadge(`deprecated-${id}`),
        h('span', { class: 'status', role: 'status', 'data-testid': 'retry-status' }),
      ),
    ),
  );
  retry.addEventListener('click', () => onRetry(row));
  return row;
}

/**
 * Show a server's replication state (after a retry returned the updated server).
 * @param row a row from {@link renderServerRow}
 * @param server the server to show
 */
export function updateReplicationState(row: HTMLTableRowElement, server: SourceServer): void {
  row.querySelector('[data-testid="replication-state"]')?.replaceChildren(replicationState(server));
}

/**
 * Set the text and kind of a status element.
 * @param element a status element (list or row)
 * @param kind what the text is
 * @param text the text
 */
export function setStatus(element: Element, kind: StatusKind, text: string): void {
  element.className = `status status-${kind}`;
  element.textContent = text;
}

/** `Deprecated` badge whose tooltip (`title`) is the model's deprecation message. */
function deprecatedBadge(id?: string): HTMLElement {
  return h('span', { class: 'badge badge-deprecated', title: RETRY_DEPRECATION, id, 'data-testid': 'deprecated-badge' }, 'Deprecated');
}

function replicationState(server: SourceServer): HTMLElement {
  const state = server.dataReplicationInfo?.dataReplicationState ?? 'UNKNOWN';
  return h('span', { class: `state state-${state.toLowerCase()}` }, state);
}
