// @pledge/browser: the gzip size of the headless consent client bundled for the browser,
// against the consent managers a host would otherwise ship, bundled the same way (esbuild,
// minified, ESM, gzip level 9) in the same run: vanilla-cookieconsent (full and its headless
// core) and klaro (its consent-manager core and the full UI build).
import { formatBytes, gzipBundleSize } from '../lib/measure.mjs';

const BUDGET = 6 * 1024;

const BASELINES = [
  ['vanilla-cookieconsent', 'vanilla-cookieconsent 3 (full, UI included)'],
  [
    'vanilla-cookieconsent/dist/core/cookieconsent-core.esm.js',
    'vanilla-cookieconsent 3 headless core',
  ],
  ['klaro/dist/cm.js', 'klaro consent-manager core'],
  ['klaro/dist/klaro-no-css.js', 'klaro (full, no CSS)'],
];

export async function run() {
  const ours = await gzipBundleSize('@pledge/browser');
  const client = await gzipBundleSize('@pledge/browser', { names: ['createConsentClient'] });
  const baselines = [];
  for (const [entry, label] of BASELINES) {
    baselines.push({ label, ...(await gzipBundleSize(entry)) });
  }
  const [fullCookieConsent] = baselines;
  return [
    {
      id: 'browser-budget',
      figure: '@pledge/browser browser bundle, every export (gzip)',
      ours: formatBytes(ours.gzip),
      baseline: `${formatBytes(ours.raw)} minified`,
      target: `≤ ${formatBytes(BUDGET)}`,
      pass: ours.gzip <= BUDGET,
      kind: 'size',
    },
    {
      id: 'browser-vs-cookieconsent',
      figure: '@pledge/browser vs vanilla-cookieconsent full (gzip)',
      ours: formatBytes(ours.gzip),
      baseline: `${formatBytes(fullCookieConsent.gzip)} ${fullCookieConsent.label}`,
      ratio: (ours.gzip / fullCookieConsent.gzip).toFixed(2),
      target: '< 1',
      pass: ours.gzip < fullCookieConsent.gzip,
      kind: 'size',
    },
    {
      figure: 'import { createConsentClient } only (gzip)',
      ours: formatBytes(client.gzip),
      baseline: `${formatBytes(client.raw)} minified`,
      target: 'info',
      kind: 'size',
    },
    ...baselines.slice(1).map((baseline) => ({
      figure: `baseline: ${baseline.label} (gzip)`,
      ours: formatBytes(ours.gzip),
      baseline: `${formatBytes(baseline.gzip)} (${formatBytes(baseline.raw)} minified)`,
      ratio: (ours.gzip / baseline.gzip).toFixed(2),
      target: 'info',
      kind: 'size',
    })),
  ];
}
