// Test projects shared by the packages. Universal packages run every test file twice: in Node
// and in a real Chromium (Debian's /usr/bin/chromium driven by Playwright; never a downloaded
// browser build). Without Chromium the browser project is skipped with a visible notice, unless
// PLEDGE_REQUIRE_BROWSER=1 (set by .ci/run), which makes a missing browser an error.
import { existsSync } from 'node:fs';
import { playwright } from '@vitest/browser-playwright';
import type { TestProjectInlineConfiguration } from 'vitest/config';

/** Debian's Chromium (override with PLEDGE_CHROMIUM_PATH). */
export const chromiumPath = process.env.PLEDGE_CHROMIUM_PATH ?? '/usr/bin/chromium';
/** How every Pledge test launches it: headless, and no calls to Google's hosts on a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-dev-shm-usage',
];

// Property-based suites run thousands of cases; a loaded CI machine must not time them out.
const TEST_TIMEOUT = 30_000;

/** True when the browser project will run; prints why when it will not (`what` is skipped). */
export function browserAvailable(what = 'browser tests are'): boolean {
  if (existsSync(chromiumPath)) return true;
  if (process.env.PLEDGE_REQUIRE_BROWSER === '1') {
    throw new Error(
      `PLEDGE_REQUIRE_BROWSER=1 but no Chromium at ${chromiumPath} (apt-get install -y chromium)`,
    );
  }
  console.warn(
    `\n[pledge] NOTICE: no Chromium at ${chromiumPath}; ${what} SKIPPED. ` +
      'Install it with `apt-get install -y chromium` (CI sets PLEDGE_REQUIRE_BROWSER=1 and never skips).\n',
  );
  return false;
}

/**
 * The Node and (when available) Chromium projects for a universal package. Every
 * `*.test.ts` runs in both; `*.node.test.ts` files (tests that need Node itself, such as
 * PGlite with a data directory or a child process) run in Node only.
 */
export function universalProjects(
  include = ['src/**/*.test.ts'],
): TestProjectInlineConfiguration[] {
  const projects: TestProjectInlineConfiguration[] = [
    { test: { name: 'node', include, environment: 'node', testTimeout: TEST_TIMEOUT } },
  ];
  if (browserAvailable()) {
    projects.push({
      test: {
        name: 'chromium',
        include,
        exclude: ['**/node_modules/**', '**/*.node.test.ts'],
        testTimeout: TEST_TIMEOUT,
        browser: {
          enabled: true,
          headless: true,
          screenshotFailures: false,
          provider: playwright({
            launchOptions: { executablePath: chromiumPath, args: CHROMIUM_ARGS },
          }),
          instances: [{ browser: 'chromium' }],
        },
      },
    });
  }
  return projects;
}
