/**
 * Browser persistence of a mock store: its state written to `sessionStorage` (or any Web Storage)
 * after each change and read back when the store is created, so a page reload keeps the data.
 * `Date`, bytes and `bigint` values survive through tagged JSON.
 * @packageDocumentation
 */
import { fromBase64, toBase64 } from '@anvil/runtime';

/** Where and under which key a store persists (`StoreOptions.persist`). */
export interface PersistOptions {
  /** The Web Storage to use. @default globalThis.sessionStorage */
  readonly storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** Storage key. @default `anvil-msw-store:<service shape id>` */
  readonly key?: string;
}

/** A resolved persistence target. */
export interface Persistence {
  load(): unknown;
  save(state: unknown): void;
  clear(): void;
}

const DATE = '~anvil:date';
const BYTES = '~anvil:bytes';
const BIGINT = '~anvil:bigint';

function encode(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  if (raw instanceof Date) return { [DATE]: raw.getTime() };
  if (raw instanceof Uint8Array) return { [BYTES]: toBase64(raw) };
  if (typeof raw === 'bigint') return { [BIGINT]: raw.toString() };
  return value;
}

function decode(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (keys.length !== 1) return value;
  const tagged = (value as Record<string, unknown>)[keys[0] ?? ''];
  if (keys[0] === DATE && typeof tagged === 'number') return new Date(tagged);
  if (keys[0] === BYTES && typeof tagged === 'string') return fromBase64(tagged);
  if (keys[0] === BIGINT && typeof tagged === 'string') return BigInt(tagged);
  return value;
}

/**
 * Tagged JSON text of a store state (also used for snapshots that leave the process).
 * @param state the store's state data
 */
export function stateToJson(state: unknown): string {
  return JSON.stringify(state, encode);
}

/**
 * The state back from {@link stateToJson}'s text.
 * @throws SyntaxError when the text is not JSON
 */
export function stateFromJson(text: string): unknown {
  return JSON.parse(text, decode) as unknown;
}

/**
 * Resolve `StoreOptions.persist`.
 * @param option `true` for `sessionStorage`, or where and under which key
 * @param defaultKey the key when the option names none
 * @returns the persistence, or `undefined` when there is no storage (Node without one: nothing is persisted)
 */
export function createPersistence(option: boolean | PersistOptions | undefined, defaultKey: string): Persistence | undefined {
  if (option === undefined || option === false) return undefined;
  const settings: PersistOptions = option === true ? {} : option;
  const storage = settings.storage ?? (globalThis as { sessionStorage?: Storage }).sessionStorage;
  if (!storage) return undefined;
  const key = settings.key ?? defaultKey;
  return {
    load: () => {
      const text = storage.getItem(key);
      if (text === null) return undefined;
      try {
        return stateFromJson(text);
      } catch {
        return undefined;
      }
    },
    save: (state) => storage.setItem(key, stateToJson(state)),
    clear: () => storage.removeItem(key),
  };
}
