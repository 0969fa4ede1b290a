// One build recipe for every package: ESM with type declarations and source maps, ES2022,
// tree-shaken. A package names its entry points (plus `./testing` where it ships a
// conformance suite) and may override options.
import { defineConfig, type Options } from 'tsup';

/** The tsup options every Pledge package builds with. */
export const packageDefaults: Options = {
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
};

/** A package's tsup configuration from its entry points. */
export function packageBuild(entry: string[], overrides: Options = {}) {
  return defineConfig({ ...packageDefaults, entry, ...overrides });
}
