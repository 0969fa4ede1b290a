// @pledge/consent: check on a warm projection against raw Map.get on the same keys; ledger
// append (validation, pseudonym, canonical JSON, chaining) and store append against raw SHA-256
// of the same bytes; verify throughput; bundle size.

import { createConsentLedger, createMemoryConsentStore } from '@pledge/consent';
import { createSimulatedClock, sha256Hex } from '@pledge/core';
import {
  formatBytes,
  formatRate,
  gzipBundleSize,
  opsPerSecond,
  opsPerSecondAsync,
} from '../lib/measure.mjs';

const purposes = [
  { id: 'analytics', legalBasis: 'consent', lifetime: 'P13M' },
  { id: 'marketing', legalBasis: 'consent' },
  { id: 'sale', legalBasis: 'consent', saleOrSharing: true },
  { id: 'personalisation', legalBasis: 'consent' },
];
const policy = { versions: [{ id: 'v1', effectiveFrom: '2026-01-01', material: true }] };

export async function run({ quick }) {
  const subjects = quick ? 20_000 : 200_000;
  const clock = createSimulatedClock('2026-02-01T00:00:00Z');
  const store = createMemoryConsentStore();
  let n = 0;
  const ledger = createConsentLedger({
    store,
    clock,
    secret: new Uint8Array(32).fill(3),
    purposes,
    policy,
    ids: () => `e${++n}`,
  });
  const ids = Array.from({ length: subjects }, (_, i) => `subject-${i.toString(36)}`);

  // Ledger append: validation, pseudonym, canonical JSON, chaining, projection update.
  const inputs = ids.map((subject, i) => ({
    subject,
    purposes: {
      analytics: i % 3 ? 'granted' : 'denied',
      marketing: 'denied',
      sale: 'granted',
      personalisation: 'granted',
    },
    policyVersion: 'v1',
    jurisdiction: i % 2 ? 'DE' : 'US-CA',
    source: 'banner',
  }));
  const append = await opsPerSecondAsync(
    async (count, round) => {
      if (round > 0) return; // one pass: the ledger only grows
      for (let i = 0; i < count; i++) await ledger.record(inputs[i]);
    },
    { iterations: subjects, rounds: 1 },
  );
  const bodies = (await store.readChain('default', { limit: subjects })).map(
    (e) => e.canonicalBody,
  );
  const rawHash = opsPerSecond((i) => sha256Hex(bodies[i % bodies.length]), {
    iterations: subjects,
    rounds: 3,
  });

  // Store append alone (chaining only), in batches of 100 as a server would flush.
  const bare = createMemoryConsentStore();
  const batch = bodies
    .slice(0, 100)
    .map((canonicalBody, i) => ({ subjectRef: `r${i}`, canonicalBody }));
  const storeAppend = await opsPerSecondAsync(
    async (count) => {
      for (let i = 0; i < count / 100; i++) await bare.append('bench', batch);
    },
    { iterations: subjects, rounds: 3 },
  );

  // Warm check against Map.get over the same subject keys.
  const map = new Map(ids.map((id, i) => [id, i]));
  const at = new Date('2026-02-02T00:00:00Z');
  for (const subject of ids) ledger.check({ subject, purpose: 'analytics', at });
  let sink = 0;
  const mapGet = opsPerSecond(
    (i) => {
      sink += map.get(ids[i % subjects]);
    },
    { iterations: subjects * 5 },
  );
  const check = opsPerSecond(
    (i) => {
      if (
        ledger.check({ subject: ids[i % subjects], purpose: 'analytics', at }).outcome === 'allow'
      )
        sink++;
    },
    { iterations: subjects * 5 },
  );

  // Verify the whole chain.
  const verifyStart = performance.now();
  const verified = await ledger.verify();
  const verifyRate = verified.count / ((performance.now() - verifyStart) / 1000);
  if (!verified.ok || sink < 0) throw new Error('chain did not verify');

  const own = await gzipBundleSize('@pledge/consent', { external: ['@pledge/core', 'zod'] });
  const withCore = await gzipBundleSize('@pledge/consent');
  return [
    {
      figure: `check, warm projection (${subjects.toLocaleString('en')} subjects)`,
      ours: formatRate(check),
      baseline: `${formatRate(mapGet)} Map.get`,
      ratio: (check / mapGet).toFixed(3),
      target: '≥ 0.25 × Map.get',
      pass: check / mapGet >= 0.25,
      kind: 'time',
    },
    {
      figure: 'ledger.record (validate + pseudonym + chain + projection)',
      ours: formatRate(append),
      baseline: `${formatRate(rawHash)} raw SHA-256`,
      ratio: (append / rawHash).toFixed(3),
      target: 'info (full write path: validation, pseudonym, projection)',
      kind: 'time',
    },
    {
      figure: 'append with chaining (memory store, batches of 100)',
      ours: formatRate(storeAppend),
      baseline: `${formatRate(rawHash)} raw SHA-256`,
      ratio: (storeAppend / rawHash).toFixed(3),
      target: '≥ 50k/s',
      pass: storeAppend >= 50_000,
      kind: 'time',
    },
    {
      figure: 'ledger.verify',
      ours: formatRate(verifyRate),
      baseline: `${formatRate(rawHash)} raw SHA-256`,
      ratio: (verifyRate / rawHash).toFixed(3),
      target: '≥ 300k/s',
      pass: verifyRate >= 300_000,
      kind: 'time',
    },
    {
      figure: '@pledge/consent bundle (core and zod external, gzip)',
      ours: formatBytes(own.gzip),
      target: 'info',
      kind: 'size',
    },
    {
      figure: '@pledge/consent bundle with core and zod (gzip)',
      ours: formatBytes(withCore.gzip),
      target: 'info',
      kind: 'size',
    },
  ];
}
