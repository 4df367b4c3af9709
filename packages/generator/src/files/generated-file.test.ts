/** The file assembler: imports only as used, merged per module, type-only where possible, in a fixed order. */
import { describe, expect, it } from 'vitest';
import { CLIENT_RUNTIME, RUNTIME } from '../manifest.js';
import { GeneratedFile, GENERATED_HEADER } from './generated-file.js';

describe('GeneratedFile', () => {
  it('imports exactly the names used: merged per module, values before types, packages before relative modules', () => {
    const file = new GeneratedFile();
    const client = file.ref(CLIENT_RUNTIME.Client);
    const config = file.ref(CLIENT_RUNTIME.ClientConfig);
    const lite = file.type('./lite-client.js', 'XLiteClient');
    const schema = file.value('@anvil-gen/x-types', 'X$');
    const shapes = file.namespace('@anvil-gen/x-types', 'shapes');
    file.ref(CLIENT_RUNTIME.ClientConfig);
    file.body.line(`export const used = [${client}, ${schema}] as unknown as [${config}, ${lite}, ${shapes}.X];`);
    expect(file.toString()).toBe(
      [
        GENERATED_HEADER,
        "import { X$ } from '@anvil-gen/x-types';",
        "import type * as shapes from '@anvil-gen/x-types';",
        "import { Client, type ClientConfig } from '@anvil/client-runtime';",
        "import type { XLiteClient } from './lite-client.js';",
        '',
        'export const used = [Client, X$] as unknown as [ClientConfig, XLiteClient, shapes.X];',
        '',
      ].join('\n'),
    );
  });

  it('writes `import type { … }` when every name is a type, and upgrades a name used as a value too', () => {
    const file = new GeneratedFile();
    file.ref(RUNTIME.UnitShape);
    file.ref(RUNTIME.OperationSchema);
    file.type('./errors.js', 'Base');
    file.value('./errors.js', 'Base');
    expect(file.toString()).toBe(
      `${GENERATED_HEADER}\nimport type { OperationSchema, UnitShape } from '@anvil/runtime';\nimport { Base } from './errors.js';\n`,
    );
  });

  it('refuses one module under two namespace aliases', () => {
    const file = new GeneratedFile();
    file.namespace('./types.js', 'shapes');
    expect(() => file.namespace('./types.js', 'other')).toThrow('./types.js imported as both shapes and other');
  });

  it('writes re-exports merged per module in first-mention order, after the imports, and the body after a blank line', () => {
    const file = new GeneratedFile();
    file.exports.named('./lite-client.js', ['XLiteClient'], false).named('./client.js', ['XClient'], false);
    file.exports.named('./lite-client.js', ['XClientConfig'], true);
    file.exports.named('@anvil/client-runtime', ['Paginator', 'RequestOptions'], true);
    file.exports.star('./types.js', true);
    expect(file.toString()).toBe(
      [
        GENERATED_HEADER,
        "export { XLiteClient, type XClientConfig } from './lite-client.js';",
        "export { XClient } from './client.js';",
        "export type { Paginator, RequestOptions } from '@anvil/client-runtime';",
        "export type * from './types.js';",
        '',
      ].join('\n'),
    );
    const withBody = new GeneratedFile();
    const unit = withBody.ref(RUNTIME.UnitShape);
    withBody.exports.named(undefined, [unit], true);
    withBody.body.line('export interface A {}').separate().line('export interface B {}');
    expect(withBody.toString()).toBe(
      `${GENERATED_HEADER}\nimport type { UnitShape } from '@anvil/runtime';\n\nexport type { UnitShape };\n\nexport interface A {}\n\nexport interface B {}\n`,
    );
  });

  it('separates the header from a body without imports by a blank line', () => {
    const file = new GeneratedFile();
    file.body.separate().line('export const x = 1;');
    expect(file.toString()).toBe(`${GENERATED_HEADER}\n\nexport const x = 1;\n`);
  });
});
