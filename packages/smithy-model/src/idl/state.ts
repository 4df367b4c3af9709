/**
 * The state of one IDL file's parse: the token cursor, the control statements
 * seen so far (version, operation input/output suffixes), the namespace and
 * `use` map, and everything collected for the resolver.
 * @packageDocumentation
 */
import type { SmithyVersion } from '../load/raw.js';
import { TokenCursor } from './cursor.js';
import type { Offset } from './lexer.js';
import type { IdlDocument, NodeRef, PendingApply, PendingMetadata, PendingRef, PendingShape, PendingTrait } from './pending.js';

/** Node values nest at most this deep (Smithy's limit), so hostile input cannot exhaust the stack. */
const MAX_NESTING = 64;

/** Parse state of one file, shared by the statement parsers (which are plain functions taking it). */
export class IdlParser {
  readonly t: TokenCursor;
  /** Files without `$version` are 1.0 (Smithy 2.0 IDL "Version statement"). */
  version: SmithyVersion = '1.0';
  namespace: string | undefined;
  readonly uses = new Map<string, string>();
  inputSuffix = 'Input';
  outputSuffix = 'Output';
  readonly metadata: PendingMetadata[] = [];
  readonly shapes: PendingShape[] = [];
  readonly applies: PendingApply[] = [];
  readonly refs: PendingRef[] = [];
  readonly nodeRefs: NodeRef[] = [];
  private nesting = 0;

  constructor(file: string, text: string) {
    this.t = new TokenCursor(file, text);
  }

  /** A shape reference to resolve later. */
  ref(raw: string, at: Offset): PendingRef {
    const ref: PendingRef = { raw, at, resolved: raw };
    this.refs.push(ref);
    return ref;
  }

  /** A trait the IDL implies (doc comment → `documentation`, inline input → `input`), its id already absolute. */
  impliedTrait(id: string, value: unknown, at: Offset, docComment = false): PendingTrait {
    return { name: { raw: id, at, resolved: id }, value, annotation: false, ...(docComment ? { docComment } : {}) };
  }

  /** The absolute id of a shape named in this file. */
  shapeId(name: string): string {
    return `${this.namespace ?? ''}#${name}`;
  }

  /** Records a finished shape (a second definition of an id is compared with the first when the file is emitted). */
  addShape(shape: PendingShape): void {
    this.shapes.push(shape);
  }

  /** Enters a nested node value, array or object. */
  deeper(): void {
    if (++this.nesting > MAX_NESTING) this.t.fail(`Parser exceeded maximum allowed depth of ${MAX_NESTING}`);
  }

  leave(): void {
    this.nesting--;
  }

  /** The parse result. */
  document(): IdlDocument {
    return {
      file: this.t.file,
      text: this.t.text,
      version: this.version,
      namespace: this.namespace,
      uses: this.uses,
      metadata: this.metadata,
      shapes: this.shapes,
      applies: this.applies,
      refs: this.refs,
      nodeRefs: this.nodeRefs,
    };
  }
}
