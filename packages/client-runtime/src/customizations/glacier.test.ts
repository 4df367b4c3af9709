/** Glacier customisation: version header, `-` account id, checksum headers. */
import type { OperationSchema, ServiceSchema, StructureSchema } from '@anvil/runtime';
import { describe, expect, it } from 'vitest';
import { sendWith, UNIT } from './__fixtures__/send.js';
import { glacierCustomization } from './glacier.js';

const Glacier$: ServiceSchema = { id: 'com.amazonaws.glacier#Glacier', name: 'Glacier', sdkId: 'Glacier', version: '2012-06-01', protocol: 'restJson1', errors: [], auth: [] };

const UploadArchiveInput$: StructureSchema = {
  type: 'structure',
  name: 'UploadArchiveInput',
  members: {
    accountId: { target: { type: 'string' }, httpLabel: true, required: true },
    vaultName: { target: { type: 'string' }, httpLabel: true, required: true },
    checksum: { target: { type: 'string' }, httpHeader: 'x-amz-sha256-tree-hash' },
    body: { target: { type: 'blob', streaming: true }, httpPayload: true },
  },
};
const UploadArchive$: OperationSchema = {
  id: 'com.amazonaws.glacier#UploadArchive',
  name: 'UploadArchive',
  input: UploadArchiveInput$,
  output: UNIT,
  errors: [],
  http: { method: 'POST', uri: '/{accountId}/vaults/{vaultName}/archives', code: 201 },
};
const ListVaults$: OperationSchema = {
  id: 'com.amazonaws.glacier#ListVaults',
  name: 'ListVaults',
  input: { type: 'structure', name: 'ListVaultsInput', members: { accountId: { target: { type: 'string' }, httpLabel: true, required: true } } },
  output: UNIT,
  errors: [],
  http: { method: 'GET', uri: '/{accountId}/vaults', code: 200 },
};

const HELLO_SHA256 = 'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9';
const hello = new TextEncoder().encode('hello world');

describe('glacierCustomization', () => {
  it('sends X-Amz-Glacier-Version and both checksums of the body on UploadArchive', async () => {
    const sent = await sendWith(Glacier$, UploadArchive$, { accountId: 'foo', vaultName: 'bar', body: hello }, [glacierCustomization]);
    expect(sent.url).toBe('https://example.com/foo/vaults/bar/archives');
    expect(sent.headers['x-amz-glacier-version']).toBe('2012-06-01');
    expect(sent.headers['x-amz-content-sha256']).toBe(HELLO_SHA256);
    expect(sent.headers['x-amz-sha256-tree-hash']).toBe(HELLO_SHA256);
    expect(sent.body).toBe('hello world');
  });

  it('keeps a tree hash the caller set', async () => {
    const sent = await sendWith(Glacier$, UploadArchive$, { accountId: 'foo', vaultName: 'bar', body: hello, checksum: 'abc' }, [glacierCustomization]);
    expect(sent.headers['x-amz-sha256-tree-hash']).toBe('abc');
    expect(sent.headers['x-amz-content-sha256']).toBe(HELLO_SHA256);
  });

  it.each([[''], [undefined], [null]])('sends accountId %j as "-"', async (accountId) => {
    const sent = await sendWith(Glacier$, UploadArchive$, { accountId, vaultName: 'bar' }, [glacierCustomization]);
    expect(sent.url).toBe('https://example.com/-/vaults/bar/archives');
  });

  it('sets only the version header on other operations', async () => {
    const sent = await sendWith(Glacier$, ListVaults$, { accountId: '123456789012' }, [glacierCustomization]);
    expect(sent.url).toBe('https://example.com/123456789012/vaults');
    expect(sent.headers['x-amz-glacier-version']).toBe('2012-06-01');
    expect(sent.headers['x-amz-sha256-tree-hash']).toBeUndefined();
    expect(sent.headers['x-amz-content-sha256']).toBeUndefined();
  });

  it('leaves inputs without an accountId label, and the caller\'s object, unchanged', () => {
    const input = { accountId: '' };
    const Other$: OperationSchema = { ...ListVaults$, input: { type: 'structure', name: 'I', members: { accountId: { target: { type: 'string' } } } } };
    expect(glacierCustomization.prepareInput!(Other$, input, Glacier$)).toBe(input);
    expect(glacierCustomization.prepareInput!(ListVaults$, input, Glacier$)).toEqual({ accountId: '-' });
    expect(input).toEqual({ accountId: '' });
  });
});
