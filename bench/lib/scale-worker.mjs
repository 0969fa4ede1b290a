// One point of a scale curve, run in its own Node process (started by measure.mjs `runChild`
// with --expose-gc) so memory deltas start from a clean heap. Prints one JSON line.
//
//   node --expose-gc scale-worker.mjs consent <subjects> <timeMs>
//   node --expose-gc scale-worker.mjs retention <records> <timeMs>
//
// consent: fills a memory consent store with one banner choice (4 purposes) per subject, loads
// the projection with `ledger.sync()` (the real read path: readChain pages, JSON parse, chain
// continuity, projection build), then checks every subject for every purpose once (what a
// warm service holds) and times `check` against `Map.get` over the same subject keys.
// The first min(subjects, 1000) events are written by `ledger.record` itself; the rest by
// `store.append` (the store's own chaining) with bodies that reproduce `record`'s output byte
// for byte (checked on those first events), because `record` runs at ~20k/s and 10^6 of them
// would take the better part of a minute.
//
// retention: builds the records, checks the engine agrees with the hand-written baseline, then
// times `evaluateRetention` against the hand-written loop.
import { createConsentLedger, createMemoryConsentStore } from '@pledge/consent';
import { createSimulatedClock } from '@pledge/core';
import { evaluateRetention } from '@pledge/retention';
import {
  choiceBodyBuilder,
  choiceInput,
  eventId,
  POLICY,
  PURPOSES,
  recordedAt,
  SECRET,
  subjectId,
  TENANT,
} from './consent-fixture.mjs';
import { compareRates, memoryNow } from './measure.mjs';
import {
  AT,
  assertSameDecisions,
  handWrittenRetention,
  retentionPolicy,
  retentionRecords,
} from './retention-fixture.mjs';

const [kind, countText, timeText] = process.argv.slice(2);
const count = Number(countText);
const time = Number(timeText ?? 500);
const delta = (after, before) => ({
  rss: after.rss - before.rss,
  heapUsed: after.heapUsed - before.heapUsed,
});

async function consent() {
  const ids = Array.from({ length: count }, (_, i) => subjectId(i));
  const keys = new Map(ids.map((id, i) => [id, i]));
  const store = createMemoryConsentStore();
  const options = { store, secret: SECRET, purposes: PURPOSES, policy: POLICY };

  // Real `record` for the first events, with a clock and ids the builder can reproduce.
  const recorded = Math.min(count, 1000);
  const clock = createSimulatedClock(recordedAt(0));
  let next = 0;
  let writer = createConsentLedger({ ...options, clock, ids: () => eventId(next++) });
  const fillStart = performance.now();
  for (let i = 0; i < recorded; i++) {
    clock.set(recordedAt(i));
    await writer.record(choiceInput(i));
  }
  const build = choiceBodyBuilder();
  const written = await store.readChain(TENANT, { limit: recorded });
  for (let i = 0; i < recorded; i++) {
    if (written[i].canonicalBody !== build(i).canonicalBody)
      throw new Error(`body builder differs from ledger.record at subject ${i}`);
  }
  for (let start = recorded; start < count; start += 1000) {
    const batch = [];
    for (let i = start; i < Math.min(start + 1000, count); i++) batch.push(build(i));
    await store.append(TENANT, batch);
  }
  const fillSeconds = (performance.now() - fillStart) / 1000;
  writer = undefined;
  // V8 keeps a string built by concatenation as a rope until something reads it flat; the
  // first JSON.parse flattens it in place, which would shrink the store during the load and
  // hide the projection's cost. Read every stored body once first, as any earlier reader would.
  for (let seq = 0; seq < count; seq += 10_000) {
    for (const event of await store.readChain(TENANT, { afterSeq: seq, limit: 10_000 }))
      JSON.parse(event.canonicalBody);
  }

  const before = memoryNow();
  const reader = createConsentLedger({
    ...options,
    clock: createSimulatedClock('2026-03-01T00:00:00Z'),
  });
  const loadStart = performance.now();
  await reader.sync({ tenant: TENANT });
  const loadSeconds = (performance.now() - loadStart) / 1000;
  const loaded = memoryNow();

  // Every subject, every purpose, once: the host ids map and the decision caches fill up.
  const at = new Date('2026-03-01T00:00:00Z');
  const warmStart = performance.now();
  for (let i = 0; i < count; i++) {
    const expected = choiceInput(i).purposes;
    for (const { id: purpose } of PURPOSES) {
      const outcome = reader.check({ subject: ids[i], purpose, at }).outcome;
      if (outcome !== (expected[purpose] === 'granted' ? 'allow' : 'deny'))
        throw new Error(`subject ${i} ${purpose}: expected ${expected[purpose]}, got ${outcome}`);
    }
  }
  const warmSeconds = (performance.now() - warmStart) / 1000;
  const warm = memoryNow();

  let sink = 0;
  const { baseline, ours } = compareRates(
    (i) => {
      sink += keys.get(ids[i % count]);
    },
    (i) => {
      if (reader.check({ subject: ids[i % count], purpose: 'analytics', at }).outcome === 'allow')
        sink++;
    },
    { time },
  );
  if (sink < 0) console.error(sink);
  return {
    count,
    events: (await store.head(TENANT)).seq,
    recordedByLedger: recorded,
    fillSeconds,
    loadSeconds,
    warmChecksPerSecond: (count * PURPOSES.length) / warmSeconds,
    projection: delta(loaded, before),
    warmProjection: delta(warm, before),
    baseline,
    ours,
  };
}

function retention() {
  const policy = retentionPolicy();
  const before = memoryNow();
  const records = retentionRecords(count);
  const built = memoryNow();
  assertSameDecisions(policy, records);
  const options = { at: AT };
  let sink = 0;
  const { baseline, ours } = compareRates(
    (i) => {
      sink += handWrittenRetention(records[i % count]).dueDay;
    },
    (i) => {
      if (evaluateRetention(policy, records[i % count], options).action !== null) sink++;
    },
    { time },
  );
  if (sink === -1) console.error(sink);
  const after = memoryNow();
  return {
    count,
    records: delta(built, before),
    evaluation: delta(after, built),
    baseline,
    ours,
  };
}

const result = kind === 'consent' ? await consent() : retention();
console.log(JSON.stringify(result));
