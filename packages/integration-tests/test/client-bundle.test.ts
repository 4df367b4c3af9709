/**
 * Packaging: a browser bundle of `DrsLiteClient` + `retryDataReplication`
 * carries no other operation, no other protocol codec and no mock-only code
 * (fake data, validation, randexp), and needs no Node built-ins; it carries the
 * model's endpoint rule set (`smithy.rules#endpointRuleSet`) and its evaluator; in a
 * service with streaming operations, only the bundles of those carry streaming code.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '@anvil/generator';
import { ANVIL_ENTRY, bundleBrowser } from '../../../scripts/bench/client/bundle.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const HERE = join(ROOT, 'packages', 'integration-tests');

/** Entry importing the generated handlers (the mock side: fake data, validation, randexp). */
const MSW_ENTRY = "import { handlers } from '@anvil-gen/drs-msw'; export { handlers };";

/**
 * Text that survives minification and exists only in mock-only modules: validation messages
 * (msw-runtime/src/validate), the fake-data error (msw-runtime/src/fake), randexp's option name and
 * its regex tokenizer's (ret) error text; and schema data that only the types package's full schemas hold.
 */
const MOCK_ONLY_MARKERS: ReadonlyArray<readonly [what: string, marker: string]> = [
  ['validation messages', 'failed to satisfy constraint'],
  ['fake data', 'Cannot fake '],
  ['randexp', 'defaultRange'],
  ['ret (randexp tokenizer)', 'Nothing to repeat'],
  // strict integer range checks (codecs/integers.ts, the integerRanges codec feature): the 32-bit bound as a BigInt literal
  ['integer range checks', '-2147483648n'],
  // schema data only the mock reads: the client's wire schemas carry no constraints, enum values or ids of non-error shapes
  ['@pattern of SourceServerID', '^s-[0-9a-zA-Z]{17}$'],
  ['enum values of DataReplicationErrorString', 'FAILED_TO_START_DATA_TRANSFER'],
  ['shape id of a non-error shape', 'com.amazonaws.drs#SourceServerID'],
];

/** Temporary directories of generated services, removed after the tests. */
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/**
 * A restJson1 service with a plain operation (`Ping`), an operation whose output is an event stream
 * (`Watch`) and one whose input is a `@streaming` blob (`Upload`), generated as `@anvil-gen/streams-*`.
 * @returns the directory holding `streams/{types,client}/src`
 */
function streamingService(): string {
  const tmp = join(HERE, '.tmp');
  mkdirSync(tmp, { recursive: true });
  const dir = mkdtempSync(join(tmp, 'bundle-'));
  temps.push(dir);
  const ns = 'example.streams';
  const model = {
    smithy: '2.0',
    shapes: {
      [`${ns}#Streams`]: {
        type: 'service', version: '2024-01-01',
        operations: [{ target: `${ns}#Ping` }, { target: `${ns}#Watch` }, { target: `${ns}#Upload` }],
        traits: { 'aws.protocols#restJson1': {}, 'aws.auth#sigv4': { name: 'streams' }, 'aws.api#service': { sdkId: 'Streams' } },
      },
      [`${ns}#Ping`]: { type: 'operation', input: { target: `${ns}#PingInput` }, output: { target: `${ns}#PingOutput` }, traits: { 'smithy.api#http': { method: 'POST', uri: '/ping', code: 200 } } },
      [`${ns}#PingInput`]: { type: 'structure', members: { name: { target: 'smithy.api#String' } }, traits: { 'smithy.api#input': {} } },
      [`${ns}#PingOutput`]: { type: 'structure', members: { name: { target: 'smithy.api#String' } }, traits: { 'smithy.api#output': {} } },
      [`${ns}#Watch`]: { type: 'operation', input: { target: `${ns}#PingInput` }, output: { target: `${ns}#WatchOutput` }, traits: { 'smithy.api#http': { method: 'POST', uri: '/watch', code: 200 } } },
      [`${ns}#WatchOutput`]: { type: 'structure', members: { events: { target: `${ns}#Events`, traits: { 'smithy.api#httpPayload': {} } } }, traits: { 'smithy.api#output': {} } },
      [`${ns}#Events`]: { type: 'union', members: { tick: { target: `${ns}#Tick` } }, traits: { 'smithy.api#streaming': {} } },
      [`${ns}#Tick`]: { type: 'structure', members: { at: { target: 'smithy.api#Integer' } } },
      [`${ns}#Upload`]: { type: 'operation', input: { target: `${ns}#UploadInput` }, output: { target: 'smithy.api#Unit' }, traits: { 'smithy.api#http': { method: 'PUT', uri: '/upload', code: 200 } } },
      [`${ns}#UploadInput`]: { type: 'structure', members: { body: { target: `${ns}#Bytes`, traits: { 'smithy.api#httpPayload': {} } } }, traits: { 'smithy.api#input': {} } },
      [`${ns}#Bytes`]: { type: 'blob', traits: { 'smithy.api#streaming': {} } },
    },
  };
  const file = join(dir, 'streams.json');
  writeFileSync(file, JSON.stringify(model));
  generate({ models: [file], out: join(dir, 'streams'), name: 'streams', only: ['types', 'client'] });
  return dir;
}

describe('tree-shaking', () => {
  it('a one-operation browser bundle has only that operation and the restJson1 codec', async () => {
    const { code, gzipBytes } = await bundleBrowser(ANVIL_ENTRY, HERE, { root: ROOT });
    expect(code).toContain('com.amazonaws.drs#RetryDataReplication');
    expect(code).toContain('/RetryDataReplication');
    for (const other of ['DescribeSourceServers', 'ListTagsForResource', '/tags/{resourceArn}']) expect(code).not.toContain(other);
    // awsJson codecs (X-Amz-Target) and the mock side (fake data, validation) are not pulled in
    expect(code).not.toContain('application/x-amz-json-1.');
    expect(code).not.toContain('randexp');
    // only the codec's client half: the mock direction's request checks and error codes stay out
    expect(code).not.toContain('UnknownOperationException');
    expect(code).not.toContain('UnsupportedMediaTypeException');
    // nor body encoders the model does not use (gzip, MD5)
    expect(code).not.toContain('CompressionStream');
    // the embedded model carries DRS's endpoint rule set: the rule-set engine and the rule set come along
    expect(code).toContain('aws.partition');
    expect(code).toContain('https://drs.{Region}.{PartitionResult#dnsSuffix}');
    // nor flexible checksums (aws.protocols#httpChecksum: S3 only): the CRC32 / CRC32C tables (0x77073096, 0xF26B8303) and headers
    for (const marker of ['1996959894', '4067132163', 'x-amz-checksum-']) expect(code).not.toContain(marker);
    // features the service does not use stay out: bearer / API-key auth, the option checks of body encoders it lacks,
    // the endpointPrefix default (the rule set resolves endpoints)
    for (const marker of ['Bearer ', 'requestMinCompressionSizeBytes', 'has no endpointPrefix or sigv4 name']) expect(code).not.toContain(marker);
    // what the operation uses comes along: its deprecation warning, redaction of DRS's @sensitive tags in debug logs
    expect(code).toContain('is deprecated');
    expect(code).toContain('***SensitiveInformation***');
    // response headers parsed only as far as DRS's need (strings, a long): no boolean, float, big-number, timestamp or blob header parsing
    for (const marker of ['true or false', 'a decimal number']) expect(code).not.toContain(marker);
    expect(code).toContain('an integer');
    expect(gzipBytes).toBeLessThan(18_300);
  });

  it('carries only the codec features the operation uses (RetryDataReplication: no timestamps, blobs, big numbers, unions, bound input members or payload members), which the handlers bundle has', async () => {
    const client = await bundleBrowser(ANVIL_ENTRY, HERE, { root: ROOT });
    const mock = await bundleBrowser(MSW_ENTRY, HERE, { root: ROOT });
    const markers = [
      ['the timestamp parser', 'Mon|Tue|Wed'],
      ['base64', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'],
      ['the exact-number JSON reader', 'unexpected end of JSON'],
      ['big-number values', 'big-integer text'],
      ['the union reader', 'a union must have exactly one member set'],
      ['request label, query and header writers', 'must not be empty'],
      ['payload members', 'expected a Uint8Array payload'],
    ] as const;
    for (const [what, marker] of markers) {
      expect(mock.code.includes(marker), `${what} (${JSON.stringify(marker)}) in the handlers bundle`).toBe(true);
      expect(client.code.includes(marker), `${what} (${JSON.stringify(marker)}) in the client bundle`).toBe(false);
    }
  });

  it('keeps mock-only code out of the client bundle (and the same search finds it in a bundle of the handlers)', async () => {
    const client = await bundleBrowser(ANVIL_ENTRY, HERE, { root: ROOT });
    const mock = await bundleBrowser(MSW_ENTRY, HERE, { root: ROOT });
    for (const [what, marker] of MOCK_ONLY_MARKERS) {
      expect(mock.code.includes(marker), `${what} (${JSON.stringify(marker)}) in the handlers bundle`).toBe(true);
      expect(client.code.includes(marker), `${what} (${JSON.stringify(marker)}) in the client bundle`).toBe(false);
    }
    expect(client.bytes).toBeLessThan(mock.bytes);
  });

  it('bundles streaming support only with the operations that stream (event stream output, streaming blob input)', async () => {
    const generatedDir = streamingService();
    const source = { root: ROOT, generatedDir, nodePaths: [join(HERE, 'node_modules')] };
    const entry = (fn: string) => `import { StreamsLiteClient, ${fn} } from '@anvil-gen/streams-client';
export const run = (input) => ${fn}(new StreamsLiteClient({ region: 'us-east-1' }), input);`;
    const plain = await bundleBrowser(entry('ping'), HERE, source);
    const events = await bundleBrowser(entry('watch'), HERE, source);
    const blob = await bundleBrowser(entry('upload'), HERE, source);
    // event streams: message headers, per-event SigV4 (aws4fetch itself knows `UNSIGNED-PAYLOAD`: no marker for blobs)
    expect(events.code).toContain(':message-type');
    expect(events.code).toContain('STREAMING-AWS4-HMAC-SHA256-EVENTS');
    for (const marker of [':message-type', 'STREAMING-AWS4-HMAC-SHA256-EVENTS']) {
      expect(blob.code).not.toContain(marker);
      expect(plain.code).not.toContain(marker);
    }
    // a model without @sensitive or @deprecated shapes: no redaction, no deprecation warning
    for (const marker of ['***SensitiveInformation***', 'is deprecated']) expect(plain.code).not.toContain(marker);
    expect(plain.gzipBytes).toBeLessThan(blob.gzipBytes);
    expect(blob.gzipBytes).toBeLessThan(events.gzipBytes);
  });

  it('the client runtime bundles for the browser without Node built-ins', async () => {
    const entry = "import { Client, paginate, waitUntil, redact } from '@anvil/client-runtime'; export { Client, paginate, waitUntil, redact };";
    const { code } = await bundleBrowser(entry, HERE, { root: ROOT });
    expect(code).not.toMatch(/from\s*["']node:/);
    // the browser build signs with aws4fetch on WebCrypto (the `node` condition picks @smithy/signature-v4 instead)
    expect(code).toContain('crypto.subtle.sign("HMAC"');
    expect(code).not.toContain('createHmac');
  });
});
