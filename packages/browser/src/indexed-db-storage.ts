import { invalid } from './consent-client-error.js';
import type { ConsentStorage } from './consent-storage.js';

/** Options of {@link createIndexedDbStorage}. */
export interface IndexedDbStorageOptions {
  /** The IndexedDB factory; default `globalThis.indexedDB`. */
  readonly indexedDB?: IDBFactory;
  /** Database name; default `pledge`. One object store, `consent`, holds the values. */
  readonly database?: string;
}

const STORE = 'consent';

function settle<Value>(request: IDBRequest<Value>): Promise<Value> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * A {@link ConsentStorage} in IndexedDB, the first choice in a browser: it survives reloads,
 * is not sent to the server with every request like a cookie, and is written transactionally.
 * The database opens on first use; a browser that refuses it (some private modes) rejects that
 * first call, which {@link detectStorage} uses to fall back to localStorage.
 */
export function createIndexedDbStorage(options: IndexedDbStorageOptions = {}): ConsentStorage {
  if (typeof options !== 'object' || options === null) invalid('options', 'expected an object');
  const factory = options.indexedDB ?? globalThis.indexedDB;
  const name = options.database ?? 'pledge';
  if (typeof factory?.open !== 'function') invalid('options.indexedDB', 'expected an IDBFactory');
  if (typeof name !== 'string' || name === '') {
    invalid('options.database', 'expected a non-empty string');
  }
  let opened: Promise<IDBDatabase> | undefined;
  const run = async <Value>(
    mode: IDBTransactionMode,
    action: (store: IDBObjectStore) => IDBRequest<Value>,
  ): Promise<Value> => {
    if (!opened) {
      const request = factory.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      opened = settle(request);
      // A refused open is retried on the next call rather than cached.
      opened.catch(() => {
        opened = undefined;
      });
    }
    const transaction = (await opened).transaction(STORE, mode);
    const result = settle(action(transaction.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = transaction.onabort = () => reject(transaction.error);
    });
    return result;
  };
  return {
    kind: 'indexeddb',
    get: async (key) => {
      const value = await run('readonly', (store) => store.get(key));
      return typeof value === 'string' ? value : undefined;
    },
    set: async (key, value) => {
      await run('readwrite', (store) => store.put(value, key));
    },
    delete: async (key) => {
      await run('readwrite', (store) => store.delete(key));
    },
  };
}
