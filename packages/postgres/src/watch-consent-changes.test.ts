import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { createPostgresStores, watchConsentChanges } from './index.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('watchConsentChanges (PGlite, one process)', () => {
  it('reports committed appends of its schema only, and nothing after stop()', async () => {
    const db = new PGlite();
    try {
      const mine = createPostgresStores({ client: db, schema: 'mine' });
      const other = createPostgresStores({ client: db, schema: 'other' });
      await mine.migrate();
      await other.migrate();
      const heard: [string, number][] = [];
      const watch = await watchConsentChanges({
        client: db,
        schema: 'mine',
        onChange: (tenant, seq) => heard.push([tenant, seq]),
      });
      const event = { subjectRef: 'r', canonicalBody: '{}' };
      await mine.consent.append('t1', [event, event]);
      await other.consent.append('t1', [event]);
      // A batch that fails (a conflicting idempotency key) commits nothing and notifies nobody.
      await mine.consent.append('t2', [event], { idempotencyKey: 'k' });
      await expect(
        mine.consent.append('t2', [{ subjectRef: 'r', canonicalBody: '{"x":1}' }], {
          idempotencyKey: 'k',
        }),
      ).rejects.toThrow();
      await settle();
      expect(heard).toEqual([
        ['t1', 2],
        ['t2', 1],
      ]);
      await watch.stop();
      await mine.consent.append('t1', [event]);
      await settle();
      expect(heard).toHaveLength(2);
    } finally {
      await db.close();
    }
  });
});
