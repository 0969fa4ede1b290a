import { invalid } from './consent-client-error.js';
import { type ConsentStorage, createMemoryStorage, createWebStorage } from './consent-storage.js';
import { createIndexedDbStorage } from './indexed-db-storage.js';

/** Where {@link detectStorage} looks for a backend; each defaults to the global of that name. */
export interface DetectStorageOptions {
  /** The IndexedDB factory, or `null` to skip IndexedDB. */
  readonly indexedDB?: IDBFactory | null;
  /** A Web Storage object, or `null` to skip it. */
  readonly localStorage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** IndexedDB database name; default `pledge`. */
  readonly database?: string;
}

/**
 * The best storage this runtime offers: IndexedDB when it opens, else localStorage when it
 * accepts a write, else memory. The choice is made on first use (probing needs I/O) and then
 * kept; `kind` answers `pending` until then.
 */
export function detectStorage(options: DetectStorageOptions = {}): ConsentStorage {
  if (typeof options !== 'object' || options === null) invalid('options', 'expected an object');
  let chosen: Promise<ConsentStorage> | undefined;
  let kind = 'pending';
  const choose = async (): Promise<ConsentStorage> => {
    const factory =
      options.indexedDB === undefined ? globalThis.indexedDB : (options.indexedDB ?? undefined);
    if (factory) {
      const storage = createIndexedDbStorage({
        indexedDB: factory,
        ...(options.database === undefined ? {} : { database: options.database }),
      });
      try {
        await storage.get('');
        return storage;
      } catch {
        // Refused (private mode, blocked by policy): fall through to localStorage.
      }
    }
    try {
      // Reading `localStorage` itself throws where the host blocks site data.
      const local =
        options.localStorage === undefined ? globalThis.localStorage : options.localStorage;
      if (local) {
        local.setItem('pledge-probe', '1');
        local.removeItem('pledge-probe');
        return createWebStorage(local);
      }
    } catch {
      // Blocked or full: fall through to memory.
    }
    return createMemoryStorage();
  };
  const use = async () => {
    chosen ??= choose().then((storage) => {
      kind = storage.kind;
      return storage;
    });
    return chosen;
  };
  return {
    get kind() {
      return kind;
    },
    get: async (key) => (await use()).get(key),
    set: async (key, value) => (await use()).set(key, value),
    delete: async (key) => (await use()).delete(key),
  };
}
