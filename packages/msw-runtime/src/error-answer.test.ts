import type { ErrorSchema } from '@anvil/runtime';
import { describe, expect, it } from 'vitest';
import { InternalServerException$, ResourceNotFoundException$, SourceServer$ } from './__fixtures__/generated/drs-mock/schemas.js';
import { ErrorAnswer, isErrorAnswer, modeledError } from './error-answer.js';

const ConflictException$: ErrorSchema = {
  type: 'structure',
  id: 'com.example#ConflictException',
  name: 'ConflictException',
  error: 'client',
  httpError: 409,
  members: {
    errorMessage: { target: { type: 'string' } },
    resourceType: { target: { type: 'enum', values: ['SOURCE_SERVER', 'JOB'] }, required: true },
    conflictingIds: { target: { type: 'list', member: { target: { type: 'string' } } } },
  },
};

describe('modeledError', () => {
  it('keeps the given members and defaults the message', () => {
    const answer = modeledError(ResourceNotFoundException$, { resourceId: 's-1' });
    expect(answer).toBeInstanceOf(ErrorAnswer);
    expect(answer.schema).toBe(ResourceNotFoundException$);
    expect(answer.members).toStrictEqual({ message: 'ResourceNotFoundException (mocked)', resourceId: 's-1' });
  });

  it('keeps a message the caller gives', () => {
    expect(modeledError(ResourceNotFoundException$, { message: 'gone' }).members).toStrictEqual({ message: 'gone' });
  });

  it('fills required members the caller left out from fake data, not optional ones', () => {
    const answer = modeledError(ConflictException$);
    expect(Object.keys(answer.members).sort()).toStrictEqual(['errorMessage', 'resourceType']);
    expect(answer.members.errorMessage).toBe('ConflictException (mocked)');
    expect(['SOURCE_SERVER', 'JOB']).toContain(answer.members.resourceType);
  });

  it('uses the readable message for a required message member', () => {
    expect(modeledError(InternalServerException$).members).toStrictEqual({ message: 'InternalServerException (mocked)' });
  });

  it('rejects a structure without @error, naming the shape id', () => {
    expect(() => modeledError(SourceServer$ as ErrorSchema)).toThrow(
      new TypeError('modeledError: com.amazonaws.drs#SourceServer is not an @error structure (no "error" in its schema)'),
    );
  });
});

describe('isErrorAnswer', () => {
  it('recognises answers, including branded ones from another copy of the package', () => {
    expect(isErrorAnswer(modeledError(ResourceNotFoundException$))).toBe(true);
    expect(isErrorAnswer({ [Symbol.for('@anvil/msw-runtime.ErrorAnswer')]: true, schema: ResourceNotFoundException$, members: {} })).toBe(true);
    expect(isErrorAnswer({ schema: ResourceNotFoundException$, members: {} })).toBe(false);
    expect(isErrorAnswer(undefined)).toBe(false);
    expect(isErrorAnswer('ResourceNotFoundException')).toBe(false);
  });
});
