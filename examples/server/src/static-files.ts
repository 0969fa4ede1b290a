import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const NOTE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pledge example server</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem}</style></head>
<body><h1>Pledge example server</h1>
<p>The API is running at <code>/api</code>, but the web app is not built yet.</p>
<p>Build it with <code>npm run build -w @pledge-examples/web</code> and reload this page.</p>
</body></html>`;

/**
 * Serves the built web app from `root`: `/` is `index.html`, `/operator` is `operator.html`,
 * and nothing outside `root` is ever read. When `root` has no `index.html`, `/` answers with a
 * note on how to build it.
 */
export function staticFiles(root: string): (request: Request) => Promise<Response> {
  const base = normalize(root);
  const file = async (path: string) => {
    try {
      const info = await stat(path);
      return info.isFile() ? path : undefined;
    } catch {
      return undefined;
    }
  };
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } });
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url).pathname);
    } catch {
      return new Response('not found', { status: 404 });
    }
    const wanted = normalize(join(base, pathname));
    if (wanted !== base && !wanted.startsWith(base + sep))
      return new Response('not found', { status: 404 });
    const found =
      (await file(wanted)) ??
      (await file(join(wanted, 'index.html'))) ??
      (extname(wanted) === '' ? await file(`${wanted}.html`) : undefined);
    if (found === undefined) {
      if (pathname === '/') {
        return new Response(NOTE, { headers: { 'content-type': 'text/html; charset=utf-8' } });
      }
      return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    }
    const body = request.method === 'HEAD' ? null : await readFile(found);
    const immutable = found.includes(`${sep}assets${sep}`);
    return new Response(body, {
      headers: {
        'content-type': TYPES[extname(found)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        'x-content-type-options': 'nosniff',
      },
    });
  };
}
