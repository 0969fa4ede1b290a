// Appends batches of 100 events to one chain until killed, printing each committed head.
//   node append-loop.mjs postgres <schema> <tenant>
//   node append-loop.mjs pglite <dataDir> <tenant>
import { PGlite } from '@electric-sql/pglite';
import { canonicalJson } from '@pledge/core';
import { createPostgresStores } from '@pledge/postgres';
import pg from 'pg';

const [backend, where, tenant] = process.argv.slice(2);
let client;
let schema = 'pledge';
if (backend === 'postgres') {
  client = new pg.Pool({
    connectionString: process.env.PLEDGE_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    max: 1,
  });
  client.on('error', () => {});
  schema = where;
} else {
  client = new PGlite(where);
}
const stores = createPostgresStores({ client, schema });
await stores.migrate();
for (let batch = 0; ; batch++) {
  const events = Array.from({ length: 100 }, (_, i) => ({
    subjectRef: `s${i % 13}`,
    // Large-ish bodies make each batch take long enough to be killed in the middle.
    canonicalBody: canonicalJson({ batch, i, pad: 'x'.repeat(512) }),
  }));
  const stored = await stores.consent.append(tenant, events);
  process.stdout.write(`${stored[stored.length - 1].seq}\n`);
}
