import { describe, expect, it } from 'vitest';
import type { StructureSchema } from '@anvil/runtime';
import { inputMatches } from './operation-examples.js';

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
