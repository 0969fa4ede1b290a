// Opens the built documentation site (docs/site, from `npm run docs`) in headless Chromium and
// takes screenshots of the home page, one guide and one reference page into
// test-artifacts/docs/ (not committed). Each page must show its expected heading, so a broken
// build or theme fails here. Uses Debian's /usr/bin/chromium through playwright-core, never a
// downloaded browser. Without Chromium it exits 0 with a notice, unless PLEDGE_REQUIRE_BROWSER=1.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

const siteDir = resolve('docs', 'site');
const outDir = resolve('test-artifacts', 'docs');
const chromiumPath = process.env.PLEDGE_CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGES = [
  { name: 'home', path: 'index.html', heading: 'Pledge' },
  {
    name: 'guide-getting-started',
    path: 'documents/Getting_started.html',
    heading: 'Getting started',
  },
  {
    name: 'reference-check-age',
    path: 'functions/_pledge_age-gate._pledge_age-gate.checkAge.html',
    heading: 'Function checkAge',
  },
];

if (!existsSync(chromiumPath)) {
  if (process.env.PLEDGE_REQUIRE_BROWSER === '1') {
    console.error(`screenshot-docs: PLEDGE_REQUIRE_BROWSER=1 but no Chromium at ${chromiumPath}`);
    process.exit(1);
  }
  console.warn(
    `\n[pledge] NOTICE: no Chromium at ${chromiumPath}; docs screenshots are SKIPPED ` +
      '(apt-get install -y chromium; CI sets PLEDGE_REQUIRE_BROWSER=1 and never skips).\n',
  );
  process.exit(0);
}
if (!existsSync(join(siteDir, 'index.html'))) {
  console.error('screenshot-docs: docs/site/index.html not found; run npm run docs first');
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  let file = resolve(siteDir, `.${decodeURIComponent(url.pathname)}`);
  if (file !== siteDir && !file.startsWith(siteDir + sep)) {
    response.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404).end('not found');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const { port } = server.address();

mkdirSync(outDir, { recursive: true });
const failures = [];
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const notFound = [];
  page.on('response', (response) => {
    if (response.status() === 404) notFound.push(response.url());
  });
  for (const { name, path, heading } of PAGES) {
    notFound.length = 0;
    const response = await page.goto(`http://127.0.0.1:${port}/${path}`, { waitUntil: 'load' });
    if (!response?.ok()) {
      failures.push(`${path}: HTTP ${response?.status()}`);
      continue;
    }
    const headings = (await page.locator('h1').allInnerTexts()).map((text) => text.trim());
    if (!headings.includes(heading)) {
      failures.push(`${path}: expected an h1 "${heading}", found ${JSON.stringify(headings)}`);
    }
    if (notFound.length > 0) failures.push(`${path}: missing resources ${notFound.join(', ')}`);
    const file = join(outDir, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`screenshot-docs: ${path} → ${file}`);
  }
} finally {
  await browser.close();
  server.close();
}

if (failures.length > 0) {
  console.error(`screenshot-docs failed:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`screenshot-docs: ${PAGES.length} pages checked`);
