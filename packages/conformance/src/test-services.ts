/**
 * Test services for operations that carry compliance tests of a covered protocol but are bound to no
 * service of the model. In the corpus this is `aws.protocoltests.misc#AcceptHeaderStarService`
 * (the restJson1 server tests `AcceptHeaderStarRequestTest` and `AcceptHeaderStarStarRequestTest`):
 * a compliance test runs against a service, so such an operation gets one, written as a small
 * Smithy JSON AST next to the generated code and loaded together with the corpus.
 * @packageDocumentation
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model, ShapeId } from '@anvil/smithy-model';
import { listServices, serviceClosure } from '@anvil/smithy-model';
import { MALFORMED_TESTS, PROTOCOL_TRAITS, REQUEST_TESTS, RESPONSE_TESTS, type TestedProtocol } from './cases.js';

/** A synthetic service binding unbound operations of one namespace for one protocol. */
export interface TestService {
  /** `<namespace>#<Protocol>TestService`, e.g. `aws.protocoltests.misc#RestJson1TestService`. */
  readonly id: ShapeId;
  readonly protocol: TestedProtocol;
  /** The operations it binds, sorted. */
  readonly operations: readonly ShapeId[];
}

const MIXIN = 'smithy.api#mixin';

function protocolsTested(traits: Readonly<Record<string, unknown>>): Set<TestedProtocol> {
  const names = PROTOCOL_TRAITS as Readonly<Record<string, TestedProtocol>>;
  const out = new Set<TestedProtocol>();
  for (const trait of [REQUEST_TESTS, RESPONSE_TESTS, MALFORMED_TESTS]) {
    for (const test of (traits[trait] ?? []) as { protocol: string }[]) {
      const name = names[test.protocol];
      if (name) out.add(name);
    }
  }
  return out;
}

function serviceName(protocol: TestedProtocol): string {
  return `${protocol[0]!.toUpperCase()}${protocol.slice(1)}TestService`;
}

/**
 * The test services the model needs: one per namespace and protocol for the operations that have
 * tests for that protocol and are in no service closure.
 * @throws Error when a test service id is already a shape of the model
 */
export function testServicesFor(model: Model): TestService[] {
  const bound = new Set<ShapeId>();
  for (const service of listServices(model)) for (const op of serviceClosure(model, service.id).operations) bound.add(op.id);
  const groups = new Map<ShapeId, { protocol: TestedProtocol; operations: ShapeId[] }>();
  for (const shape of model.shapes.values()) {
    if (shape.type !== 'operation' || bound.has(shape.id) || shape.traits[MIXIN] !== undefined) continue;
    for (const protocol of protocolsTested(shape.traits)) {
      const id = `${shape.id.slice(0, shape.id.indexOf('#'))}#${serviceName(protocol)}`;
      if (model.shapes.has(id)) throw new Error(`conformance: test service ${id} for ${shape.id} is already a shape of the model`);
      const group = groups.get(id) ?? { protocol, operations: [] };
      group.operations.push(shape.id);
      groups.set(id, group);
    }
  }
  return [...groups].map(([id, g]) => ({ id, protocol: g.protocol, operations: g.operations.sort() })).sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Write the test services as a Smithy JSON AST (2.0) file: each a service shape with the protocol
 * trait and its operations.
 * @param dir where to write `test-services.json`
 * @returns the file path
 */
export function writeTestServices(services: readonly TestService[], dir: string): string {
  const traitOf = Object.fromEntries(Object.entries(PROTOCOL_TRAITS).map(([trait, name]) => [name, trait])) as Record<TestedProtocol, string>;
  const shapes = Object.fromEntries(
    services.map((s) => [
      s.id,
      {
        type: 'service',
        version: '2024-01-01',
        operations: s.operations.map((target) => ({ target })),
        traits: {
          [traitOf[s.protocol]]: {},
          'smithy.api#documentation': 'Anvil conformance test service: binds operations with compliance tests that no service of the corpus binds.',
        },
      },
    ]),
  );
  const file = join(dir, 'test-services.json');
  writeFileSync(file, `${JSON.stringify({ smithy: '2.0', shapes }, null, 2)}\n`);
  return file;
}
