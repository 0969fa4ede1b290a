// @pledge/transfers: assessing a data map against a hand-written lookup of the same flows, and
// the bundle size with its legal and cloud-region tables (source URLs and notes are in the
// `@pledge/transfers/sources` entry, measured apart).
import { assessTransfer, regionToCountry } from '@pledge/transfers';
import { assessTransferMap } from '@pledge/transfers/map';
import { formatBytes, formatRate, gzipBundleSize, opsPerSecond } from '../lib/measure.mjs';

const DESTINATIONS = ['US', 'JP', 'GB', 'IN', 'RU', 'CH', 'BR', 'KR', 'DE', 'IE'];

export async function run({ quick }) {
  const time = quick ? 150 : 500;
  const inputs = Array.from({ length: 1_000 }, (_, i) => ({
    from: i % 3 === 0 ? 'aws:eu-central-1' : 'FR',
    to: DESTINATIONS[i % DESTINATIONS.length],
    at: `20${20 + (i % 7)}-0${1 + (i % 9)}-15`,
    exporterRole: 'controller',
    recipient: { role: 'processor', dpfCertified: i % 2 === 0 },
    ...(i % 5 === 0 ? { safeguards: [{ mechanism: 'scc-2021', module: 2 }] } : {}),
  }));

  // Baseline: what a host might hand-roll: a Set of adequate countries and an EEA Set, no
  // dates, no citations, no validation.
  const adequate = new Set(['JP', 'GB', 'CH', 'KR', 'BR']);
  const eea = new Set(['DE', 'IE', 'FR']);
  const naive = opsPerSecond(
    (i) => {
      const input = inputs[i % inputs.length];
      const to = input.to;
      return eea.has(to)
        ? 'same'
        : adequate.has(to)
          ? 'adequacy'
          : input.recipient.dpfCertified
            ? 'dpf'
            : 'scc';
    },
    { time },
  );
  const ours = opsPerSecond((i) => assessTransfer(inputs[i % inputs.length]), { time });

  const map = {
    systems: DESTINATIONS.map((country) => ({ id: country, location: country })).concat([
      { id: 'eu', location: 'aws:eu-central-1' },
    ]),
    flows: DESTINATIONS.map((country) => ({
      from: 'eu',
      to: country,
      recipient: { role: 'processor', dpfCertified: true },
    })),
    residency: [{ id: 'eea', origin: 'EEA', allowedIn: ['EEA'] }],
  };
  const mapRate = opsPerSecond(() => assessTransferMap(map, { at: '2026-01-01' }), { time });
  const regionRate = opsPerSecond(() => regionToCountry('azure:westeurope'), { time });

  const size = await gzipBundleSize('@pledge/transfers', { external: ['@pledge/core'] });
  const withCore = await gzipBundleSize('@pledge/transfers');
  const single = await gzipBundleSize('@pledge/transfers', {
    names: ['assessTransfer'],
    external: ['@pledge/core'],
  });
  const sources = await gzipBundleSize('@pledge/transfers/sources', {
    external: ['@pledge/core'],
  });
  const withSources = await gzipBundleSize(['@pledge/transfers', '@pledge/transfers/sources'], {
    external: ['@pledge/core'],
  });
  const withMap = await gzipBundleSize(['@pledge/transfers', '@pledge/transfers/map'], {
    external: ['@pledge/core'],
  });
  const budget = 8 * 1024;
  return [
    {
      figure: 'assessTransfer (validated, dated, cited)',
      ours: formatRate(ours),
      baseline: `${formatRate(naive)} undated Set lookup`,
      ratio: (ours / naive).toFixed(4),
      target: 'info',
      kind: 'time',
    },
    {
      figure: 'assessTransferMap (10 flows + residency)',
      ours: formatRate(mapRate),
      baseline: `${formatRate(ours)} single flows`,
      ratio: ((mapRate * 10) / ours).toFixed(2),
      target: 'info',
      kind: 'time',
    },
    {
      figure: 'regionToCountry',
      ours: formatRate(regionRate),
      baseline: `${formatRate(naive)} Set lookup`,
      ratio: (regionRate / naive).toFixed(2),
      target: 'info',
      kind: 'time',
    },
    {
      id: 'transfers-budget',
      bytes: size.gzip,
      figure:
        '@pledge/transfers browser bundle, all exports incl. the cited and cloud-region tables (gzip, core external)',
      ours: formatBytes(size.gzip),
      baseline: `${formatBytes(size.raw)} minified`,
      target: '≤ 8.00 kB',
      pass: size.gzip <= budget,
      kind: 'size',
    },
    {
      figure: 'import { assessTransfer } only (gzip, core external)',
      ours: formatBytes(single.gzip),
      baseline: `${formatBytes(single.raw)} minified`,
      target: 'info',
      kind: 'size',
    },
    {
      // Info: the operator's data-map tools (assessTransferMap, Markdown, diffRules).
      figure: '@pledge/transfers with @pledge/transfers/map (gzip, core external)',
      ours: formatBytes(withMap.gzip),
      baseline: `${formatBytes(withMap.raw)} minified`,
      target: 'info',
      kind: 'size',
    },
    {
      // Info: the full rows with source URLs and notes, for docs, evidence and audits.
      figure: '@pledge/transfers/sources alone (gzip, core external)',
      ours: formatBytes(sources.gzip),
      baseline: `${formatBytes(sources.raw)} minified`,
      target: 'info',
      kind: 'size',
    },
    {
      // Info: what a server that keeps decisions as evidence loads (the two entries share the
      // rule table).
      figure: '@pledge/transfers with @pledge/transfers/sources (gzip, core external)',
      ours: formatBytes(withSources.gzip),
      baseline: `${formatBytes(withSources.raw)} minified`,
      target: 'info',
      kind: 'size',
    },
    {
      figure: '@pledge/transfers bundle incl. @pledge/core (gzip)',
      ours: formatBytes(withCore.gzip),
      baseline: `${formatBytes(withCore.raw)} minified`,
      target: 'info',
      kind: 'size',
    },
  ];
}
