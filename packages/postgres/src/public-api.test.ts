import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe } from 'vitest';
import { type BadInputCase, describeBadInputSweep } from '../../../test-support/bad-input-sweep.js';
import * as entry from './index.js';

// Validation happens before any query, so a PGlite that never started is enough.
const db = new PGlite();
const stores = entry.createPostgresStores({ client: db, schema: 'never_used' });
const event = { subjectRef: 's', canonicalBody: '{}' };

const cases: Record<string, readonly BadInputCase[]> = {
  createPostgresStores: [
    [() => entry.createPostgresStores(undefined as never), 'options'],
    [() => entry.createPostgresStores({ client: {} as never }), 'options.client'],
    [
      () => entry.createPostgresStores({ client: db, schema: 'Robert"; DROP TABLE x;--' }),
      'options.schema',
    ],
    [() => entry.createPostgresStores({ client: db, schema: 'pg_catalog' }), 'options.schema'],
    [() => stores.consent.append('', [event]), 'tenant'],
    [
      () => stores.consent.append('t', [{ subjectRef: '', canonicalBody: '{}' }]),
      'events[0].subjectRef',
    ],
    [
      () => stores.consent.append('t', [{ subjectRef: 's', canonicalBody: '' }]),
      'events[0].canonicalBody',
    ],
    [() => stores.consent.append('t', 'x' as never), 'events'],
    [() => stores.consent.append('t', [event], { idempotencyKey: '' }), 'options.idempotencyKey'],
    [
      () => stores.consent.append('t', [event], { idempotencyKey: 'k', fingerprint: 7 as never }),
      'options.fingerprint',
    ],
    [() => stores.consent.head('a b'), 'tenant'],
    [() => stores.consent.readChain('t', { afterSeq: -1 }), 'options.afterSeq'],
    [() => stores.consent.readChain('t', { limit: 0 }), 'options.limit'],
    [() => stores.consent.readSubject('t', ''), 'subjectRef'],
    [() => stores.subjectKeys.getOrCreateKey('t', 's', 'key' as never), 'create'],
    [() => stores.subjectKeys.getKey('t/..', 's'), 'tenant'],
    [() => stores.subjectKeys.destroyKey('t', 42 as never), 'subjectRef'],
  ],
  watchConsentChanges: [
    [
      () => entry.watchConsentChanges({ client: null as never, onChange: () => {} }),
      'options.client',
    ],
    [
      () => entry.watchConsentChanges({ client: db, schema: '1x', onChange: () => {} }),
      'options.schema',
    ],
    [() => entry.watchConsentChanges({ client: db, onChange: 'no' as never }), 'options.onChange'],
    [
      () => entry.watchConsentChanges({ client: db, onChange: () => {}, onError: 1 as never }),
      'options.onError',
    ],
  ],
};

describe('@pledge/postgres public API', () => {
  afterAll(() => db.close());
  describeBadInputSweep({ entry, cases });
});
