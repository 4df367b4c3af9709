/**
 * The error a handler answers with when the request input breaks the input
 * schema's constraints: the operation's own modeled `ValidationException` when
 * it declares one, else the Smithy framework's `smithy.framework#ValidationException`.
 * @packageDocumentation
 */
import { deref, type OperationSchema, type Schema, type StructureSchema } from '@anvil/runtime';
import { validationSummary, type ValidationIssue } from './validate/index.js';
import { ErrorAnswer } from './error-answer.js';

const STRING: Schema = { type: 'string' };

const FrameworkValidationExceptionField$: StructureSchema = {
  type: 'structure',
  id: 'smithy.framework#ValidationExceptionField',
  name: 'ValidationExceptionField',
  members: { path: { target: STRING, required: true }, message: { target: STRING, required: true } },
};

/**
 * `smithy.framework#ValidationException` (Smithy "smithy.framework validation
 * exception"): the error sent for constraint violations when the operation
 * models no `ValidationException` of its own.
 */
export const FrameworkValidationException$: StructureSchema = {
  type: 'structure',
  id: 'smithy.framework#ValidationException',
  name: 'ValidationException',
  error: 'client',
  httpError: 400,
  members: {
    message: { target: STRING, required: true },
    fieldList: { target: { type: 'list', member: { target: FrameworkValidationExceptionField$ } } },
  },
};

const MESSAGE = /^(message|errorMessage)$/i;
const CODE = /^code$/i;
const REASON = /^reason$/i;
const FIELD_LIST = /^(fieldList|fields|fieldErrors)$/i;
const FIELD_POINTER = /^path$/i;
const FIELD_NAME = /^(name|fieldName|field)$/i;

/**
 * Build the validation error answer for a request whose input failed validation.
 *
 * With a modeled `ValidationException` among the operation's errors, only the
 * members that exist on it are filled: a message member (`message`/`Message`/`errorMessage`)
 * with `validationSummary(issues)`, a `code` string with `"ValidationException"`,
 * a `reason` enum with its `FIELD_VALIDATION_FAILED` value (`fieldValidationFailed`
 * in DRS; the first value when there is none), and a field list member
 * (`fieldList`/`fields`/`fieldErrors`) with one element per issue: a `path`
 * member gets the issue's JSON pointer (`/sourceServerID`), a `name`/`fieldName`/`field`
 * member the dotted member path (`sourceServerID`, `tags.0.key`), a message member the issue message. Without one, the answer is
 * {@link FrameworkValidationException$} (400) with `message` and `fieldList: [{ path, message }]`.
 *
 * @param operation the operation whose input failed
 * @param issues the validation issues (non-empty)
 * @returns the error answer to serialise
 */
export function validationErrorAnswer(operation: OperationSchema, issues: readonly ValidationIssue[]): ErrorAnswer {
  const message = validationSummary(issues);
  const modeled = operation.errors.map((e) => deref(e)).find((e) => e.name === 'ValidationException');
  if (!modeled) {
    return new ErrorAnswer(FrameworkValidationException$, {
      message,
      fieldList: issues.map((issue) => ({ path: issue.path, message: issue.message })),
    });
  }
  const members: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(modeled.members)) {
    const target = deref(member.target);
    if (MESSAGE.test(name) && target.type === 'string') {
      members[name] = message;
    } else if (CODE.test(name) && target.type === 'string') {
      members[name] = 'ValidationException';
    } else if (REASON.test(name) && (target.type === 'enum' || target.type === 'string')) {
      members[name] = fieldValidationReason(target);
    } else if (FIELD_LIST.test(name) && target.type === 'list') {
      const element = deref(target.member.target);
      if (element.type === 'structure') members[name] = issues.map((issue) => fieldEntry(element, issue));
    }
  }
  return new ErrorAnswer(modeled, members);
}

function fieldValidationReason(target: Schema): string {
  if (target.type !== 'enum') return 'FIELD_VALIDATION_FAILED';
  const normalise = (value: string) => value.replace(/[^a-z0-9]/gi, '').toLowerCase();
  return target.values.find((value) => normalise(value) === 'fieldvalidationfailed') ?? target.values[0] ?? 'FIELD_VALIDATION_FAILED';
}

/** JSON pointer `/a/0/b` → member path `a.0.b` (`/` → `''`; `~1`, `~0` unescaped). */
function dottedName(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function fieldEntry(element: StructureSchema, issue: ValidationIssue): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  for (const name of Object.keys(element.members)) {
    if (FIELD_POINTER.test(name)) entry[name] = issue.path;
    else if (FIELD_NAME.test(name)) entry[name] = dottedName(issue.path);
    else if (MESSAGE.test(name)) entry[name] = issue.message;
  }
  return entry;
}
