import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

// The Node build swaps the universal SHA-256 implementation for Node's native one; everything
// else is the same source. Served through the `node` export condition.
const nativeHashing: Plugin = {
  name: 'pledge-native-hashing',
  setup(build) {
    build.onResolve({ filter: /^\.\/sha256-impl\.js$/ }, (args) => ({
      path: args.resolveDir.endsWith('/src')
        ? `${args.resolveDir}/node/sha256-impl.ts`
        : `${args.resolveDir}/sha256-impl.ts`,
    }));
  },
};

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    treeshake: true,
  },
  {
    entry: { 'index.node': 'src/index.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'node',
    treeshake: true,
    esbuildPlugins: [nativeHashing],
  },
]);
