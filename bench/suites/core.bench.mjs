// @pledge/core: hash-chain append and verify against raw SHA-256 over the same bytes, and the
// bundle size of core for the browser.
import { appendLink, canonicalJson, EMPTY_CHAIN_HEAD, sha256Hex, verifyChain } from '@pledge/core';
import {
  formatBytes,
  formatRate,
  gzipBundleSize,
  measureRate,
  opsPerSecondAsync,
} from '../lib/measure.mjs';

export async function run({ quick }) {
  const count = quick ? 20_000 : 200_000;
  const bodies = Array.from({ length: count }, (_, i) => ({
    subject: `p-${i.toString(16).padStart(8, '0')}`,
    purposes: { analytics: i % 3 ? 'granted' : 'denied', marketing: 'denied' },
    policyVersion: '2026-01',
    recordedAt: '2026-01-15T09:00:00.000Z',
  }));

  // Baseline: SHA-256 of the same canonical bytes, no chaining logic.
  const texts = bodies.map((body, i) =>
    canonicalJson({ seq: i + 1, prevHash: EMPTY_CHAIN_HEAD.hash, body }),
  );
  const time = quick ? 200 : 600;
  const rawHash = measureRate((i) => sha256Hex(texts[i % count]), { time }).rate;

  let head = EMPTY_CHAIN_HEAD;
  const chain = new Array(count);
  // The chain only grows: every call appends one more link (and keeps the last `count`).
  const append = measureRate(
    (i) => {
      const body = bodies[i % count];
      head = appendLink(head, body);
      chain[i % count] = { ...head, body };
    },
    { time },
  ).rate;
  // A fresh chain of `count` links, verified whole three times; the median pass counts.
  head = EMPTY_CHAIN_HEAD;
  for (let i = 0; i < count; i++) {
    head = appendLink(head, bodies[i]);
    chain[i] = { ...head, body: bodies[i] };
  }
  const verifyRate = await opsPerSecondAsync(
    () => {
      if (!verifyChain(chain).ok) throw new Error('chain did not verify');
    },
    { iterations: count, rounds: 3 },
  );

  const size = await gzipBundleSize('@pledge/core');
  return [
    {
      figure: 'chain append (canonical JSON + SHA-256)',
      ours: formatRate(append),
      baseline: `${formatRate(rawHash)} raw SHA-256`,
      ratio: (append / rawHash).toFixed(2),
      target: 'info',
      kind: 'time',
    },
    {
      figure: 'chain verify',
      ours: formatRate(verifyRate),
      baseline: `${formatRate(rawHash)} raw SHA-256`,
      ratio: (verifyRate / rawHash).toFixed(2),
      target: 'info',
      kind: 'time',
    },
    {
      figure: '@pledge/core browser bundle (all exports, gzip)',
      ours: formatBytes(size.gzip),
      baseline: `${formatBytes(size.raw)} minified`,
      target: 'info',
      kind: 'size',
    },
  ];
}
