/**
 * Type and schema identifiers of the shapes of one service: unique, valid, and
 * clear of the globals and runtime names the generated modules refer to.
 * @packageDocumentation
 */
import { CLIENT_RUNTIME, RUNTIME } from '../manifest.js';
import { safeIdentifier } from './identifiers.js';

/**
 * Names the generated code refers to in modules that also declare shape-derived
 * names (types, schemas, error classes): JavaScript globals, and the runtime
 * imports of those modules. A model shape of the same name would shadow them,
 * so such shapes get a `_` suffix (`Date` → `Date_`). `Unit` is here because
 * its schema would be `Unit$`, the runtime's Unit schema.
 */
const GLOBALS_USED = new Set([
  'Array', 'Date', 'Error', 'Object', 'Promise', 'Partial', 'Record', 'ReadonlyArray', 'Uint8Array', 'String', 'Number',
  'Boolean', 'Symbol', 'BigInt', 'Function', 'JSON', 'Map', 'Set', 'Readonly', 'AsyncIterable', 'Unit',
  RUNTIME.DocumentType.name, RUNTIME.UnitShape.name, CLIENT_RUNTIME.ServiceException.name, CLIENT_RUNTIME.ServiceExceptionClass.name,
  // Runtime names reserved since the first releases; kept so shape names stay stable.
  'ClientBinding', 'MockHandler', 'CreateHandlersOptions', 'HttpHandler', 'RequestOptions', 'MetadataBearer', 'ResponseMetadata',
  'ClientConfig', 'Client', 'ServiceExceptionOptions', 'HandlerOverride', 'HandlerOptions', 'ErrorAnswer',
]);

/**
 * Resolves the identifiers of shapes within one service. Identifiers are made
 * unique: two shapes whose names are equal after sanitising get numeric
 * suffixes in the given order (comparison is case-sensitive, as in TypeScript);
 * names of globals the generated code uses get a `_` suffix (`Object` → `Object_`);
 * `reserved` names (see `emitterDeclaredNames`) are never handed out.
 */
export class ShapeNamer {
  private readonly typeNames = new Map<string, string>();

  /**
   * @param entries shape id → service-local shape name (after `rename`), in a stable order
   * @param reserved identifiers the emitters declare themselves
   */
  constructor(entries: Iterable<readonly [string, string]>, reserved: Iterable<string> = []) {
    const taken = new Set<string>(reserved);
    for (const [id, name] of entries) {
      let base = safeIdentifier(name);
      if (GLOBALS_USED.has(base)) base = `${base}_`;
      let candidate = base;
      for (let i = 2; taken.has(candidate); i++) candidate = `${base}${i}`;
      taken.add(candidate);
      this.typeNames.set(id, candidate);
    }
  }

  /** The TypeScript type name for a shape id. Throws when the shape was not registered. */
  typeName(id: string): string {
    const name = this.typeNames.get(id);
    if (name === undefined) throw new Error(`No generated name for shape ${id}`);
    return name;
  }

  /** The schema constant for a shape id (`SourceServer$`). */
  schemaName(id: string): string {
    return `${this.typeName(id)}$`;
  }
}
