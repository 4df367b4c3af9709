/**
 * A small program written against `@aws-sdk/client-drs`: commands, a modeled error, a paginator.
 * `program.anvil.ts` is this file with only the import changed (`drop-in.test.ts` checks that, runs both
 * through the generated mocks, and compares what they return).
 */
import {
  DescribeSourceServersCommand,
  DrsClient,
  DrsServiceException,
  ListTagsForResourceCommand,
  ResourceNotFoundException,
  RetryDataReplicationCommand,
  paginateDescribeSourceServers,
  type DescribeSourceServersCommandOutput,
} from '@aws-sdk/client-drs';

/** What the program found out. */
export interface ProgramResult {
  readonly serverId: string | undefined;
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly tags: Record<string, string> | undefined;
  readonly missing: string;
  readonly unknownIsBase: boolean;
  readonly firstPageCount: number;
  readonly pagedIds: readonly string[];
}

export async function program(region: string): Promise<ProgramResult> {
  const client = new DrsClient({ region, credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET' }, maxAttempts: 1 });
  const server = await client.send(new RetryDataReplicationCommand({ sourceServerID: 's-1234567890abcdef0' }));
  const tags = await client.send(new ListTagsForResourceCommand({ resourceArn: server.arn! }));

  let missing = '';
  try {
    await client.send(new RetryDataReplicationCommand({ sourceServerID: 's-00000000000000000' }));
  } catch (e) {
    if (!(e instanceof ResourceNotFoundException)) throw e;
    missing = `${e.name} ${e.$fault} ${e.$metadata.httpStatusCode} ${e.resourceId}`;
  }

  let unknownIsBase = false;
  try {
    await client.send(new RetryDataReplicationCommand({ sourceServerID: 's-11111111111111111' }));
  } catch (e) {
    unknownIsBase = e instanceof DrsServiceException && e.name === 'SomethingNewException';
  }

  const first: DescribeSourceServersCommandOutput = await client.send(new DescribeSourceServersCommand({ maxResults: 2 }));
  const pagedIds: string[] = [];
  for await (const page of paginateDescribeSourceServers({ client, pageSize: 2 }, {})) {
    for (const s of page.items ?? []) pagedIds.push(s.sourceServerID!);
  }
  client.destroy();
  return {
    serverId: server.sourceServerID,
    status: server.$metadata.httpStatusCode,
    requestId: server.$metadata.requestId,
    tags: tags.tags,
    missing,
    unknownIsBase,
    firstPageCount: first.items?.length ?? 0,
    pagedIds,
  };
}
