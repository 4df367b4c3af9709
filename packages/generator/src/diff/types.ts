/**
 * Types of an API change report: one {@link Change} per added, removed or
 * changed operation, member, shape or trait, each classified the way
 * smithy-diff grades its events (ERROR → `breaking`, DANGER/WARNING →
 * `dangerous`, NOTE → `safe`).
 * @packageDocumentation
 */
import type { PackageKind } from '../emit/package.js';

/** How a change affects existing callers. */
export type ChangeClass = 'breaking' | 'dangerous' | 'safe';

/** Every class, most severe first. */
export const CHANGE_CLASSES: readonly ChangeClass[] = ['breaking', 'dangerous', 'safe'];

/** What kind of model element changed. */
export type ChangeSubject = 'service' | 'operation' | 'shape' | 'member' | 'enumValue' | 'trait' | 'error';

/** One difference between the old and the new model. */
export interface Change {
  /** Rule that produced it, named after the smithy-diff evaluator it follows (`RemovedOperation`, `ChangedLengthTrait`, …). */
  readonly rule: string;
  readonly class: ChangeClass;
  readonly action: 'added' | 'removed' | 'changed';
  readonly subject: ChangeSubject;
  /** Shape or member id the change is about (`ns#Shape` or `ns#Shape$member`). */
  readonly id: string;
  /** Absolute trait id for trait changes (`smithy.api#pattern`). */
  readonly trait?: string;
  /** One line for humans. */
  readonly message: string;
  /** Previous value (trait value, target id, enum value), JSON. */
  readonly old?: unknown;
  /** New value, JSON. */
  readonly new?: unknown;
  /** Generated packages whose public surface this change touches. */
  readonly packages: readonly PackageKind[];
}

/** A semver bump, `none` when a package is untouched. */
export type Bump = 'major' | 'minor' | 'patch' | 'none';

/** The whole report. */
export interface DiffReport {
  /** Where the old model came from (`path`, or `path@REV`). */
  readonly from: string;
  /** Where the new model came from. */
  readonly to: string;
  /** Changes sorted by class (breaking first), then id, then rule. */
  readonly changes: readonly Change[];
  /** Number of changes per class. */
  readonly counts: Readonly<Record<ChangeClass, number>>;
  /** Proposed bump per generated package kind. */
  readonly bumps: Readonly<Record<PackageKind, Bump>>;
}
