import type { OperationSchema, StructureSchema } from '@anvil/runtime';
import type { ValidationIssue } from './validate/index.js';
import { describe, expect, it } from 'vitest';
import { DescribeSourceServer$, RetryDataReplication$, ValidationException$ } from './__fixtures__/generated/drs-mock/schemas.js';
import { FrameworkValidationException$, validationErrorAnswer } from './validation-answer.js';

const issues: ValidationIssue[] = [
  { path: '/sourceServerID', kind: 'required', message: "Value at '/sourceServerID' failed to satisfy constraint: Member must not be null" },
  { path: '/tags/a~1b', kind: 'length', message: "Value with length 0 at '/tags/a~1b' failed to satisfy constraint: Member must have length between 1 and 256, inclusive" },
];
const summary = `2 validation errors detected. ${issues[0]!.message}; ${issues[1]!.message}`;

describe('validationErrorAnswer', () => {
  it("fills the operation's modeled ValidationException (DRS style)", () => {
    const answer = validationErrorAnswer(RetryDataReplication$, issues);
    expect(answer.schema).toBe(ValidationException$);
    expect(answer.members).toStrictEqual({
      message: summary,
      code: 'ValidationException',
      reason: 'fieldValidationFailed',
      fieldList: [
        { name: 'sourceServerID', message: issues[0]!.message },
        { name: 'tags.a/b', message: issues[1]!.message },
      ],
    });
  });

  it('fills only the members a differently shaped ValidationException has', () => {
    const Field$: StructureSchema = {
      type: 'structure',
      name: 'ValidationExceptionField',
      members: { path: { target: { type: 'string' } }, Message: { target: { type: 'string' } }, extra: { target: { type: 'integer' } } },
    };
    const Other$: StructureSchema = {
      type: 'structure',
      id: 'com.example#ValidationException',
      name: 'ValidationException',
      error: 'client',
      members: {
        Message: { target: { type: 'string' } },
        Reason: { target: { type: 'enum', values: ['UnknownOperation', 'Other'] } },
        fields: { target: { type: 'list', member: { target: Field$ } } },
      },
    };
    const operation: OperationSchema = { ...DescribeSourceServer$, errors: [() => Other$] };
    expect(validationErrorAnswer(operation, issues.slice(0, 1)).members).toStrictEqual({
      Message: `1 validation error detected. ${issues[0]!.message}`,
      Reason: 'UnknownOperation',
      fields: [{ path: '/sourceServerID', Message: issues[0]!.message }],
    });
  });

  it('falls back to smithy.framework#ValidationException', () => {
    const answer = validationErrorAnswer(DescribeSourceServer$, issues);
    expect(answer.schema).toBe(FrameworkValidationException$);
    expect(answer.members).toStrictEqual({
      message: summary,
      fieldList: [
        { path: '/sourceServerID', message: issues[0]!.message },
        { path: '/tags/a~1b', message: issues[1]!.message },
      ],
    });
  });
});
