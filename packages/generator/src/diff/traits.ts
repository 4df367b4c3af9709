/**
 * Trait rules of the API diff: how adding, removing or changing one trait on a
 * shape or member is classified. Follows smithy-diff's evaluators
 * (ChangedLengthTrait, ChangedRangeTrait, ChangedNullability, ChangedDefault,
 * ModifiedTrait with the prelude's diff tags, and its default strategy:
 * add/update NOTE, remove WARNING) — re-implemented here, not ported.
 *
 * Spec: Smithy 2.0 "Constraint traits", "HTTP binding traits", "Type refinement traits",
 * "Documentation traits", "Protocol traits".
 * @packageDocumentation
 */
import { ExactNumber, toJsonText, type Traits } from '@anvil/smithy-model';
import type { PackageKind } from '../emit/package.js';
import type { Change, ChangeClass } from './types.js';

const ALL: readonly PackageKind[] = ['types', 'client', 'msw'];
/** Constraints live in the runtime schemas (types) and are enforced by the mocks (msw). */
const CONSTRAINED: readonly PackageKind[] = ['types', 'msw'];

/** Traits that bind members or operations to HTTP messages: any change moves data on the wire. */
const HTTP_BINDINGS = new Set([
  'smithy.api#http',
  'smithy.api#httpLabel',
  'smithy.api#httpQuery',
  'smithy.api#httpQueryParams',
  'smithy.api#httpHeader',
  'smithy.api#httpPrefixHeaders',
  'smithy.api#httpPayload',
  'smithy.api#httpResponseCode',
  'smithy.api#httpError',
]);

/** Serialization and protocol-shape traits: any change alters the wire format. */
const SERIALIZATION = new Set([
  'smithy.api#jsonName',
  'smithy.api#xmlName',
  'smithy.api#xmlAttribute',
  'smithy.api#xmlFlattened',
  'smithy.api#xmlNamespace',
  'smithy.api#timestampFormat',
  'smithy.api#streaming',
  'smithy.api#eventHeader',
  'smithy.api#eventPayload',
  'smithy.api#hostLabel',
  'smithy.api#endpoint',
  'smithy.api#error',
  'aws.protocols#ec2QueryName',
  'aws.protocols#awsQueryError',
]);

/** Traits handled elsewhere (enum values, boxing, the `@addedDefault` companion of `@default`). */
const IGNORED = new Set(['smithy.api#enumValue', 'smithy.api#box', 'smithy.api#addedDefault']);

const DOCUMENTATION = 'smithy.api#documentation';
const DEPRECATED = 'smithy.api#deprecated';
const REQUIRED = 'smithy.api#required';
const DEFAULT = 'smithy.api#default';
const ADDED_DEFAULT = 'smithy.api#addedDefault';
const LENGTH = 'smithy.api#length';
const RANGE = 'smithy.api#range';
const PATTERN = 'smithy.api#pattern';

/** Where a trait change happens. */
export interface TraitSite {
  /** Shape or member id. */
  readonly id: string;
  /** The member belongs to a structure with `@input` (Smithy 2.0: clients treat its members as optional). */
  readonly inInput?: boolean;
}

interface Bounds {
  min?: number;
  max?: number;
}

function short(trait: string): string {
  return `@${trait.startsWith('smithy.api#') ? trait.slice('smithy.api#'.length) : trait}`;
}

function show(value: unknown): string {
  const s = toJsonText(value);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** Same JSON text; number literals a double would change compare by their literal (`toJsonText`). */
function same(a: unknown, b: unknown): boolean {
  return toJsonText(a) === toJsonText(b);
}

function num(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof ExactNumber) return v.toNumber();
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

function bounds(v: unknown): Bounds {
  const o = (v ?? {}) as Record<string, unknown>;
  const min = num(o.min);
  const max = num(o.max);
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

/**
 * Whether `next` admits fewer values than `prev` (a raised minimum or a lowered maximum).
 * An absent bound is unbounded.
 */
export function tightens(prev: Bounds, next: Bounds): boolean {
  const minUp = next.min !== undefined && (prev.min === undefined || next.min > prev.min);
  const maxDown = next.max !== undefined && (prev.max === undefined || next.max < prev.max);
  return minUp || maxDown;
}

function change(site: TraitSite, trait: string, cls: ChangeClass, rule: string, message: string, prev: unknown, next: unknown, packages = ALL): Change {
  const action = prev === undefined ? 'added' : next === undefined ? 'removed' : 'changed';
  return {
    rule,
    class: cls,
    action,
    subject: 'trait',
    id: site.id,
    trait,
    message: `${site.id}: ${message}`,
    ...(prev !== undefined ? { old: prev } : {}),
    ...(next !== undefined ? { new: next } : {}),
    packages,
  };
}

function verb(prev: unknown, next: unknown): string {
  return prev === undefined ? 'added' : next === undefined ? 'removed' : 'changed';
}

function rangeLike(site: TraitSite, trait: string, prev: unknown, next: unknown): Change {
  const rule = trait === LENGTH ? 'ChangedLengthTrait' : 'ChangedRangeTrait';
  const from = prev === undefined ? 'unbounded' : show(prev);
  const to = next === undefined ? 'unbounded' : show(next);
  const tighter = tightens(bounds(prev), bounds(next));
  const how = tighter ? 'tightened' : 'loosened';
  return change(site, trait, tighter ? 'breaking' : 'safe', rule, `${short(trait)} ${how} from ${from} to ${to}`, prev, next, CONSTRAINED);
}

function pattern(site: TraitSite, prev: unknown, next: unknown): Change {
  if (prev === undefined) return change(site, PATTERN, 'breaking', 'ChangedPatternTrait', `@pattern added: ${show(next)}`, prev, next, CONSTRAINED);
  if (next === undefined) return change(site, PATTERN, 'safe', 'ChangedPatternTrait', `@pattern removed (was ${show(prev)})`, prev, next, CONSTRAINED);
  // Whether one regular expression accepts a subset of another is undecidable in general here: flag it.
  return change(site, PATTERN, 'dangerous', 'ChangedPatternTrait', `@pattern changed from ${show(prev)} to ${show(next)}`, prev, next, CONSTRAINED);
}

function required(site: TraitSite, prev: unknown, next: unknown, nextTraits: Traits): Change {
  if (prev === undefined) return change(site, REQUIRED, 'breaking', 'ChangedNullability', '@required added to an existing member', prev, next);
  if (site.inInput) return change(site, REQUIRED, 'safe', 'ChangedNullability', '@required removed from a member of an @input structure (clients already treat it as optional)', prev, next);
  const withDefault = nextTraits[DEFAULT] !== undefined && nextTraits[DEFAULT] !== null;
  return withDefault
    ? change(site, REQUIRED, 'safe', 'ChangedNullability', '@required replaced by @default', prev, next)
    : change(site, REQUIRED, 'breaking', 'ChangedNullability', '@required removed without adding @default (the member becomes optional)', prev, next);
}

function defaultTrait(site: TraitSite, prev: unknown, next: unknown, nextTraits: Traits): Change {
  if (prev === undefined) {
    const ok = nextTraits[ADDED_DEFAULT] !== undefined;
    return change(site, DEFAULT, ok ? 'safe' : 'breaking', 'ChangedDefault', `@default ${show(next)} added${ok ? ' with @addedDefault' : ' without @addedDefault'}`, prev, next);
  }
  if (next === undefined) return change(site, DEFAULT, 'breaking', 'ChangedDefault', `@default removed (was ${show(prev)})`, prev, next);
  return change(site, DEFAULT, 'dangerous', 'ChangedDefault', `@default changed from ${show(prev)} to ${show(next)}`, prev, next);
}

function one(site: TraitSite, trait: string, prev: unknown, next: unknown, nextTraits: Traits): Change | undefined {
  if (IGNORED.has(trait)) return undefined;
  switch (trait) {
    case DOCUMENTATION:
      return change(site, trait, 'safe', 'ChangedDocumentation', `documentation ${verb(prev, next)}`, prev, next);
    case DEPRECATED:
      return change(site, trait, 'safe', 'ChangedDeprecation', prev === undefined ? 'deprecated' : next === undefined ? 'no longer deprecated' : 'deprecation message changed', prev, next);
    case LENGTH:
    case RANGE:
      return rangeLike(site, trait, prev, next);
    case PATTERN:
      return pattern(site, prev, next);
    case REQUIRED:
      return required(site, prev, next, nextTraits);
    case DEFAULT:
      return defaultTrait(site, prev, next, nextTraits);
  }
  if (HTTP_BINDINGS.has(trait)) {
    return change(site, trait, 'breaking', 'ChangedHttpBinding', `${short(trait)} ${verb(prev, next)}${prev !== undefined && next !== undefined ? ` from ${show(prev)} to ${show(next)}` : ''}`, prev, next);
  }
  if (SERIALIZATION.has(trait)) {
    return change(site, trait, 'breaking', 'ChangedSerializationTrait', `${short(trait)} ${verb(prev, next)}${prev !== undefined && next !== undefined ? ` from ${show(prev)} to ${show(next)}` : ''}`, prev, next);
  }
  // smithy-diff's default strategy for traits without diff rules: add/update NOTE, remove WARNING.
  return change(site, trait, next === undefined ? 'dangerous' : 'safe', 'ModifiedTrait', `${short(trait)} ${verb(prev, next)}`, prev, next);
}

/**
 * Compare the traits of one shape or member.
 * @param site the shape or member id and what it is
 * @param prev traits in the old model
 * @param next traits in the new model
 * @returns one change per trait that was added, removed or changed (sorted by trait id)
 */
export function diffTraits(site: TraitSite, prev: Traits, next: Traits): Change[] {
  const ids = [...new Set([...Object.keys(prev), ...Object.keys(next)])].sort();
  const out: Change[] = [];
  for (const trait of ids) {
    const a = prev[trait];
    const b = next[trait];
    if (same(a, b)) continue;
    const c = one(site, trait, a, b, next);
    if (c) out.push(c);
  }
  return out;
}
