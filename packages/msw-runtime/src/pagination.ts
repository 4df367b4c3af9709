/**
 * Pagination-aware default answers for `@paginated` operations (Smithy
 * "paginated trait"): the default output of such an operation is one page of
 * a deterministic, finite collection, so a paginator over the mock ends.
 * @packageDocumentation
 */
import { deref, getAtPath, memberAtPath, pathSegments, setAtPath } from '@anvil/runtime';
import type { ListSchema, MemberSchema, OperationSchema, Schema } from '@anvil/runtime';
import { fakeValue } from './fake/index.js';

/** Pages the default collection spans when the client sends no page size. */
export const DEFAULT_PAGES = 3;
/** Page size used when the client sends none (clamped into the page-size member's `@range`). */
export const DEFAULT_PAGE_SIZE = 2;

/** How one paginated operation's default collection is laid out. */
export interface PaginationPlan {
  /** Member path (dot-separated) of the input token, page size, output token and items. */
  readonly inputToken: readonly string[];
  readonly pageSize: readonly string[] | undefined;
  readonly outputToken: readonly string[];
  readonly items: readonly string[];
  /** Schema of one item (member-level constraints folded in). */
  readonly item: Schema;
  /** Page size when the request has none. */
  readonly defaultPageSize: number;
  /** Most items one page may hold (the items list's `@length` max). */
  readonly maxPageSize: number;
  /** Items in the whole collection: `DEFAULT_PAGES * defaultPageSize - 1`, so the default paging gives 3 pages. */
  readonly total: number;
  /** Schema of the token member (tokens are fake values of it). */
  readonly token: Schema;
}

/** A page, or why the request's token is not one this mock issued. */
export type PageResult =
  | { readonly ok: true; readonly output: Record<string, unknown> }
  | { readonly ok: false; readonly path: string; readonly message: string };

/** A member's target with the member-level constraints laid over it. */
function withMemberConstraints(member: MemberSchema): Schema {
  const target = deref(member.target);
  const extra: Record<string, unknown> = {};
  if (member.length !== undefined) extra['length'] = member.length;
  if (member.range !== undefined) extra['range'] = member.range;
  if (member.pattern !== undefined) extra['pattern'] = member.pattern;
  return Object.keys(extra).length === 0 ? target : ({ ...target, ...extra } as Schema);
}

/**
 * Work out the default collection of a paginated operation.
 *
 * @param operation the operation; needs `paginated.items` (a list member of the
 *   output) and both tokens, else there is no plan
 * @returns the plan, or `undefined` when the operation is not paginated over a list
 */
export function paginationPlan(operation: OperationSchema): PaginationPlan | undefined {
  const info = operation.paginated;
  if (!info?.items || !info.inputToken || !info.outputToken) return undefined;
  const input = deref(operation.input);
  const output = deref(operation.output);
  const itemsMember = memberAtPath(output, info.items);
  const tokenMember = memberAtPath(output, info.outputToken);
  if (!itemsMember || !tokenMember || !memberAtPath(input, info.inputToken)) return undefined;
  const list = withMemberConstraints(itemsMember);
  if (list.type !== 'list') return undefined;
  const sizeMember = info.pageSize === undefined ? undefined : memberAtPath(input, info.pageSize);
  const sizeSchema = sizeMember ? withMemberConstraints(sizeMember) : undefined;
  const range = sizeSchema && 'range' in sizeSchema ? sizeSchema.range : undefined;
  const maxPageSize = Math.max(1, (list as ListSchema).length?.max ?? Number.POSITIVE_INFINITY);
  const defaultPageSize = Math.min(maxPageSize, Math.max(DEFAULT_PAGE_SIZE, range?.min ?? 1, 1), range?.max ?? Infinity);
  return {
    inputToken: pathSegments(info.inputToken),
    pageSize: info.pageSize === undefined ? undefined : pathSegments(info.pageSize),
    outputToken: pathSegments(info.outputToken),
    items: pathSegments(info.items),
    item: withMemberConstraints((list as ListSchema).member),
    defaultPageSize,
    maxPageSize,
    total: DEFAULT_PAGES * defaultPageSize - 1,
    token: withMemberConstraints(tokenMember),
  };
}

/**
 * Pages of one handler's default collection. Tokens are fake values of the
 * token schema (so they satisfy its constraints), one per page start, derived
 * from the seed; items are fake values of the item schema at `/<items>/<index>`
 * of the whole collection, so every page size sees the same collection.
 */
export class Pager {
  private readonly tokens = new Map<string, number>();
  private readonly tokenAt: string[] = [];

  /**
   * @param plan the operation's plan from {@link paginationPlan}
   * @param seed the handler's seed
   */
  constructor(
    readonly plan: PaginationPlan,
    private readonly seed: string | number,
  ) {
    for (let offset = 0; offset <= plan.total; offset++) {
      let token = String(fakeValue(plan.token, { seed: `${String(seed)}|page`, path: `/${offset}` }));
      // Fake strings are short and seeded per offset; on the rare collision, mark the offset in.
      if (this.tokens.has(token)) token = `${token.slice(0, Math.max(0, token.length - String(offset).length))}${offset}`;
      this.tokens.set(token, offset);
      this.tokenAt.push(token);
    }
  }

  /**
   * The page the request asks for, laid over `base` (the output's default).
   *
   * @param base the default output (items and token are replaced)
   * @param input the parsed request input
   * @returns the page (`nextToken` absent on the last page), or an error naming the
   *   input token's JSON pointer when the request's token was not issued by this mock
   */
  page(base: Record<string, unknown>, input: Record<string, unknown>): PageResult {
    const { plan } = this;
    const token = getAtPath(input, plan.inputToken);
    let offset = 0;
    if (token !== undefined && token !== null && token !== '') {
      const found = typeof token === 'string' ? this.tokens.get(token) : undefined;
      if (found === undefined || found === 0) {
        return {
          ok: false,
          path: `/${plan.inputToken.join('/')}`,
          message: `Invalid pagination token ${JSON.stringify(token)}: not a token this mock issued`,
        };
      }
      offset = found;
    }
    const requested = plan.pageSize === undefined ? undefined : getAtPath(input, plan.pageSize);
    const size = Math.max(
      1,
      Math.min(plan.maxPageSize, typeof requested === 'number' && requested > 0 ? Math.floor(requested) : plan.defaultPageSize),
    );
    const end = Math.min(plan.total, offset + size);
    const items: unknown[] = [];
    const itemsPointer = `/${plan.items.join('/')}`;
    for (let i = offset; i < end; i++) items.push(fakeValue(plan.item, { seed: this.seed, path: `${itemsPointer}/${i}` }));
    const withItems = setAtPath(base, plan.items, items);
    return { ok: true, output: setAtPath(withItems, plan.outputToken, end < plan.total ? this.tokenAt[end] : undefined) };
  }
}
