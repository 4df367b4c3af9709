import { describe, expect, it } from 'vitest';
import { byRouteSpecificity } from './route-order.js';

const op = (name: string, uri?: string) => ({ name, ...(uri ? { http: { uri } } : {}) });
const order = (...ops: ReturnType<typeof op>[]) => byRouteSpecificity(ops).map((o) => o.name);

describe('byRouteSpecificity', () => {
  it('puts a route with literal query parameters before the same path without (lambda ListProvisionedConcurrencyConfigs)', () => {
    expect(order(op('Get', '/functions/{Name}/concurrency'), op('List', '/functions/{Name}/concurrency?List=ALL'))).toEqual(['List', 'Get']);
    expect(order(op('CreateToken', '/token'), op('CreateTokenWithIAM', '/token?aws_iam=t'))).toEqual(['CreateTokenWithIAM', 'CreateToken']);
  });

  it('puts a literal segment before a label, a label before a greedy label (wickr GetBotsCount)', () => {
    expect(order(op('GetBot', '/networks/{id}/bots/{botId}'), op('GetBotsCount', '/networks/{id}/bots/count'))).toEqual(['GetBotsCount', 'GetBot']);
    expect(order(op('Greedy', '/a/{k+}'), op('Label', '/a/{k}'))).toEqual(['Label', 'Greedy']);
  });

  it('puts a greedy label followed by a literal before the greedy label alone (workspaces-web DisassociateSessionLogger)', () => {
    expect(order(op('DeletePortal', '/portals/{arn+}'), op('Disassociate', '/portals/{arn+}/sessionLogger'))).toEqual(['Disassociate', 'DeletePortal']);
  });

  it('keeps model order for routes that do not overlap and for operations without @http', () => {
    expect(order(op('B', '/b/{x}'), op('A', '/a/{x}'))).toEqual(['B', 'A']);
    expect(order(op('Y'), op('X'))).toEqual(['Y', 'X']);
  });
});
