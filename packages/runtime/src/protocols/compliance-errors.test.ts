/**
 * Ground truth from the official Smithy protocol compliance tests: every `smithy.test#httpResponseTests` case on
 * an error shape of the restJson1 / awsJson1_0 / awsJson1_1 suites (code sanitising, header and body members,
 * jsonName). Reads `$ANVIL_SHARED/protocol-tests/pira/smithy-aws-protocol-tests.json`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { MemberSchema, OperationSchema, ServiceSchema, StructureSchema } from '../schema/index.js';
import { utf8Encode } from '../bytes/utf8.js';
import { getProtocol } from './index.js';

const shared = process.env.ANVIL_SHARED ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared');
const file = resolve(shared, 'protocol-tests/pira/smithy-aws-protocol-tests.json');
const present = existsSync(file);
if (!present && process.env.CI) throw new Error(`protocol tests missing: ${file} (set ANVIL_SHARED)`);

interface AstShape {
  type: string;
  members?: Record<string, { target: string; traits?: Record<string, unknown> }>;
  traits?: Record<string, unknown>;
}
interface ResponseCase {
  id: string;
  protocol: string;
  code: number;
  headers?: Record<string, string>;
  body?: string;
  params?: Record<string, unknown>;
  appliesTo?: string;
}

/** Minimal AST → schema conversion for the error shapes (string and structure members only). */
function toStructure(shapes: Record<string, AstShape>, id: string): StructureSchema {
  const shape = shapes[id]!;
  const members: Record<string, MemberSchema> = {};
  for (const [name, m] of Object.entries(shape.members ?? {})) {
    if (m.target !== 'smithy.api#String' && shapes[m.target]?.type !== 'structure') throw new Error(`unsupported member target ${m.target} in ${id}`);
    const t = m.traits ?? {};
    members[name] = {
      target: m.target === 'smithy.api#String' ? { type: 'string' } : toStructure(shapes, m.target),
      ...(typeof t['smithy.api#httpHeader'] === 'string' ? { httpHeader: t['smithy.api#httpHeader'] } : {}),
      ...(typeof t['smithy.api#jsonName'] === 'string' ? { jsonName: t['smithy.api#jsonName'] } : {}),
    };
  }
  const fault = shape.traits?.['smithy.api#error'] as 'client' | 'server' | undefined;
  const httpError = shape.traits?.['smithy.api#httpError'] as number | undefined;
  return { type: 'structure', id, name: id.slice(id.indexOf('#') + 1), members, ...(fault ? { error: fault } : {}), ...(httpError ? { httpError } : {}) };
}

const PROTOCOLS = { 'aws.protocols#restJson1': 'restJson1', 'aws.protocols#awsJson1_0': 'awsJson1_0', 'aws.protocols#awsJson1_1': 'awsJson1_1' } as const;

function loadCases(): Array<[string, ResponseCase, StructureSchema]> {
  const shapes = (JSON.parse(readFileSync(file, 'utf8')) as { shapes: Record<string, AstShape> }).shapes;
  const out: Array<[string, ResponseCase, StructureSchema]> = [];
  for (const [id, shape] of Object.entries(shapes)) {
    if (shape.type !== 'structure' || !shape.traits?.['smithy.api#error']) continue;
    for (const c of (shape.traits['smithy.test#httpResponseTests'] ?? []) as ResponseCase[]) {
      if (c.protocol in PROTOCOLS && c.appliesTo !== 'server' && !c.id.startsWith('QueryCompatible')) out.push([c.id, c, toStructure(shapes, id)]);
    }
  }
  return out;
}

describe.skipIf(!present)('Smithy compliance: JSON protocol error responses (client parseError)', () => {
  const cases = present ? loadCases() : [];
  it('found the error cases', () => {
    expect(cases.length).toBe(36);
  });
  it.each(cases)('%s', (_id, c, schema) => {
    const protocol = PROTOCOLS[c.protocol as keyof typeof PROTOCOLS];
    const service: ServiceSchema = { id: 'test#S', name: 'S', sdkId: 'S', version: '1', protocol, errors: [] };
    const operation: OperationSchema = { id: 'test#Op', name: 'Op', input: schema, output: schema, errors: [schema], http: { method: 'POST', uri: '/', code: 200 } };
    const headers = Object.fromEntries(Object.entries(c.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    const parsed = getProtocol(protocol).parseError(service, operation, { status: c.code, headers, body: c.body ? utf8Encode(c.body) : undefined });
    expect(parsed.code).toBe(schema.name);
    expect(parsed.schema).toBe(schema);
    expect(parsed.members).toEqual(c.params ?? {});
  });
});

if (!present) {
  describe('Smithy compliance: JSON protocol error responses', () => {
    it.skip(`skipped: ${file} not found (set ANVIL_SHARED to the shared data folder)`, () => {});
  });
}
