/**
 * Semver proposals from an API change report, and the changeset file that
 * records them (the `.changeset/*.md` format of @changesets/cli: YAML front
 * matter of `"package": bump` lines, then a Markdown summary).
 * @packageDocumentation
 */
import type { PackageKind } from '../emit/package.js';
import type { Bump, Change, DiffReport } from './types.js';

const ORDER: readonly Bump[] = ['none', 'patch', 'minor', 'major'];
const KINDS: readonly PackageKind[] = ['types', 'client', 'msw'];

/**
 * The bump one change calls for: breaking → major; dangerous, or a new operation,
 * shape, member, enum value or error → minor; anything else (documentation,
 * loosened constraints, other trait edits) → patch.
 */
export function bumpOf(change: Change): Exclude<Bump, 'none'> {
  if (change.class === 'breaking') return 'major';
  if (change.class === 'dangerous' || (change.action === 'added' && change.subject !== 'trait')) return 'minor';
  return 'patch';
}

/** @returns the larger of two bumps */
export function maxBump(a: Bump, b: Bump): Bump {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/**
 * @param changes the report's changes
 * @returns per generated package kind, the largest bump of the changes that touch it
 */
export function proposeBumps(changes: readonly Change[]): Record<PackageKind, Bump> {
  const out: Record<PackageKind, Bump> = { types: 'none', client: 'none', msw: 'none' };
  for (const c of changes) for (const k of c.packages) out[k] = maxBump(out[k], bumpOf(c));
  return out;
}

/**
 * Render a changeset file.
 * @param report the diff report
 * @param packageNames npm name per package kind (`@anvil-gen/drs-types`, …)
 * @returns the file text, or undefined when no package needs a release
 */
export function renderChangeset(report: DiffReport, packageNames: Readonly<Record<PackageKind, string>>): string | undefined {
  const lines = KINDS.filter((k) => report.bumps[k] !== 'none').map((k) => `"${packageNames[k]}": ${report.bumps[k]}`);
  if (!lines.length) return undefined;
  const { breaking, dangerous, safe } = report.counts;
  const notable = report.changes.filter((c) => c.class !== 'safe' || (c.action === 'added' && c.subject === 'operation'));
  const shown = notable.slice(0, 30).map((c) => `- ${c.class}: ${c.message}`);
  const more = notable.length > shown.length ? [`- … and ${notable.length - shown.length} more (see the full report)`] : [];
  return [
    '---',
    ...lines,
    '---',
    '',
    `Model update (${report.from} → ${report.to}): ${breaking} breaking, ${dangerous} dangerous, ${safe} safe change(s).`,
    '',
    ...shown,
    ...more,
    '',
  ].join('\n');
}
