import { describe, expect, it } from 'vitest';
import type { ProtocolName } from '../schema/index.js';
import { awsJson1_0, awsJson1_1, awsQuery, ec2Query, getProtocol, restJson1, restXml, rpcv2Json } from './index.js';

describe('getProtocol', () => {
  it('returns the JSON codecs by name', () => {
    expect(getProtocol('restJson1')).toBe(restJson1);
    expect(getProtocol('awsJson1_0')).toBe(awsJson1_0);
    expect(getProtocol('awsJson1_1')).toBe(awsJson1_1);
    expect(getProtocol('rpcv2Json')).toBe(rpcv2Json);
    expect(awsJson1_0.name).toBe('awsJson1_0');
  });
  it('returns the query codecs by name', () => {
    expect(getProtocol('awsQuery')).toBe(awsQuery);
    expect(getProtocol('ec2Query')).toBe(ec2Query);
    expect(getProtocol('restXml')).toBe(restXml);
    expect(ec2Query.name).toBe('ec2Query');
  });
  it('throws a clear error for unsupported protocols', () => {
    expect(() => getProtocol('smithy2' as ProtocolName)).toThrow('protocol smithy2 is not supported by @anvil/runtime (supported: restJson1, awsJson1_0, awsJson1_1, rpcv2Cbor, rpcv2Json, restXml, awsQuery, ec2Query)');
  });
});

describe('codec halves', () => {
  it('each full codec is exactly its client half joined with its server half', async () => {
    const m = await import('./index.js');
    const pairs = [
      [m.restJson1, m.restJson1Client, m.restJson1Server],
      [m.awsJson1_0, m.awsJson1_0Client, m.awsJson1_0Server],
      [m.awsJson1_1, m.awsJson1_1Client, m.awsJson1_1Server],
      [m.restXml, m.restXmlClient, m.restXmlServer],
      [m.awsQuery, m.awsQueryClient, m.awsQueryServer],
      [m.ec2Query, m.ec2QueryClient, m.ec2QueryServer],
      [m.rpcv2Cbor, m.rpcv2CborClient, m.rpcv2CborServer],
      [m.rpcv2Json, m.rpcv2JsonClient, m.rpcv2JsonServer],
    ] as const;
    // awsQuery and ec2Query have no event streams (Smithy "AWS query protocol" supports none)
    const noEvents = new Set<string>(['awsQuery', 'ec2Query']);
    for (const [full, client, server] of pairs) {
      const events = noEvents.has(client.name) ? [] : ['events'];
      expect(Object.keys(client).sort()).toEqual([...events, 'name', 'parseError', 'parseResponse', 'serializeRequest']);
      expect(Object.keys(server).sort()).toEqual([...events, 'matchRequest', 'name', 'parseRequest', 'serializeError', 'serializeResponse']);
      // restJson1 and awsJson: the full codec's client half is the same code with every codec feature as its default
      // (the generated clients' halves take features from the operation schema only)
      const featureGated = ['restJson1', 'awsJson1_0', 'awsJson1_1'].includes(client.name);
      if (!featureGated) expect(full.serializeRequest).toBe(client.serializeRequest);
      if (!featureGated) expect(full.clientEvents).toBe(client.events);
      else expect(full.clientEvents?.initialMessages).toBe(client.events?.initialMessages);
      expect(full.serverEvents).toBe(server.events);
      expect(full.parseRequest).toBe(server.parseRequest);
      expect(full.name).toBe(client.name);
    }
  });

  it('refuses to join halves of different protocols', async () => {
    const { joinCodec } = await import('./codec.js');
    const m = await import('./index.js');
    expect(() => joinCodec(m.restJson1Client, m.awsJson1_0Server)).toThrow('codec halves disagree: restJson1 vs awsJson1_0');
  });
});
