import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { packageDefaults } from '../../tsup.shared.js';

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

const entries = { index: 'src/index.ts', holidays: 'src/holidays.ts', schemas: 'src/schemas.ts' };

export default defineConfig([
  { ...packageDefaults, entry: entries },
  {
    ...packageDefaults,
    // Same entries, suffixed `.node`, sharing their own chunks: each export condition resolves
    // to one consistent set of modules.
    entry: Object.fromEntries(
      Object.entries(entries).map(([name, file]) => [`${name}.node`, file]),
    ),
    dts: false,
    clean: false,
    platform: 'node',
    esbuildPlugins: [nativeHashing],
  },
]);
