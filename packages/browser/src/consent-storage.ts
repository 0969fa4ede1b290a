import { invalid } from './consent-client-error.js';

/**
 * Where the client keeps the subject's pseudonymous id, the last choice and the choices not yet
 * delivered to the server. Values are strings (JSON written by the client).
 *
 * Implementations MUST return from `get` the value of the last completed `set` for that key
 * (or `undefined` after `delete` or when nothing was stored), and MUST reject the returned
 * promise when a value could not be stored, rather than dropping it silently: the client then
 * reports `STORAGE_FAILED` and keeps the choice in memory. They MUST NOT transform the value.
 */
export interface ConsentStorage {
  /** Which backend holds the values: `indexeddb`, `localstorage`, `memory` or a host name. */
  readonly kind: string;
  /** The value stored under `key`, or `undefined`. */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` under `key`, replacing any earlier one. */
  set(key: string, value: string): Promise<void>;
  /** Removes the value under `key`; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/**
 * A {@link ConsentStorage} in memory: what the client uses when a browser offers neither
 * IndexedDB nor localStorage, and in tests. Nothing survives a reload.
 */
export function createMemoryStorage(): ConsentStorage {
  const values = new Map<string, string>();
  return {
    kind: 'memory',
    get: async (key) => values.get(key),
    set: async (key, value) => {
      values.set(key, value);
    },
    delete: async (key) => {
      values.delete(key);
    },
  };
}

/** The part of the Web Storage API (`localStorage`) that {@link createWebStorage} uses. */
export type WebStorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * A {@link ConsentStorage} over Web Storage (`localStorage` by default), the fallback where
 * IndexedDB is missing or refused. A quota or security error rejects the promise.
 */
export function createWebStorage(storage: WebStorageLike): ConsentStorage {
  if (typeof storage?.getItem !== 'function' || typeof storage.setItem !== 'function') {
    invalid('storage', 'expected a Web Storage object such as localStorage');
  }
  return {
    kind: 'localstorage',
    get: async (key) => storage.getItem(key) ?? undefined,
    set: async (key, value) => storage.setItem(key, value),
    delete: async (key) => storage.removeItem(key),
  };
}
