/**
 * A sample of `pnpm patterns` (needs `../shared` or `$ANVIL_SHARED`; skipped without it outside CI, an
 * error under CI): every `@pattern` use of the AWS corpus that needs Java constructs translated, plus
 * every 10th other use, 10 fake values each, each validated by the mock. Nothing throws, every value of
 * an honoured pattern passes validation, and fewer than 20 uses of the sample are not honoured.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { translatePattern } from '@anvil/runtime';
import { CORPUS, listModels } from '../../../scripts/breadth/corpus.js';
import { checkPatternUse, collectPatternUses, type UseResult } from '../../../scripts/patterns/corpus-patterns.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const corpus = join(resolve(process.env.ANVIL_SHARED ?? join(ROOT, '..', 'shared')), 'models', CORPUS);
const present = existsSync(corpus);
if (!present && process.env.CI) throw new Error(`corpus missing at ${corpus}: CI must provide ../shared (set ANVIL_SHARED)`);
if (!present) console.warn(`[msw-runtime] skipping the @pattern corpus sample: ${corpus} is missing (set ANVIL_SHARED)`);

describe.skipIf(!present)('@pattern corpus sample (needs ../shared)', () => {
  it('fakes and validates Java-flavoured and sampled patterns without a crash; fake values pass validation', () => {
    const uses = collectPatternUses(corpus, listModels(corpus));
    expect(uses.length).toBeGreaterThan(8000);
    const javaFlavoured = (pattern: string): boolean => {
      const t = translatePattern(pattern);
      return !t.ok || t.java.length > 0;
    };
    const sample = uses.filter((use, i) => i % 10 === 0 || javaFlavoured(use.pattern));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const results: UseResult[] = sample.map((use) => checkPatternUse(use, 10));
    vi.restoreAllMocks();

    expect(results.flatMap((r) => r.crashes)).toEqual([]);
    expect(results.filter((r) => r.honoured && r.invalid > 0).map((r) => r.use.owner)).toEqual([]);
    const notHonoured = results.filter((r) => !r.honoured);
    expect(notHonoured.length).toBeLessThan(20);
    for (const r of notHonoured) expect(r.reason).toMatch(/no ECMAScript form|no value matching/);
    expect(results.filter((r) => r.java.length > 0).length).toBeGreaterThan(100);
    const verbose = results.find((r) => r.use.owner === 'com.amazonaws.fsx#VerboseFlag');
    expect(verbose).toMatchObject({ honoured: true, invalid: 0, java: ['(?i)'] });
  }, 600_000);
});
