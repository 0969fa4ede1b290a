// @pledge/age-gate: checkAge throughput against a hand-rolled lookup (a country → threshold map
// and one comparison, the way age gates are usually written), and the browser bundle size of
// the package including its cited table.
import { checkAge } from '@pledge/age-gate';
import { formatBytes, formatRate, gzipBundleSize, opsPerSecond } from '../lib/measure.mjs';

const BUDGET = 6 * 1024;

export async function run({ quick }) {
  const time = quick ? 150 : 500;
  const jurisdictions = ['DE', 'FR', 'DK', 'US', 'US-CA', 'GB', 'IT', 'AU', 'BR', 'IN'];
  const queries = Array.from({ length: 1000 }, (_, i) => ({
    jurisdiction: jurisdictions[i % jurisdictions.length],
    at: '2026-06-01',
    age: 10 + (i % 10),
  }));

  // Baseline: a flat threshold map and a comparison; no dates, citations or validation.
  const flat = {
    DE: 16,
    FR: 15,
    DK: 15,
    US: 13,
    'US-CA': 13,
    GB: 13,
    IT: 14,
    AU: 16,
    BR: 12,
    IN: 18,
  };
  let sink = 0;
  const baseline = opsPerSecond(
    (i) => {
      const query = queries[i % 1000];
      sink += query.age < flat[query.jurisdiction] ? 1 : 0;
    },
    { time },
  );
  const ours = opsPerSecond(
    (i) => {
      sink += checkAge(queries[i % 1000]).reasons.length;
    },
    { time },
  );
  const birth = opsPerSecond(
    (i) => {
      sink += checkAge({
        jurisdiction: 'DE',
        at: '2026-06-01',
        birthDate: `2010-0${1 + (i % 9)}-15`,
      }).actions.length;
    },
    { time },
  );
  if (sink < 0) console.log(sink);

  const external = await gzipBundleSize('@pledge/age-gate', { external: ['@pledge/core'] });
  const bundled = await gzipBundleSize('@pledge/age-gate');
  const single = await gzipBundleSize('@pledge/age-gate', {
    names: ['checkAge'],
    external: ['@pledge/core'],
  });
  const withSources = await gzipBundleSize(['@pledge/age-gate', '@pledge/age-gate/sources'], {
    external: ['@pledge/core'],
  });
  const screen = await gzipBundleSize('@pledge/age-gate/screen', { external: ['@pledge/core'] });
  return [
    {
      figure: 'checkAge (age, 10 jurisdictions)',
      ours: formatRate(ours),
      baseline: `${formatRate(baseline)} flat map lookup`,
      ratio: (ours / baseline).toFixed(4),
      target: 'info',
      kind: 'time',
    },
    {
      figure: 'checkAge (birth date → reevaluateAt)',
      ours: formatRate(birth),
      baseline: `${formatRate(baseline)} flat map lookup`,
      ratio: (birth / baseline).toFixed(4),
      target: 'info',
      kind: 'time',
    },
    {
      id: 'age-gate-budget',
      bytes: external.gzip,
      figure:
        '@pledge/age-gate browser bundle, all exports incl. the cited table (gzip, core external)',
      ours: formatBytes(external.gzip),
      baseline: `${formatBytes(external.raw)} minified`,
      target: `≤ ${formatBytes(BUDGET)}`,
      pass: external.gzip <= BUDGET,
      kind: 'size',
    },
    {
      figure: 'import { checkAge } only (gzip, core external)',
      ours: formatBytes(single.gzip),
      baseline: `${formatBytes(single.raw)} minified`,
      target: 'info',
      kind: 'size',
    },
    {
      // Info: the neutral-age-screen review, its own entry for the UI layer.
      figure: '@pledge/age-gate/screen, reviewAgeScreen (gzip, core external)',
      ours: formatBytes(screen.gzip),
      baseline: `${formatBytes(screen.raw)} minified`,
      target: 'info',
      kind: 'size',
    },
    {
      // Info: what a server that keeps decisions as evidence loads (full titles, URLs, notes).
      figure: '@pledge/age-gate with @pledge/age-gate/sources (gzip, core external)',
      ours: formatBytes(withSources.gzip),
      baseline: `${formatBytes(withSources.raw)} minified`,
      target: 'info',
      kind: 'size',
    },
    {
      figure: '@pledge/age-gate browser bundle with @pledge/core bundled (gzip)',
      ours: formatBytes(bundled.gzip),
      baseline: `${formatBytes(bundled.raw)} minified`,
      target: 'info',
      kind: 'size',
    },
  ];
}
