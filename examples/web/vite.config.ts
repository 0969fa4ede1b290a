// Multi-page Vite app. The pages live in src/ (so the build's inputs are all under src/) and
// build to dist/, which examples/server serves at `/`. In development, /api is proxied to a
// running example server (PLEDGE_API_URL, default http://127.0.0.1:3000, where `npm run start -w
// @pledge-examples/server` listens).
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = resolve(import.meta.dirname, 'src');
const workspace = resolve(import.meta.dirname, '../..');
const PAGES = ['index', 'privacy', 'signup', 'operator'] as const;

/**
 * The pages share their head links, analytics tag, header and footer: `<!-- partial:NAME -->`
 * is replaced by src/partials/NAME.html, and the site header's navigation marks the current page.
 */
function partials(): Plugin {
  return {
    name: 'workpex-partials',
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const page = basename(context.filename);
        return html.replace(/<!-- partial:([a-z-]+) -->/g, (_comment, name: string) => {
          const text = readFileSync(resolve(root, 'partials', `${name}.html`), 'utf8').trimEnd();
          return name === 'site-header'
            ? text.replace(
                `<li><a href="./${page}">`,
                `<li><a href="./${page}" aria-current="page">`,
              )
            : text;
        });
      },
    },
  };
}

export default defineConfig({
  plugins: [partials()],
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
