import { describe, expect, it } from 'vitest';
import type { OperationSchema, StructureSchema } from '@anvil/runtime';
import { clientFilledMembers, findExample, inputMatches } from './operation-examples.js';

const Access: StructureSchema = {
  type: 'structure',
  name: 'Access',
  members: { actions: { target: { type: 'list', member: { target: { type: 'string' } } }, default: [] }, resources: { target: { type: 'list', member: { target: { type: 'string' } } }, default: [] } },
};
const Input: StructureSchema = {
  type: 'structure',
  name: 'Input',
  members: {
    access: { target: { type: 'list', member: { target: () => Access } } },
    nextToken: { target: { type: 'string' }, httpQuery: 'nextToken' },
    filters: { target: { type: 'map', key: { target: { type: 'string' } }, value: { target: { type: 'list', member: { target: { type: 'string' } } } } }, httpQueryParams: true },
  },
};

describe('inputMatches', () => {
  it('matches nested members the client filled with their @default (accessanalyzer CheckAccessNotGranted)', () => {
    expect(inputMatches(Input, { access: [{ actions: ['s3:PutObject'] }] }, { access: [{ actions: ['s3:PutObject'], resources: [] }] })).toBe(true);
    expect(inputMatches(Input, { access: [{ actions: ['s3:PutObject'] }] }, { access: [{ actions: ['s3:PutObject'], resources: ['arn:x'] }] })).toBe(false);
    expect(inputMatches(Input, { access: [{ actions: ['s3:PutObject'] }] }, { access: [{ actions: ['s3:GetObject'] }] })).toBe(false);
    expect(inputMatches(Input, { access: [{ actions: ['a'] }] }, { access: [{ actions: ['a'] }, { actions: ['b'] }] })).toBe(false);
  });

  it('ignores an @httpQueryParams map holding only @httpQuery-bound parameters (amp ListScrapers)', () => {
    expect(inputMatches(Input, { nextToken: 't' }, { nextToken: 't', filters: { nextToken: ['t'] } })).toBe(true);
    expect(inputMatches(Input, { nextToken: 't' }, { nextToken: 't', filters: { status: ['ACTIVE'] } })).toBe(false);
    expect(inputMatches(Input, { filters: { status: ['ACTIVE'] } }, { filters: { status: ['ACTIVE'] } })).toBe(true);
  });
});

describe('members a client fills on its own (S3 PutObject examples)', () => {
  const header = (name: string) => ({ target: { type: 'string' as const }, httpHeader: name });
  const PutInput: StructureSchema = {
    type: 'structure',
    name: 'PutInput',
    members: {
      Key: { target: { type: 'string' }, httpLabel: true },
      Body: { target: { type: 'blob', streaming: true }, httpPayload: true },
      ContentType: header('Content-Type'),
      ChecksumAlgorithm: header('x-amz-sdk-checksum-algorithm'),
      ChecksumCRC32: header('x-amz-checksum-crc32'),
    },
  };
  const Put: OperationSchema = {
    id: 'ex#Put',
    name: 'Put',
    input: PutInput,
    output: { type: 'structure', name: 'PutOutput', members: { VersionId: header('x-amz-version-id') } },
    errors: [],
    httpChecksum: { requestAlgorithmMember: 'ChecksumAlgorithm' },
  };
  const body = new TextEncoder().encode('filetoupload');
  const sent = { Key: 'k', Body: body, ContentType: 'application/octet-stream', ChecksumAlgorithm: 'CRC32', ChecksumCRC32: 'uZdj9Q==' };

  it('names the httpChecksum members: the algorithm member and x-amz-checksum-* members', () => {
    expect([...clientFilledMembers(Put, PutInput)].sort()).toEqual(['ChecksumAlgorithm', 'ChecksumCRC32']);
    expect(clientFilledMembers({ ...Put, httpChecksum: undefined }, PutInput).size).toBe(0);
  });

  it('an example without them matches the request that carries them and the default Content-Type of a blob payload', () => {
    const example = { title: 'put', input: { Key: 'k', Body: 'filetoupload' }, output: { VersionId: 'v1' } };
    expect(findExample(Put, [example], sent, false)?.answer).toEqual({ VersionId: 'v1' });
    // another Content-Type was chosen by the caller: not the example's request
    expect(findExample(Put, [example], { ...sent, ContentType: 'image/jpeg' }, false)).toBeUndefined();
    // without the trait, the checksum members are the caller's own
    expect(findExample({ ...Put, httpChecksum: undefined }, [example], sent, false)).toBeUndefined();
    expect(inputMatches(PutInput, { Key: 'k' }, { Key: 'k', ContentType: 'application/octet-stream' })).toBe(true);
  });
});
