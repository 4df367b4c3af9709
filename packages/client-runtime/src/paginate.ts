/**
 * Paginators for `@paginated` operations (Smithy "paginated trait"): async
 * iteration over pages and over the items of each page.
 * @packageDocumentation
 */
import { getAtPath, setAtPath } from '@anvil/runtime';
import type { OperationSchema } from '@anvil/runtime';
import type { RequestOptions } from './config.js';

/** Options of a paginator. */
export interface PaginationOptions extends RequestOptions {
  /** Page size to request (written to the operation's `pageSize` member). Default: the service's default. */
  pageSize?: number;
  /** Token to start from (e.g. one saved from an earlier run). Default: the input's token, else the first page. */
  startingToken?: unknown;
}

/** Async iterable over pages, plus {@link Paginator.items} over the items of every page. */
export interface Paginator<Page, Item> extends AsyncIterable<Page> {
  /** Iterate over the `items` member of each page, page after page (empty when the operation has no `items` path). */
  items(): AsyncIterable<Item>;
}

/**
 * Build a paginator.
 *
 * Each page is one call of `send` with the input token set to the previous
 * page's output token. Iteration stops when the output token is absent or
 * empty, or when the service returns a token it returned before (a loop).
 *
 * @param operation the operation schema; its `paginated` (service defaults merged) gives the member paths
 * @param send calls the operation once (`(input, options) => describeSourceServers(client, input, options)`)
 * @param input the first page's input (not modified)
 * @param options page size, starting token, abort signal, timeout
 * @returns the paginator; errors of `send` reject the iteration
 * @throws Error (when iterated) naming the operation when it has no `@paginated` tokens
 */
export function paginate<I, Page, Item = unknown>(
  operation: OperationSchema,
  send: (input: I, options?: RequestOptions) => Promise<Page>,
  input: I,
  options: PaginationOptions = {},
): Paginator<Page, Item> {
  const info = operation.paginated;
  const { pageSize, startingToken, ...requestOptions } = options;
  async function* pages(): AsyncGenerator<Page> {
    if (!info?.inputToken || !info.outputToken) {
      throw new Error(`${operation.id} is not paginated (no @paginated inputToken/outputToken)`);
    }
    let request = { ...(input as Record<string, unknown>) };
    if (pageSize !== undefined && info.pageSize) request = setAtPath(request, info.pageSize, pageSize);
    if (startingToken !== undefined) request = setAtPath(request, info.inputToken, startingToken);
    const seen = new Set<string>();
    const first = getAtPath(request, info.inputToken);
    if (first !== undefined) seen.add(JSON.stringify(first));
    for (;;) {
      const page = await send(request as I, requestOptions);
      yield page;
      const token = getAtPath(page, info.outputToken);
      if (token === undefined || token === null || token === '') return;
      const key = JSON.stringify(token);
      if (seen.has(key)) return;
      seen.add(key);
      request = setAtPath(request, info.inputToken, token);
    }
  }
  return {
    [Symbol.asyncIterator]: () => pages(),
    async *items() {
      for await (const page of pages()) {
        const items = info?.items ? getAtPath(page, info.items) : undefined;
        if (Array.isArray(items)) yield* items as Item[];
        else if (items !== null && typeof items === 'object') yield* Object.values(items) as Item[];
      }
    },
  };
}
