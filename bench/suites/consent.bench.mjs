// @pledge/consent: check on a warm projection against raw Map.get on the same subject keys at
// 10^4, 10^5 and 10^6 subjects, with the projection's memory per subject (each point in its
// own process, see lib/scale-worker.mjs); ledger append (validation, pseudonym, canonical JSON,
// chaining) and store append against raw SHA-256 of the same bytes; verify throughput; bundle
// size.

import { createConsentLedger, createMemoryConsentStore } from '@pledge/consent';
import { createSimulatedClock, sha256Hex } from '@pledge/core';
import { choiceInput, POLICY, PURPOSES, SECRET, subjectId } from '../lib/consent-fixture.mjs';
import {
  formatBytes,
  formatMegabytes,
  formatRate,
  gzipBundleSize,
  measureRate,
  opsPerSecondAsync,
  runChild,
} from '../lib/measure.mjs';

const PROJECTION_SUBJECTS = 1_000_000;
const PROJECTION_BUDGET = 400e6;

const perSubject = (bytes, count) => formatBytes(Math.round(bytes / count));

/** Scale curve rows, and the 1M-subject projection figure (extrapolated in quick mode). */
async function scaleRows(quick) {
  const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
  const rows = [];
  let largest;
  for (const count of sizes) {
    const point = await runChild(
      'scale-worker.mjs',
      ['consent', String(count), quick ? 300 : 900],
      {
        maxOldSpaceMb: count >= 1_000_000 ? 8192 : 2048,
      },
    );
    largest = point;
    const ratio = point.ours.rate / point.baseline.rate;
    rows.push(
      {
        id: 'consent-check',
        figure: `check, warm projection, ${count.toLocaleString('en')} subjects`,
        ours: formatRate(point.ours.rate),
        baseline: `${formatRate(point.baseline.rate)} Map.get`,
        ratio: ratio.toFixed(3),
        target: '≥ 0.25 × Map.get',
        pass: ratio >= 0.25,
        kind: 'time',
        stats: { ours: point.ours, baseline: point.baseline },
      },
      {
        figure: `projection memory per subject, ${count.toLocaleString('en')} subjects × 4 purposes: loaded (warm)`,
        ours: `heap ${perSubject(point.projection.heapUsed, count)} (${perSubject(point.warmProjection.heapUsed, count)})`,
        baseline: `RSS Δ ${perSubject(point.projection.rss, count)} (${perSubject(point.warmProjection.rss, count)})`,
        target: 'info',
        kind: 'memory',
        stats: point,
      },
    );
  }
  // The target: a projection of 1M subjects with 4 purposes each, as loaded by sync().
  const scale = PROJECTION_SUBJECTS / largest.count;
  const heap = largest.projection.heapUsed * scale;
  const rss = largest.projection.rss * scale;
  const worst = Math.max(heap, rss);
  rows.push({
    id: 'consent-projection-memory',
    figure:
      scale === 1
        ? '1M subjects × 4 purposes in the projection (heap Δ after sync)'
        : `1M subjects × 4 purposes in the projection (heap Δ after sync, extrapolated ×${scale} from ${largest.count.toLocaleString('en')})`,
    ours: formatMegabytes(heap),
    baseline: `RSS Δ ${formatMegabytes(rss)}; warm ${formatMegabytes(largest.warmProjection.heapUsed * scale)} heap`,
    ratio: (worst / PROJECTION_BUDGET).toFixed(2),
    target: `≤ ${formatMegabytes(PROJECTION_BUDGET)} (heap and RSS)`,
    pass: worst <= PROJECTION_BUDGET,
    kind: 'memory',
  });
  return rows;
}

export async function run({ quick }) {
  const subjects = quick ? 20_000 : 200_000;
  const clock = createSimulatedClock('2026-02-01T00:00:00Z');
  const store = createMemoryConsentStore();
  let n = 0;
  const ledger = createConsentLedger({
    store,
    clock,
    secret: SECRET,
    purposes: PURPOSES,
    policy: POLICY,
    ids: () => `e${++n}`,
  });

  // Ledger append: validation, pseudonym, canonical JSON, chaining, projection update.
  const inputs = Array.from({ length: subjects }, (_, i) => choiceInput(i));
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
  const rawHash = measureRate((i) => sha256Hex(bodies[i % bodies.length]), {
    time: quick ? 200 : 600,
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

  // Verify the whole chain, three times; the median pass counts.
  let verified;
  const verifyRate = await opsPerSecondAsync(
    async () => {
      verified = await ledger.verify();
    },
    { iterations: subjects, rounds: 3 },
  );
  if (!verified.ok || verified.count !== subjects) throw new Error('chain did not verify');
  if (ledger.check({ subject: subjectId(1), purpose: 'analytics' }).outcome !== 'allow')
    throw new Error('check disagrees with the recorded choice');

  const own = await gzipBundleSize('@pledge/consent', { external: ['@pledge/core', 'zod'] });
  const withCore = await gzipBundleSize('@pledge/consent');
  return [
    ...(await scaleRows(quick)),
    {
      figure: `ledger.record, ${subjects.toLocaleString('en')} subjects (validate + pseudonym + chain + projection)`,
      ours: formatRate(append),
      baseline: `${formatRate(rawHash.rate)} raw SHA-256`,
      ratio: (append / rawHash.rate).toFixed(3),
      target: 'info (the whole write path; the target is the store append below)',
      kind: 'time',
    },
    {
      id: 'consent-append-memory',
      figure: 'append with chaining (memory store, batches of 100)',
      ours: formatRate(storeAppend),
      baseline: `${formatRate(rawHash.rate)} raw SHA-256`,
      ratio: (storeAppend / rawHash.rate).toFixed(3),
      target: '≥ 50k/s',
      pass: storeAppend >= 50_000,
      kind: 'time',
    },
    {
      id: 'consent-verify',
      figure: `ledger.verify, ${subjects.toLocaleString('en')} events`,
      ours: formatRate(verifyRate),
      baseline: `${formatRate(rawHash.rate)} raw SHA-256`,
      ratio: (verifyRate / rawHash.rate).toFixed(3),
      target: '≥ 300k/s',
      pass: verifyRate >= 300_000,
      kind: 'time',
    },
    {
      figure: '@pledge/consent bundle (core and zod external, gzip)',
      ours: formatBytes(own.gzip),
      baseline: `${formatBytes(own.raw)} minified`,
      target: 'info',
      kind: 'size',
    },
    {
      figure: '@pledge/consent bundle with core and zod (gzip)',
      ours: formatBytes(withCore.gzip),
      baseline: `${formatBytes(withCore.raw)} minified`,
      target: 'info',
      kind: 'size',
    },
  ];
}
