/**
 * Page-by-page listing of source servers (`DescribeSourceServers`, Smithy
 * "paginated trait": input token `nextToken`, output token `nextToken`, items `items`,
 * page size `maxResults`).
 * @packageDocumentation
 */
import type { DrsClient, SourceServer } from '@anvil-gen/drs-client';

/** The part of the client the pager calls. */
export type DescribeSourceServersApi = Pick<DrsClient, 'describeSourceServers'>;

/**
 * Walks `DescribeSourceServers` one page per {@link SourceServerPager.next} call,
 * following `nextToken` until a page comes back without one.
 */
export class SourceServerPager {
  private token: string | undefined;
  private finished = false;

  /**
   * @param client the DRS client (or anything with `describeSourceServers`)
   * @param pageSize `maxResults` of each request (≥ 1)
   */
  constructor(
    private readonly client: DescribeSourceServersApi,
    private readonly pageSize: number,
  ) {}

  /** Whether the last page has been read (a response without `nextToken`). */
  get done(): boolean {
    return this.finished;
  }

  /**
   * Fetch the next page. A failed request changes nothing, so calling again retries the same page.
   * @returns the page's source servers (`[]` when the service omits `items`)
   * @throws `DrsServiceException` subclasses (e.g. `ThrottlingException`) for error responses,
   *   and whatever `fetch` throws; Error when called after the last page
   */
  async next(): Promise<SourceServer[]> {
    if (this.finished) throw new Error('DescribeSourceServers: there is no page after the last one');
    const page = await this.client.describeSourceServers({
      maxResults: this.pageSize,
      ...(this.token === undefined ? {} : { nextToken: this.token }),
    });
    this.token = page.nextToken || undefined;
    this.finished = this.token === undefined;
    return page.items ?? [];
  }
}
