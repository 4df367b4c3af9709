import { describeSourceServersHandler } from '@anvil-gen/drs-msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientConfig, createClient, DEMO_CREDENTIALS } from './config.js';
import { DEMO_SERVERS, parseScenario } from './mock/scenarios.js';
import { FAIL_ON_UNHANDLED } from './mock/unhandled.js';

describe('clientConfig', () => {
  it('uses the demo region and static credentials by default', () => {
    expect(clientConfig({}, {})).toEqual({ region: 'us-east-1', credentials: DEMO_CREDENTIALS, deprecationWarnings: false });
  });

  it('reads VITE_DRS_ENDPOINT / VITE_DRS_REGION, and overrides win over both', () => {
    const env = { VITE_DRS_ENDPOINT: 'http://127.0.0.1:4566', VITE_DRS_REGION: 'eu-west-1' };
    expect(clientConfig({}, env)).toMatchObject({ region: 'eu-west-1', endpoint: 'http://127.0.0.1:4566' });
    expect(clientConfig({ region: 'ap-south-1', endpoint: 'https://drs.example.test' }, env)).toMatchObject({
      region: 'ap-south-1',
      endpoint: 'https://drs.example.test',
    });
  });
});

describe('createClient pointed at another endpoint', () => {
  const server = setupServer(describeSourceServersHandler({ items: [...DEMO_SERVERS], nextToken: undefined }, { baseUrl: 'http://127.0.0.1:4566/drs' }));
  beforeAll(() => server.listen(FAIL_ON_UNHANDLED));
  afterAll(() => server.close());

  it('sends the requests there (handlers scoped to that base URL answer)', async () => {
    const client = createClient({ endpoint: 'http://127.0.0.1:4566/drs', region: 'eu-west-1' });
    const page = await client.describeSourceServers({});
    expect(page.items?.map((s) => s.sourceServerID)).toEqual(['s-1234567890abcdef0', 's-0a1b2c3d4e5f6a7b8', 's-9f8e7d6c5b4a3f2e1']);
    expect(page.nextToken).toBeUndefined();
  });
});

describe('parseScenario', () => {
  it('defaults to demo and accepts the named scenarios', () => {
    expect(parseScenario('')).toBe('demo');
    expect(parseScenario('?scenario=retry-not-found&pageSize=2')).toBe('retry-not-found');
  });

  it('names the accepted values for an unknown scenario', () => {
    expect(() => parseScenario('?scenario=nope')).toThrow('Unknown ?scenario=nope; expected one of demo, fake, retry-not-found, list-uninitialized');
  });
});
