/**
 * The re-export list of one generated file (`export { … } from '…'`,
 * `export type * from '…'`, and local `export type { … };`), merged per module
 * in the order modules are first named; names keep the order they were added.
 * @packageDocumentation
 */

interface ModuleExports {
  /** Name → exported for its type only. */
  readonly named: Map<string, boolean>;
  /** `export * from` / `export type * from` (type-only when every star export of the module is). */
  star?: { typeOnly: boolean };
}

/** The key of the file's own (local) export list. */
const LOCAL = '';

/** Collects the re-exports of one generated file. */
export class ExportSet {
  private readonly modules = new Map<string, ModuleExports>();

  private module(module: string): ModuleExports {
    let m = this.modules.get(module);
    if (!m) this.modules.set(module, (m = { named: new Map() }));
    return m;
  }

  /** `export { name } from 'module'` (or `type name`), or of a local name when `module` is undefined. */
  named(module: string | undefined, names: readonly string[], typeOnly: boolean): this {
    const m = this.module(module ?? LOCAL);
    for (const n of names) m.named.set(n, typeOnly && m.named.get(n) !== false);
    return this;
  }

  /** `export * from 'module'` (`export type *` when `typeOnly`). */
  star(module: string, typeOnly: boolean): this {
    const m = this.module(module);
    m.star = { typeOnly: typeOnly && m.star?.typeOnly !== false };
    return this;
  }

  /** The export statements, one line each. */
  lines(): string[] {
    const out: string[] = [];
    for (const [module, m] of this.modules) {
      const from = module === LOCAL ? ';' : ` from '${module}';`;
      if (m.named.size) {
        const all = [...m.named.values()].every(Boolean);
        const names = [...m.named].map(([n, t]) => (t && !all ? `type ${n}` : n));
        out.push(`export ${all ? 'type ' : ''}{ ${names.join(', ')} }${from}`);
      }
      if (m.star) out.push(`export ${m.star.typeOnly ? 'type ' : ''}*${from}`);
    }
    return out;
  }
}
