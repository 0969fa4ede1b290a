// Measurement helpers. A figure is never an absolute time on its own: each one is measured
// next to a baseline doing comparable work in the same process and run, and reported as a
// ratio, so a slower or busier machine moves both sides alike.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Runs `fn(i)` for `iterations` and returns operations per second, median of `rounds`. */
export function opsPerSecond(
  fn,
  { iterations, rounds = 5, warmup = Math.min(iterations, 10_000) },
) {
  for (let i = 0; i < warmup; i++) fn(i);
  const rates = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) fn(i);
    const seconds = (performance.now() - start) / 1000;
    rates.push(iterations / seconds);
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)];
}

/** Async variant of {@link opsPerSecond}: `fn(i)` may return a promise; `iterations` per round. */
export async function opsPerSecondAsync(fn, { iterations, rounds = 3 }) {
  const rates = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    await fn(iterations, round);
    rates.push(iterations / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)];
}

/**
 * Bundles `entry` (a package specifier or file) for the browser, minified, and returns its
 * gzip size in bytes: all its exports, or only `names` (what a host importing those functions
 * ships). `external` lists packages left out of the bundle.
 */
export async function gzipBundleSize(
  entry,
  { external = [], names, resolveDir = process.cwd() } = {},
) {
  const contents = names
    ? `export { ${names.join(', ')} } from '${entry}';`
    : `export * from '${entry}';`;
  const result = await build({
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    treeShaking: true,
    external,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** Formats a number of operations per second. */
export function formatRate(rate) {
  if (rate >= 1e6) return `${(rate / 1e6).toFixed(2)} M/s`;
  if (rate >= 1e3) return `${(rate / 1e3).toFixed(1)} k/s`;
  return `${rate.toFixed(0)} /s`;
}

/** Formats a byte count. */
export function formatBytes(bytes) {
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(2)} kB` : `${bytes} B`;
}
