/**
 * API change reports between two versions of a Smithy model: added, removed
 * and changed operations, members and traits, each classified breaking /
 * dangerous / safe after smithy-diff's rules, with a proposed semver bump per
 * generated package.
 * @packageDocumentation
 */
import type { Model } from '@anvil/smithy-model';
import { loadSource, sourceLabel, type ModelSource } from './load.js';
import { proposeBumps } from './semver.js';
import { diffShapes } from './shapes.js';
import { CHANGE_CLASSES, type Change, type ChangeClass, type DiffReport } from './types.js';

export * from './types.js';
export { diffTraits, tightens } from './traits.js';
export { diffShapes } from './shapes.js';
export { bumpOf, maxBump, proposeBumps, renderChangeset } from './semver.js';
export { renderMarkdown, renderJson } from './report.js';
export { loadSource, readAtRevision, sourceLabel, type ModelSource } from './load.js';

function compare(a: Change, b: Change): number {
  const byClass = CHANGE_CLASSES.indexOf(a.class) - CHANGE_CLASSES.indexOf(b.class);
  if (byClass) return byClass;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return (a.trait ?? '') < (b.trait ?? '') ? -1 : (a.trait ?? '') > (b.trait ?? '') ? 1 : 0;
}

/**
 * Diff two loaded models.
 * @param oldModel the model before
 * @param newModel the model after
 * @param labels where each came from, for the report
 * @returns the report (changes sorted breaking first, then by id and rule)
 */
export function diffModels(oldModel: Model, newModel: Model, labels: { from: string; to: string } = { from: 'old', to: 'new' }): DiffReport {
  const changes = diffShapes(oldModel, newModel).sort(compare);
  const counts = Object.fromEntries(CHANGE_CLASSES.map((c) => [c, 0])) as Record<ChangeClass, number>;
  for (const c of changes) counts[c.class] += 1;
  return { from: labels.from, to: labels.to, changes, counts, bumps: proposeBumps(changes) };
}

/**
 * Load both sides (files or git revisions) and diff them.
 * @throws ModelError / Error naming the file (and revision) that failed to load
 */
export function diffSources(from: ModelSource, to: ModelSource): DiffReport {
  return diffModels(loadSource(from), loadSource(to), { from: sourceLabel(from), to: sourceLabel(to) });
}
