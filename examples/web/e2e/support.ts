// Shared pieces of the end-to-end tests: Debian's Chromium through playwright-core (never a
// downloaded browser), axe-core injected from node_modules, keyboard helpers and screenshots
// into test-artifacts/e2e/ (gitignored).
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import {
  CHROMIUM_ARGS,
  chromiumPath,
  browserAvailable as sharedBrowserAvailable,
} from '../../../vitest.shared.js';

export const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
export const artifactsDir = join(repoRoot, 'test-artifacts', 'e2e');
export const distDir = resolve(import.meta.dirname, '..', 'dist');

/** True when Chromium is installed; else a visible notice (or an error under PLEDGE_REQUIRE_BROWSER=1). */
export function browserAvailable(): boolean {
  return sharedBrowserAvailable('the examples/web end-to-end tests are');
}

/** Launches headless Chromium; every test opens its own context (a fresh profile). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: CHROMIUM_ARGS,
  });
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[] }[];
}

/** Runs axe-core on the page and returns its violations, one line each (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((node) => ({ target: node.target })),
    }));
  });
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
        .map((node) => JSON.stringify(node.target))
        .join(', ')}`,
  );
}

/** Saves a screenshot (the whole page, or the viewport) to test-artifacts/e2e/<name>.png. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  // From the top, so the sticky header is drawn once, where it belongs.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage });
}

/**
 * Presses Tab until the focused element matches `selector` (at most `limit` presses), the way
 * a keyboard user moves through a page. Fails with what had focus when it never gets there.
 */
export async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (
      await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)
    ) {
      return;
    }
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`Tab never reached ${selector}; focus is on ${focused}`);
}

/** Waits until the page's scripts have started (`<html data-ready="true">`). */
export async function ready(page: Page): Promise<void> {
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' });
}
