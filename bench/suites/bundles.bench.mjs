// Browser bundle baselines that browser.bench.mjs does not cover, bundled the same way as
// Pledge's packages (esbuild, minified, ESM, browser, es2022; gzip level 9) and set against
// @pledge/browser (a headless client, no UI): @iabtcf/core (the IAB TCF string library, no UI),
// and vanilla-cookieconsent's full bundle as shipped to a page, script plus stylesheet (the
// browser suite's target compares with the script alone, the stricter reading).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBytes, gzipBundleSize, gzipFileSize } from '../lib/measure.mjs';

const bench = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(bench, 'package.json'));

/** The installed version of a package, found from its entry (some do not export package.json). */
function versionOf(name) {
  let dir = dirname(require.resolve(name));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (manifest.name === name) return manifest.version;
    } catch {}
    if (dirname(dir) === dir) return '?';
    dir = dirname(dir);
  }
}

export async function run() {
  const resolveDir = bench;
  const ours = await gzipBundleSize('@pledge/browser', { resolveDir });
  const script = await gzipBundleSize('vanilla-cookieconsent', { resolveDir });
  const styles = await gzipFileSize(
    join(dirname(require.resolve('vanilla-cookieconsent')), 'cookieconsent.css'),
  );
  const tcf = await gzipBundleSize('@iabtcf/core', { resolveDir });
  const label = `@pledge/browser ${formatBytes(ours.gzip)}`;
  const full = script.gzip + styles.gzip;
  return [
    {
      figure: `vanilla-cookieconsent ${versionOf('vanilla-cookieconsent')} as shipped: script + stylesheet (gzip)`,
      ours: label,
      baseline: `${formatBytes(full)} (script ${formatBytes(script.gzip)} + CSS ${formatBytes(styles.gzip)})`,
      ratio: (ours.gzip / full).toFixed(2),
      target: 'info',
      kind: 'size',
    },
    {
      figure: `@iabtcf/core ${versionOf('@iabtcf/core')}, every export (TCF strings, no UI; gzip)`,
      ours: label,
      baseline: `${formatBytes(tcf.gzip)} (${formatBytes(tcf.raw)} minified)`,
      ratio: (ours.gzip / tcf.gzip).toFixed(2),
      target: 'info',
      kind: 'size',
    },
  ];
}
