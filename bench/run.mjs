// Runs every suite in bench/suites (or those named on the command line), prints one Markdown
// table (figure, ours, baseline, ratio, target, pass/fail) and writes bench/results.json.
// `--quick` shrinks iteration counts for a CI smoke run. A timing miss never fails the run (a
// shared machine is noisy); a size budget miss does, because sizes are deterministic.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.filter((arg) => !arg.startsWith('--'));

const suites = readdirSync(join(here, 'suites'))
  .filter((file) => file.endsWith('.bench.mjs'))
  .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)))
  .sort();

const rows = [];
for (const file of suites) {
  const suite = await import(pathToFileURL(join(here, 'suites', file)).href);
  const started = performance.now();
  const produced = await suite.run({ quick });
  for (const row of produced) rows.push({ suite: file.replace('.bench.mjs', ''), ...row });
  console.error(
    `  ${file}: ${produced.length} figures in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

const header = '| suite | figure | ours | baseline | ratio | target | result |';
const lines = [header, '|---|---|---|---|---|---|---|'];
for (const row of rows) {
  const result =
    row.pass === undefined ? 'info' : row.pass ? 'pass' : row.kind === 'size' ? '**FAIL**' : 'miss';
  lines.push(
    `| ${row.suite} | ${row.figure} | ${row.ours} | ${row.baseline ?? ''} | ${row.ratio ?? ''} | ${row.target ?? ''} | ${result} |`,
  );
}
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`\nPledge benchmarks (${quick ? 'quick' : 'full'} run) on ${machine}\n`);
console.log(lines.join('\n'));
// A partial run (suites named on the command line) replaces only its own suites' rows.
const resultsFile = join(here, 'results.json');
const ran = new Set(rows.map((row) => row.suite));
let kept = [];
if (only.length > 0 && existsSync(resultsFile)) {
  try {
    kept = JSON.parse(readFileSync(resultsFile, 'utf8')).rows.filter((row) => !ran.has(row.suite));
  } catch {
    kept = [];
  }
}
writeFileSync(
  resultsFile,
  `${JSON.stringify({ date: new Date().toISOString(), quick, machine, rows: [...kept, ...rows] }, null, 2)}\n`,
);

const sizeFailures = rows.filter((row) => row.kind === 'size' && row.pass === false);
if (sizeFailures.length > 0) {
  console.error(`\n${sizeFailures.length} size budget(s) exceeded.`);
  process.exit(1);
}
