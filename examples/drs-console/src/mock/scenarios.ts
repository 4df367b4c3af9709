/**
 * Mock scenarios shared by the component tests (msw/node) and the mock page
 * (msw service worker): demo source servers and named sets of overrides on top
 * of the generated `handlers`.
 * @packageDocumentation
 */
import type { DataReplicationState, RetryDataReplicationRequest, SourceServer } from '@anvil-gen/drs-types';
import { describeSourceServersHandler, errors, retryDataReplicationHandler, type HandlerOverride } from '@anvil-gen/drs-msw';
import type { HttpHandler } from 'msw';

/** Three demo source servers (IDs satisfy the model's `^s-[0-9a-zA-Z]{17}$`). */
export const DEMO_SERVERS: readonly SourceServer[] = [
  demoServer('s-1234567890abcdef0', 'web-01.example.internal', 'CONTINUOUS'),
  demoServer('s-0a1b2c3d4e5f6a7b8', 'db-primary.example.internal', 'STALLED'),
  demoServer('s-9f8e7d6c5b4a3f2e1', 'batch-07.example.internal', 'DISCONNECTED'),
];

/** Message of the `ResourceNotFoundException` the `retry-not-found` scenario answers with. */
export const NOT_FOUND_MESSAGE = 'Source server is no longer registered with Elastic Disaster Recovery';

/**
 * Message of the `UninitializedAccountException` the `list-uninitialized` scenario answers with
 * (a client fault the client does not retry, unlike `ThrottlingException`).
 */
export const UNINITIALIZED_MESSAGE = 'Elastic Disaster Recovery is not initialized in this account and region';

/** Replication state the demo `RetryDataReplication` answer reports. */
export const RETRIED_STATE: DataReplicationState = 'INITIATING';

/** Names accepted by {@link scenarioHandlers} (and the mock page's `?scenario=`). */
export const SCENARIOS = ['demo', 'fake', 'retry-not-found', 'list-uninitialized'] as const;

/** One of {@link SCENARIOS}. */
export type ScenarioName = (typeof SCENARIOS)[number];

/**
 * The overrides of a scenario, to register with `server.use(...)` / `worker.use(...)` on top of the generated `handlers`:
 * - `demo`: one page of {@link DEMO_SERVERS}; retries answer the server with state {@link RETRIED_STATE};
 * - `fake`: nothing, i.e. the generated fake data (paginated: `nextToken` until the collection ends);
 * - `retry-not-found`: `demo`, but retries answer `ResourceNotFoundException` ({@link NOT_FOUND_MESSAGE});
 * - `list-uninitialized`: listing answers `UninitializedAccountException` ({@link UNINITIALIZED_MESSAGE}).
 * @param name the scenario
 * @returns the handlers, most specific first
 */
export function scenarioHandlers(name: ScenarioName): HttpHandler[] {
  switch (name) {
    case 'fake':
      return [];
    case 'demo':
      return [demoListHandler(), retryDataReplicationHandler(retriedServer)];
    case 'retry-not-found':
      return [demoListHandler(), retryDataReplicationHandler(errors.ResourceNotFoundException({ message: NOT_FOUND_MESSAGE }))];
    case 'list-uninitialized':
      return [describeSourceServersHandler(errors.UninitializedAccountException({ message: UNINITIALIZED_MESSAGE }))];
  }
}

/**
 * Read the scenario from a query string.
 * @param search `location.search`, e.g. `?scenario=retry-not-found`
 * @returns the named scenario, `demo` when there is none
 * @throws Error naming the accepted values when the scenario is unknown
 */
export function parseScenario(search: string): ScenarioName {
  const name = new URLSearchParams(search).get('scenario') ?? 'demo';
  const known = SCENARIOS.find((scenario) => scenario === name);
  if (!known) throw new Error(`Unknown ?scenario=${name}; expected one of ${SCENARIOS.join(', ')}`);
  return known;
}

/**
 * `DescribeSourceServers` answering {@link DEMO_SERVERS} as the only page.
 * @returns the handler (the explicit `nextToken: undefined` removes the default page's token)
 */
export function demoListHandler(): HttpHandler {
  return describeSourceServersHandler({ items: [...DEMO_SERVERS], nextToken: undefined });
}

const retriedServer: HandlerOverride<RetryDataReplicationRequest, SourceServer> = ({ input }) => {
  const server = DEMO_SERVERS.find((s) => s.sourceServerID === input.sourceServerID);
  if (!server) return errors.ResourceNotFoundException({ message: `No demo source server ${input.sourceServerID}`, resourceId: input.sourceServerID });
  return { ...server, dataReplicationInfo: { ...server.dataReplicationInfo, dataReplicationState: RETRIED_STATE } };
};

function demoServer(sourceServerID: string, hostname: string, state: DataReplicationState): SourceServer {
  return {
    sourceServerID,
    arn: `arn:aws:drs:us-east-1:111122223333:source-server/${sourceServerID}`,
    tags: { app: 'demo' },
    dataReplicationInfo: { dataReplicationState: state },
    sourceProperties: { identificationHints: { hostname } },
  };
}
