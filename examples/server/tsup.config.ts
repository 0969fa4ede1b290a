import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

// The server is bundled from the workspace *sources* of @pledge/* and the seed policies (which
// ship TypeScript only), so `npm run demo` on a fresh clone builds in about a second without
// building every package first. Third-party dependencies stay external.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const workspaceSources: Plugin = {
  name: 'pledge-workspace-sources',
  setup(build) {
    build.onResolve({ filter: /^@pledge(-examples)?\// }, (args) => {
      const match = /^@pledge(-examples)?\/([a-z-]+)(?:\/([a-z-]+))?$/.exec(args.path);
      if (match === null) return undefined;
      const [, example, name, subpath] = match;
      const folder = example ? `examples/${name}` : `packages/${name}`;
      return { path: resolve(root, folder, 'src', `${subpath ?? 'index'}.ts`) };
    });
    // Node's native SHA-256, as @pledge/core's `node` build does.
    build.onResolve({ filter: /^\.\/sha256-impl\.js$/ }, (args) =>
      args.resolveDir === resolve(root, 'packages/core/src')
        ? { path: resolve(root, 'packages/core/src/node/sha256-impl.ts') }
        : undefined,
    );
  },
};

export default defineConfig({
  entry: { main: 'src/main.ts', index: 'src/index.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
  dts: false,
  noExternal: [/^@pledge(-examples)?\//],
  esbuildPlugins: [workspaceSources],
});
