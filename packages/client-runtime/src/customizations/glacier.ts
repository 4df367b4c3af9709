/**
 * Amazon Glacier (`com.amazonaws.glacier#Glacier`) SDK customisation:
 * - every request carries `X-Amz-Glacier-Version: <service version>`;
 * - an unset or empty `accountId` label becomes `-` (the caller's account);
 * - `UploadArchive` and `UploadMultipartPart` carry `X-Amz-Content-Sha256` (hex SHA-256 of the body)
 *   and `X-Amz-Sha256-Tree-Hash` (hex Glacier tree hash) unless the request already has them.
 * Spec: Smithy AWS protocol tests `GlacierVersionHeader`, `GlacierAccountId`, `GlacierChecksums`,
 * `GlacierMultipartChecksums`; Amazon Glacier developer guide, "Computing Checksums".
 * @packageDocumentation
 */
import { deref, findHeader } from '@anvil/runtime';
import type { HeaderMap } from '@anvil/runtime';
import { contentHash, toHex, treeHash } from './tree-hash.js';
import type { Customization } from './customization.js';

/** Operations whose payload needs the checksum headers (operation shape names). */
const CHECKSUM_OPERATIONS = new Set(['UploadArchive', 'UploadMultipartPart']);

/** The label member that defaults to `-`. */
const ACCOUNT_ID = 'accountId';

/** The Glacier customisation (see the module documentation). */
export const glacierCustomization: Customization = {
  name: 'glacier',
  prepareInput(operation, input) {
    if (deref(operation.input).members[ACCOUNT_ID]?.httpLabel !== true) return input;
    const value = input[ACCOUNT_ID];
    return value === undefined || value === null || value === '' ? { ...input, [ACCOUNT_ID]: '-' } : input;
  },
  async finalizeRequest({ service, operation }, wire) {
    const headers: HeaderMap = { ...wire.headers, 'x-amz-glacier-version': service.version };
    if (CHECKSUM_OPERATIONS.has(operation.name)) {
      const body = wire.body ?? new Uint8Array(0);
      if (findHeader(headers, 'x-amz-content-sha256') === undefined) headers['x-amz-content-sha256'] = toHex(await contentHash(body));
      if (findHeader(headers, 'x-amz-sha256-tree-hash') === undefined) headers['x-amz-sha256-tree-hash'] = toHex(await treeHash(body));
    }
    return { wire: { ...wire, headers } };
  },
};
