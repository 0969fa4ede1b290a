// Runs every TypeScript/JavaScript example in README.md and packages/*/README.md that imports
// a @pledge package, so documentation cannot drift from the code. Each block is transpiled with
// esbuild and run as its own ES module from a folder inside the repository, so `@pledge/*`
// resolves to the workspace packages (built beforehand by `npm test`). A fence with more after
// the language (```ts vitest) is a snippet for another runner and is not run here.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const readmes = [
  'README.md',
  ...readdirSync('packages').map((name) => join('packages', name, 'README.md')),
].filter((path) => existsSync(path));
const workDir = join('node_modules', '.pledge-readme-examples');
rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });

let ran = 0;
const failures = [];
for (const readme of readmes) {
  const text = readFileSync(readme, 'utf8');
  const blocks = [...text.matchAll(/```(ts|typescript|js|javascript)\n([\s\S]*?)```/g)];
  blocks.forEach(([, language, code], index) => {
    if (!code.includes("from '@pledge/")) return;
    const { code: js } = transformSync(code, {
      loader: language.startsWith('t') ? 'ts' : 'js',
      format: 'esm',
    });
    const file = join(workDir, `${readme.replaceAll('/', '_')}-${index}.mjs`);
    writeFileSync(file, js);
    try {
      execFileSync(process.execPath, [file], { stdio: 'pipe' });
      ran++;
    } catch (error) {
      failures.push(`${readme} example ${index + 1}:\n${error.stderr?.toString() ?? error}`);
    }
  });
}

if (failures.length > 0) {
  console.error(`README examples failed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`check-readme-examples: ${ran} examples from ${readmes.length} READMEs ran`);
