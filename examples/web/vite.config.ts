// Multi-page Vite app. The pages live in src/ (so the build's inputs are all under src/) and
// build to dist/, which examples/server serves at `/`. In development, /api is proxied to a
// running example server (PLEDGE_API_URL, default http://127.0.0.1:3000, where `npm run start -w
// @pledge-examples/server` listens).
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, 'src');
const workspace = resolve(import.meta.dirname, '../..');
const PAGES = ['index', 'privacy', 'signup', 'operator'] as const;

export default defineConfig({
  root,
  publicDir: false,
  // @pledge/* resolve to their workspace sources, so `npm run demo` on a fresh clone builds the
  // page without building every package first (the published packages are the same code).
  resolve: {
    alias: [
      {
        find: /^@pledge\/([a-z-]+)$/,
        replacement: `${workspace}/packages/$1/src/index.ts`,
      },
    ],
  },
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: Object.fromEntries(PAGES.map((page) => [page, resolve(root, `${page}.html`)])),
    },
  },
  server: {
    proxy: { '/api': process.env.PLEDGE_API_URL ?? 'http://127.0.0.1:3000' },
  },
});
