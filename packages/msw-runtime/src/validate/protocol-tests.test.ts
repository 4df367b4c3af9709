/**
 * Conformance: the restJson1 `httpMalformedRequestTests` of
 * `aws.protocoltests.restjson.validation#RestJsonValidation` (Smithy 1.61.0
 * protocol tests, /work/shared/protocol-tests/pira). Each case's input is built
 * from its JSON body, headers and query, validated, and the summary message and
 * field paths are compared with the expected response body.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { deref } from '@anvil/runtime';
import { AstSchemas, asStructure, toRuntime } from './__fixtures__/smithy-ast.js';
import { validate, validationSummary } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env['ANVIL_SHARED'] ?? resolve(here, '../../../../../shared');
const file = join(shared, 'protocol-tests/pira/smithy-aws-protocol-tests.json');
const available = existsSync(file);
if (!available && process.env['CI']) throw new Error(`protocol tests not found at ${file} (set ANVIL_SHARED)`);
if (!available) console.warn(`[skip] restJson1 validation conformance: ${file} not found (set ANVIL_SHARED)`);

interface MalformedCase {
  id: string;
  request: { uri: string; body?: string; headers?: Record<string, string>; queryParams?: string[] };
  response: { body?: { assertion: { contents?: string } } };
  testParameters?: Record<string, string[]>;
}

function expand(text: string, params: Record<string, string[]> | undefined, index: number): string {
  return text.replace(/\$\$|\$([A-Za-z0-9_]+):([SL])/g, (match, name: string | undefined, kind: string | undefined) => {
    if (name === undefined) return '$';
    const value = params?.[name]?.[index];
    if (value === undefined) return match;
    return kind === 'S' ? JSON.stringify(value) : value;
  });
}

function loadCases(): { name: string; run: () => void }[] {
  if (!available) return [];
  const shapes = (JSON.parse(readFileSync(file, 'utf8')) as { shapes: Record<string, any> }).shapes;
  const schemas = new AstSchemas(shapes);
  const cases: { name: string; run: () => void }[] = [];
  for (const [id, shape] of Object.entries(shapes)) {
    if (!id.startsWith('aws.protocoltests.restjson.validation#') || shape.type !== 'operation') continue;
    const tests = shape.traits?.['smithy.test#httpMalformedRequestTests'] as MalformedCase[] | undefined;
    if (!tests || !shape.input) continue;
    const input = asStructure(schemas.schema(shape.input.target));
    for (const test of tests) {
      const count = test.testParameters ? Object.values(test.testParameters)[0]!.length : 1;
      for (let i = 0; i < count; i++) {
        cases.push({
          name: `${test.id}${count > 1 ? ` #${i}` : ''}`,
          run: () => {
            const body = test.request.body ? expand(test.request.body, test.testParameters, i) : '';
            const value = (body.trim() ? toRuntime(input, JSON.parse(body)) : {}) as Record<string, unknown>;
            const headers = Object.fromEntries(Object.entries(test.request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
            const query = new URLSearchParams((test.request.queryParams ?? []).join('&'));
            for (const [name, member] of Object.entries(input.members)) {
              if (member.httpHeader && headers[member.httpHeader.toLowerCase()] !== undefined) value[name] = headers[member.httpHeader.toLowerCase()];
              if (member.httpQuery && query.has(member.httpQuery)) value[name] = toRuntime(deref(member.target), query.get(member.httpQuery));
            }
            const expected = JSON.parse(expand(test.response.body!.assertion.contents!, test.testParameters, i)) as {
              message: string;
              fieldList: { message: string; path: string }[];
            };
            const issues = validate(input, value);
            expect(validationSummary(issues)).toBe(expected.message);
            expect(issues.map((issue) => ({ message: issue.message, path: issue.path }))).toStrictEqual(expected.fieldList);
          },
        });
      }
    }
  }
  return cases;
}

const cases = loadCases();

describe.skipIf(!available)('restJson1 malformed-request validation messages', () => {
  it('finds the expanded cases', () => {
    expect(cases.length).toBeGreaterThan(100);
  });
  for (const testCase of cases) it(testCase.name, testCase.run);
});
