/**
 * The import list of one generated file: names are added as they are used,
 * merged per module, and printed in a deterministic order, type-only names
 * with `type` (`import type { … }` when all are types), so a generated file
 * never imports what it does not use (`noUnusedLocals`).
 * @packageDocumentation
 */
import { byCodeUnit, compareModules } from './module-order.js';

interface ModuleImports {
  /** Name → imported for its type only. A name used as a value once is a value import. */
  readonly named: Map<string, boolean>;
  /** Local name of `import type * as <alias>`, when used. */
  namespace?: string;
}

/** Collects the imports of one generated file. */
export class ImportSet {
  private readonly modules = new Map<string, ModuleImports>();

  private module(module: string): ModuleImports {
    let m = this.modules.get(module);
    if (!m) this.modules.set(module, (m = { named: new Map() }));
    return m;
  }

  /**
   * Import `name` from `module`.
   * @param typeOnly the file uses the name only in types
   * @returns the name, for use in the text being written
   */
  named(module: string, name: string, typeOnly: boolean): string {
    const m = this.module(module);
    m.named.set(name, typeOnly && m.named.get(name) !== false);
    return name;
  }

  /**
   * Import value `name` from `module` under a local `alias` (`import { name as alias }`), for a file that
   * declares `name` itself.
   * @returns the alias
   */
  aliased(module: string, name: string, alias: string): string {
    this.module(module).named.set(`${name} as ${alias}`, false);
    return alias;
  }

  /**
   * `import type * as <alias> from '<module>'`.
   * @throws Error when the module was already imported under another alias
   */
  namespace(module: string, alias: string): string {
    const m = this.module(module);
    if (m.namespace !== undefined && m.namespace !== alias) throw new Error(`${module} imported as both ${m.namespace} and ${alias}`);
    m.namespace = alias;
    return alias;
  }

  /** The import statements, one line each (named imports of a module before its namespace import). */
  lines(): string[] {
    const out: string[] = [];
    for (const module of [...this.modules.keys()].sort(compareModules)) {
      const m = this.modules.get(module)!;
      const from = ` from '${module}';`;
      if (m.named.size) {
        const values = [...m.named].filter(([, t]) => !t).map(([n]) => n).sort(byCodeUnit);
        const types = [...m.named].filter(([, t]) => t).map(([n]) => n).sort(byCodeUnit);
        out.push(values.length ? `import { ${[...values, ...types.map((t) => `type ${t}`)].join(', ')} }${from}` : `import type { ${types.join(', ')} }${from}`);
      }
      if (m.namespace !== undefined) out.push(`import type * as ${m.namespace}${from}`);
    }
    return out;
  }
}
