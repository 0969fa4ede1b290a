// Measurement helpers. A figure is never an absolute time on its own: each one is measured
// next to a baseline doing comparable work in the same process and run, and reported as a
// ratio, so a slower or busier machine moves both sides alike.
//
// Synchronous throughput goes through tinybench: after a warm-up, each tinybench sample is one
// batch of calls (sized to take about a millisecond, so the timer's own cost stays negligible),
// recorded as the mean time per call in that batch. The headline rate is 1 / median sample; the
// mean and the 75th percentile go to results.json beside it. Work that cannot be repeated (a
// ledger that only grows, a whole-chain verify, SQL round trips) is timed in whole passes by
// {@link opsPerSecondAsync}.
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { Bench } from 'tinybench';

/** Calls per tinybench sample so that one sample takes about `targetMs`. */
function batchSize(fn, targetMs, startAt) {
  let calls = 1;
  let index = startAt;
  for (;;) {
    const start = performance.now();
    for (let k = 0; k < calls; k++) fn(index++);
    const elapsed = performance.now() - start;
    if (elapsed >= targetMs / 4 || calls >= 1 << 20) {
      return {
        calls: Math.max(1, Math.round((calls * targetMs) / Math.max(elapsed, 1e-3))),
        index,
      };
    }
    calls *= 4;
  }
}

/**
 * Measures the throughput of `fn(i)` (called with an increasing index, so a fixture array can be
 * walked with `i % length`) with tinybench: warm-up, then samples of ~1 ms batches for `time` ms
 * and at least `minSamples` samples. Returns calls per second at the median sample, at the mean,
 * and the 75th-percentile time per call.
 */
export function measureRate(
  fn,
  { time = 500, warmupTime = 150, minSamples = 10, warmupIterations = 5 } = {},
) {
  const calibrated = batchSize(fn, 1, 0);
  const batch = calibrated.calls;
  let next = calibrated.index;
  const bench = new Bench({
    time,
    iterations: minSamples,
    warmupTime,
    warmupIterations,
    throws: true,
  });
  // A loop compiled for this measurement alone: a loop shared by every measurement would see
  // many different `fn`s at one call site, and how V8 optimised it would depend on the order.
  const loop = new Function(
    'fn',
    'batch',
    'first',
    'for (let k = 0; k < batch; k++) fn(first + k); return first + batch;',
  );
  bench.add('task', () => {
    const start = performance.now();
    next = loop(fn, batch, next);
    const elapsed = performance.now() - start;
    return { overriddenDuration: elapsed / batch, overriddenIterationCost: elapsed };
  });
  bench.runSync();
  const { latency, state } = bench.tasks[0].result;
  if (state !== 'completed') throw new Error(`tinybench task ended as ${state}`);
  return {
    rate: 1000 / latency.p50,
    meanRate: 1000 / latency.mean,
    p75Ns: latency.p75 * 1e6,
    rme: latency.rme,
    samples: latency.samplesCount,
    batch,
  };
}

/**
 * Measures a baseline and our function alternately, `rounds` times each with `time / rounds`
 * ms per round, and keeps each side's best round: a collector or a neighbour process that
 * steals one round then costs that side nothing, and both sides get the same chances.
 */
export function compareRates(baselineFn, oursFn, { time = 600, rounds = 3 } = {}) {
  const best = { baseline: undefined, ours: undefined };
  const slice = Math.max(time / rounds, 50);
  for (let round = 0; round < rounds; round++) {
    for (const [side, fn] of [
      ['baseline', baselineFn],
      ['ours', oursFn],
    ]) {
      const stats = measureRate(fn, { time: slice, warmupTime: round === 0 ? 150 : 30 });
      if (best[side] === undefined || stats.rate > best[side].rate) best[side] = stats;
    }
  }
  return best;
}

/**
 * Calls per second of `fn(i)` (median tinybench sample). `time` is the sampling budget in ms;
 * older callers may pass `iterations` and `rounds` instead, which set the same total work.
 */
export function opsPerSecond(fn, { time, iterations, rounds = 5 } = {}) {
  if (time !== undefined) return measureRate(fn, { time }).rate;
  // Roughly the budget the old fixed-round loop spent, from a quick probe of the call's cost.
  const probeStart = performance.now();
  const probe = Math.min(iterations ?? 1000, 1000);
  for (let i = 0; i < probe; i++) fn(i);
  const perCall = (performance.now() - probeStart) / probe;
  const budget = Math.min(Math.max(perCall * (iterations ?? 1000) * rounds, 100), 3000);
  const heavy = perCall > 10;
  return measureRate(fn, {
    time: budget,
    minSamples: heavy ? 3 : 10,
    warmupIterations: heavy ? 1 : 5,
    warmupTime: heavy ? 0 : 150,
  }).rate;
}

/**
 * Async whole-pass timing: `fn(iterations, round)` does `iterations` operations per round;
 * returns operations per second, median of `rounds`.
 */
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

/** Forces a full collection (needs `--expose-gc`), twice, so weak and finalised objects go too. */
export function collectGarbage() {
  if (typeof globalThis.gc !== 'function') throw new Error('run node with --expose-gc');
  globalThis.gc();
  globalThis.gc();
}

/** RSS and V8 heap in use (after a forced collection), in bytes. */
export function memoryNow() {
  collectGarbage();
  const usage = process.memoryUsage();
  return { rss: usage.rss, heapUsed: usage.heapUsed, external: usage.external };
}

/**
 * Runs `bench/lib/<script>` in a child Node process with `--expose-gc` (so memory is measured
 * from a clean heap) and returns the JSON the child prints on its last stdout line.
 */
export function runChild(script, args, { maxOldSpaceMb = 4096 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--expose-gc',
        `--max-old-space-size=${maxOldSpaceMb}`,
        new URL(script, import.meta.url).pathname,
        ...args,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) reject(new Error(`${script} ${args.join(' ')} exited with ${code}`));
      else {
        try {
          resolve(JSON.parse(last));
        } catch {
          reject(new Error(`${script} printed no JSON result: ${last.slice(0, 200)}`));
        }
      }
    });
  });
}

/**
 * Bundles `entry` (a package specifier or file, or a list of them bundled together) for the
 * browser, minified, and returns its gzip size in bytes: all its exports, or only `names`
 * (what a host importing those functions ships). `external` lists packages left out.
 */
export async function gzipBundleSize(
  entry,
  { external = [], names, resolveDir = process.cwd() } = {},
) {
  const entries = Array.isArray(entry) ? entry : [entry];
  const contents = names
    ? `export { ${names.join(', ')} } from '${entry}';`
    : entries.map((specifier) => `export * from '${specifier}';`).join('\n');
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

/** Minified and gzip size of a file as shipped (a stylesheet, a prebuilt script). */
export async function gzipFileSize(path) {
  const result = await build({
    entryPoints: [path],
    bundle: true,
    minify: true,
    write: false,
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

/** Formats a bundle size (kB = 1024 bytes). */
export function formatBytes(bytes) {
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(2)} kB` : `${bytes} B`;
}

/** Formats a memory figure in decimal megabytes (MB = 10^6 bytes, as memory targets are stated). */
export function formatMegabytes(bytes) {
  return `${(bytes / 1e6).toFixed(bytes >= 1e8 ? 0 : 1)} MB`;
}
