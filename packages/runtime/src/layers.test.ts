/**
 * The runtime's layer folders import only downwards: `schema → bytes → pagination → codecs → http →
 * protocols` (each folder may import from the folders before it and from itself, never after it), so
 * there are no import cycles between layers and the next protocols (XML, query, CBOR) can slot a body
 * codec into `codecs/` and reuse `http/` unchanged. Packages: only the runtime's declared dependencies
 * (the XML parser), only from `codecs/`. Also: the HTTP binding layer names no payload format. Test files are exempt (a test may drive a layer through the one above it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));
const LAYERS = ['schema', 'bytes', 'pagination', 'codecs', 'http', 'protocols'] as const;
/**
 * Packages the runtime imports, and the folder that may import each: the CBOR encoder (`docs/protocols.md`,
 * "Which CBOR library") anywhere, the XML parser and its entity decoder only in `codecs`, event-stream framing
 * only in `http/event-stream`, the CRC32 / CRC32C of flexible checksums only in `bytes/checksum.ts`.
 */
const PACKAGE_FOLDERS: Readonly<Record<string, string>> = {
  '@smithy/core/cbor': '',
  'fast-xml-parser': 'codecs',
  '@nodable/entities': 'codecs',
  '@smithy/eventstream-codec': `http${sep}event-stream`,
  '@aws-crypto/crc32': `bytes${sep}checksum.ts`,
  '@aws-crypto/crc32c': `bytes${sep}checksum.ts`,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === '__fixtures__' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Relative import specifiers of a module (static `import`/`export … from`, and `import()`). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]/g), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return specifiers.map((m) => m[1]!);
}

/** The layer folder a file belongs to (`undefined` for the package entry `index.ts`). */
function layerOf(file: string): (typeof LAYERS)[number] | undefined {
  const top = relative(SRC, file).split(sep)[0]!;
  const layer = LAYERS.find((l) => l === top);
  if (!layer && top !== 'index.ts') throw new Error(`${relative(SRC, file)} is in no layer folder (${LAYERS.join(', ')})`);
  return layer;
}

describe('runtime layers', () => {
  const files = sourceFiles(SRC);

  it('finds the layer folders', () => {
    expect(new Set(files.map(layerOf).filter(Boolean))).toEqual(new Set(LAYERS));
  });

  it('each layer imports only from itself and the layers before it', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      if (from === undefined) continue;
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) {
          const folder = Object.hasOwn(PACKAGE_FOLDERS, spec) ? PACKAGE_FOLDERS[spec]! : undefined;
          if (folder !== undefined && relative(SRC, file).startsWith(folder)) continue;
          violations.push(`${relative(SRC, file)} imports package ${spec} (allowed: @smithy/core/cbor; fast-xml-parser and @nodable/entities only in codecs; @smithy/eventstream-codec only in http/event-stream; @aws-crypto/crc32(c) only in bytes/checksum.ts)`);
          continue;
        }
        const to = layerOf(resolve(dirname(file), spec));
        if (to !== undefined && LAYERS.indexOf(to) > LAYERS.indexOf(from)) violations.push(`${relative(SRC, file)} (${from}) imports ${spec} (${to})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the HTTP binding layer is format-neutral: no JSON module, no JSON media type', () => {
    const offending = files
      .filter((f) => relative(SRC, f).startsWith(`http${sep}bindings`))
      .filter((f) => importsOf(f).some((s) => /\/json\//.test(s)) || /application\/json|JSON\.parse|parseJson|writeJson/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(offending).toEqual([]);
  });

  it('the check sees a violation when there is one', () => {
    // guards the regexes above: a made-up upward import is found by importsOf and ranked as upward
    const spec = "import { restJson1 } from '../../protocols/rest-json1.js';";
    expect([...spec.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]/g)].map((m) => m[1])).toEqual(['../../protocols/rest-json1.js']);
    expect(layerOf(resolve(SRC, 'http/bindings', '../../protocols/rest-json1.js'))).toBe('protocols');
  });
});
