/**
 * Packaging: a browser bundle of `DrsLiteClient` + `retryDataReplication`
 * carries no other operation, no other protocol codec and no mock-only code
 * (fake data, validation, randexp), and needs no Node built-ins.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ANVIL_ENTRY, bundleBrowser } from '../../../scripts/bench/client/bundle.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const HERE = join(ROOT, 'packages', 'integration-tests');

/** Entry importing the generated handlers (the mock side: fake data, validation, randexp). */
const MSW_ENTRY = "import { handlers } from '@anvil-gen/drs-msw'; export { handlers };";

/**
 * Text that survives minification and exists only in mock-only modules: validation messages
 * (msw-runtime/src/validate), the fake-data error (msw-runtime/src/fake), randexp's option name and
 * its regex tokenizer's (ret) error text.
 */
const MOCK_ONLY_MARKERS: ReadonlyArray<readonly [what: string, marker: string]> = [
  ['validation messages', 'failed to satisfy constraint'],
  ['fake data', 'Cannot fake '],
  ['randexp', 'defaultRange'],
  ['ret (randexp tokenizer)', 'Nothing to repeat'],
];

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
    // nor flexible checksums (aws.protocols#httpChecksum: S3 only): the CRC32 / CRC32C tables (0x77073096, 0xF26B8303) and headers
    for (const marker of ['1996959894', '4067132163', 'x-amz-checksum-']) expect(code).not.toContain(marker);
    // nor the rule-set engine (the embedded model has no rule set)
    expect(code).not.toContain('aws.partition');
    expect(gzipBytes).toBeLessThan(30_000);
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

  it('the client runtime bundles for the browser without Node built-ins', async () => {
    const entry = "import { Client, paginate, waitUntil, redact } from '@anvil/client-runtime'; export { Client, paginate, waitUntil, redact };";
    const { code } = await bundleBrowser(entry, HERE, { root: ROOT });
    expect(code).not.toMatch(/from\s*["']node:/);
    // the browser build signs with aws4fetch on WebCrypto (the `node` condition picks @smithy/signature-v4 instead)
    expect(code).toContain('crypto.subtle.sign("HMAC"');
    expect(code).not.toContain('createHmac');
  });
});
