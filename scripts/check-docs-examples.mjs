// Runs every ```ts / ```js example in docs/guides/*.md that imports a @pledge package, the same
// way scripts/check-readme-examples.mjs runs README examples: each block is transpiled with
// esbuild and run as its own ES module from inside the repository, so `@pledge/*` resolves to
// the built workspace packages (run `turbo run build` first). A fence with more after the
// language (```ts not-run) is illustrative and is not run; guides say so next to such blocks.
// Before running, every TypeScript example is also type-checked with the repository's strict
// compiler settings (tsconfig.base.json), so an example cannot drift from the public types.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import ts from 'typescript';

const guideDir = join('docs', 'guides');
const guides = existsSync(guideDir)
  ? readdirSync(guideDir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => join(guideDir, name))
  : [];
const workDir = join('node_modules', '.pledge-docs-examples');
rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });

let ran = 0;
const failures = [];
const typeScriptFiles = [];
for (const guide of guides) {
  const text = readFileSync(guide, 'utf8');
  const blocks = [...text.matchAll(/```(ts|typescript|js|javascript)\n([\s\S]*?)```/g)];
  blocks.forEach(([, language, code], index) => {
    if (!code.includes("from '@pledge/")) return;
    const { code: js } = transformSync(code, {
      loader: language.startsWith('t') ? 'ts' : 'js',
      format: 'esm',
    });
    const file = join(workDir, `${guide.replaceAll('/', '_')}-${index}.mjs`);
    writeFileSync(file, js);
    if (language.startsWith('t')) {
      const source = join(workDir, `${guide.replaceAll('/', '_')}-${index}.mts`);
      writeFileSync(source, code);
      typeScriptFiles.push(source);
    }
    try {
      execFileSync(process.execPath, [file], { stdio: 'pipe' });
      ran++;
    } catch (error) {
      failures.push(`${guide} example ${index + 1}:\n${error.stderr?.toString() ?? error}`);
    }
  });
}

// Type-check all TypeScript examples in one program, with the strict settings packages use.
const base = ts.readConfigFile('tsconfig.base.json', ts.sys.readFile);
const { options } = ts.parseJsonConfigFileContent(
  {
    compilerOptions: {
      ...base.config.compilerOptions,
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      types: ['node'],
    },
  },
  ts.sys,
  '.',
);
const program = ts.createProgram(typeScriptFiles, { ...options, noEmit: true });
const diagnostics = ts.getPreEmitDiagnostics(program);
if (diagnostics.length > 0) {
  failures.push(
    `type errors:\n${ts.formatDiagnostics(diagnostics, {
      getCanonicalFileName: (name) => name,
      getCurrentDirectory: () => process.cwd(),
      getNewLine: () => '\n',
    })}`,
  );
}

rmSync(workDir, { recursive: true, force: true });
if (failures.length > 0) {
  console.error(`Guide examples failed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(
  `check-docs-examples: ${typeScriptFiles.length} examples type-checked, ${ran} ran, from ${guides.length} guides`,
);
