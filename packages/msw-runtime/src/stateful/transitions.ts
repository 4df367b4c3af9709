/**
 * State transitions of stored items (as in moto): a member moves through its states after a
 * number of answers in the current state, after some milliseconds, or when the test steps it.
 * @packageDocumentation
 */
import { getAtPath, setAtPath } from '@anvil/runtime';
import type { TransitionSpec } from './resource-table.js';

/** One stored item as the store keeps it. */
export interface StoredItem {
  /** Insertion sequence number (list order, page tokens). */
  readonly seq: number;
  readonly key: string;
  /** The item's members (identifiers included), runtime values. */
  values: Record<string, unknown>;
  /** Per transition: answers given in the current state. */
  reads: number[];
  /** Per transition: when the current state was entered (ms since the epoch). */
  entered: number[];
}

function stateIndex(item: StoredItem, spec: TransitionSpec): number {
  return spec.states.indexOf(String(getAtPath(item.values, spec.member)));
}

function moveTo(item: StoredItem, spec: TransitionSpec, i: number, index: number, now: number): void {
  item.values = setAtPath(item.values, spec.member, spec.states[index]);
  item.reads[i] = 0;
  item.entered[i] = now;
}

/**
 * Put a new item's transitioning members in their first state (unless `given` set them) and
 * start their clocks.
 * @param given the members the request or the test gave (they win)
 */
export function startTransitions(item: StoredItem, transitions: readonly TransitionSpec[], given: Readonly<Record<string, unknown>>, now: number): void {
  transitions.forEach((spec, i) => {
    if (getAtPath(given, spec.member) === undefined && spec.states.length > 0) item.values = setAtPath(item.values, spec.member, spec.states[0]);
    item.reads[i] = 0;
    item.entered[i] = now;
  });
}

/**
 * Apply the time-based transitions that are due (before an item is answered).
 * @returns whether a state changed
 */
export function settleTransitions(item: StoredItem, transitions: readonly TransitionSpec[], now: number): boolean {
  let changed = false;
  transitions.forEach((spec, i) => {
    const ms = spec.after?.ms;
    if (ms === undefined || ms <= 0) return;
    const index = stateIndex(item, spec);
    if (index < 0 || index >= spec.states.length - 1) return;
    const steps = Math.min(Math.floor((now - (item.entered[i] ?? now)) / ms), spec.states.length - 1 - index);
    if (steps <= 0) return;
    const enteredAt = (item.entered[i] ?? now) + steps * ms;
    moveTo(item, spec, i, index + steps, enteredAt);
    changed = true;
  });
  return changed;
}

/**
 * Count one answer of the item and apply the read-count transitions that are due (after it was answered).
 * @returns whether a state changed
 */
export function countRead(item: StoredItem, transitions: readonly TransitionSpec[], now: number): boolean {
  let changed = false;
  transitions.forEach((spec, i) => {
    const reads = spec.after?.reads;
    if (reads === undefined || reads <= 0) return;
    item.reads[i] = (item.reads[i] ?? 0) + 1;
    const index = stateIndex(item, spec);
    if (index < 0 || index >= spec.states.length - 1 || (item.reads[i] ?? 0) < reads) return;
    moveTo(item, spec, i, index + 1, now);
    changed = true;
  });
  return changed;
}

/**
 * Step every transition of the item `steps` states forward (stopping at the last state).
 * @returns whether a state changed
 */
export function stepTransitions(item: StoredItem, transitions: readonly TransitionSpec[], steps: number, now: number): boolean {
  let changed = false;
  transitions.forEach((spec, i) => {
    const index = stateIndex(item, spec);
    if (index < 0) return;
    const target = Math.min(spec.states.length - 1, index + Math.max(0, Math.floor(steps)));
    if (target === index) return;
    moveTo(item, spec, i, target, now);
    changed = true;
  });
  return changed;
}
