// Universal packages run unchanged in Node, browsers and edge runtimes, so their shipped code
// must not import `node:*` (or a bare Node built-in) at runtime. Type-only imports, tests and
// files under a `node/` folder or built as `*.node.js` (served through a `node` export
// condition) are exempt. The
// check reads the built output as well as the sources, so a dependency bundled in is caught.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';

const UNIVERSAL = [
  'core',
  'consent',
  'dsr',
  'retention',
  'age-gate',
  'transfers',
  'browser',
  'http',
];
const builtins = new Set(builtinModules.filter((name) => !name.startsWith('_')));
const importPattern =
  /(?:^|[\s;])(?:import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g;

function* files(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (entry === 'node' || entry === 'testing' || entry === 'node_modules') continue;
      yield* files(path);
    } else if (
      /\.(m|c)?[jt]s$/.test(entry) &&
      !/\.(test|test-d|bench)\.[jt]s$/.test(entry) &&
      !/\.node\.(m|c)?js$/.test(entry) &&
      !entry.endsWith('.d.ts')
    ) {
      yield path;
    }
  }
}

const problems = [];
let checked = 0;
for (const name of UNIVERSAL) {
  for (const folder of ['src', 'dist']) {
    const dir = join('packages', name, folder);
    if (!existsSync(dir)) continue;
    for (const file of files(dir)) {
      checked++;
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(importPattern)) {
        const typeOnly = Boolean(match[1]);
        const specifier = match[2] ?? match[3];
        if (typeOnly || !specifier) continue;
        if (specifier.startsWith('node:') || builtins.has(specifier.split('/')[0])) {
          problems.push(`${relative('.', file)}: runtime import of '${specifier}'`);
        }
      }
    }
  }
}

if (problems.length > 0) {
  console.error(
    `Universal packages must not import Node built-ins at runtime:\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`check-universal: ${checked} files in universal packages, no runtime node: imports`);
