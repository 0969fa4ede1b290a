// Checks every internal link in the built documentation site (docs/site, from `npm run docs`):
// each relative href/src in every HTML page must resolve to a file, and a #fragment on an
// internal page must name an id (or anchor name) on that page. External links (http:, https:,
// mailto:) are not fetched: the check must work offline.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const siteDir = resolve(process.argv[2] ?? join('docs', 'site'));
if (!existsSync(join(siteDir, 'index.html'))) {
  console.error(
    `check-docs-links: ${relative('.', siteDir)}/index.html not found; run npm run docs first`,
  );
  process.exit(1);
}

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

const idCache = new Map();
function idsOf(file) {
  let ids = idCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((match) => match[1]));
    idCache.set(file, ids);
  }
  return ids;
}

const decode = (value) => value.replaceAll('&amp;', '&').replaceAll('&quot;', '"');
let checked = 0;
const broken = [];
for (const file of htmlFiles(siteDir)) {
  const html = readFileSync(file, 'utf8');
  for (const [, attribute, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
    const link = decode(raw);
    if (link === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(link)) continue;
    const [pathPart, fragment] = link.split('#', 2);
    const target =
      pathPart === '' ? file : resolve(dirname(file), decodeURI(pathPart.split('?')[0]));
    checked++;
    const where = `${relative(siteDir, file)}: ${attribute}="${link}"`;
    if (!existsSync(target)) {
      broken.push(`${where} (missing file)`);
      continue;
    }
    const page = statSync(target).isDirectory() ? join(target, 'index.html') : target;
    if (
      fragment &&
      page.endsWith('.html') &&
      existsSync(page) &&
      !idsOf(page).has(decodeURIComponent(fragment))
    ) {
      broken.push(`${where} (missing anchor)`);
    }
  }
}

if (broken.length > 0) {
  console.error(
    `check-docs-links: ${broken.length} broken of ${checked} internal links:\n${broken.join('\n')}`,
  );
  process.exit(1);
}
console.log(`check-docs-links: ${checked} internal links in ${relative('.', siteDir)} resolve`);
