import { describe, expect, it } from 'vitest';
import { createMemoryStorage, createWebStorage } from './consent-storage.js';
import { detectStorage } from './detect-storage.js';

function fakeWebStorage() {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

describe('storage adapters', () => {
  it.each([
    ['memory', () => createMemoryStorage()],
    ['localstorage', () => createWebStorage(fakeWebStorage())],
  ])('%s: get returns the last set, undefined after delete', async (kind, create) => {
    const storage = create();
    expect(storage.kind).toBe(kind);
    expect(await storage.get('k')).toBeUndefined();
    await storage.set('k', 'one');
    await storage.set('k', 'two');
    expect(await storage.get('k')).toBe('two');
    await storage.delete('k');
    await storage.delete('k');
    expect(await storage.get('k')).toBeUndefined();
  });

  it('rejects when Web Storage refuses a write (quota, blocked site data)', async () => {
    const storage = createWebStorage({
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    });
    await expect(storage.set('k', 'v')).rejects.toThrow('full');
  });

  it('detects localStorage when IndexedDB is absent, memory when both are', async () => {
    const local = fakeWebStorage();
    const fallback = detectStorage({ indexedDB: null, localStorage: local });
    expect(fallback.kind).toBe('pending');
    await fallback.set('k', 'v');
    expect(fallback.kind).toBe('localstorage');
    expect(local.values.get('k')).toBe('v');
    expect(local.values.has('pledge-probe')).toBe(false);

    const none = detectStorage({ indexedDB: null, localStorage: null });
    await none.set('k', 'v');
    expect(none.kind).toBe('memory');
  });

  it('falls back when IndexedDB refuses to open or localStorage throws', async () => {
    const refusing = {
      open: () => {
        const request = {} as IDBOpenDBRequest & { error: DOMException };
        Object.assign(request, { error: new DOMException('refused', 'InvalidStateError') });
        setTimeout(() => request.onerror?.(new Event('error')));
        return request;
      },
    } as unknown as IDBFactory;
    const local = fakeWebStorage();
    const storage = detectStorage({ indexedDB: refusing, localStorage: local });
    await storage.set('k', 'v');
    expect(storage.kind).toBe('localstorage');

    const blocked = detectStorage({
      indexedDB: null,
      localStorage: {
        getItem: () => null,
        setItem: () => {
          throw new DOMException('blocked', 'SecurityError');
        },
        removeItem: () => {},
      },
    });
    expect(await blocked.get('k')).toBeUndefined();
    expect(blocked.kind).toBe('memory');
  });
});
