import { invalid } from './consent-client-error.js';

/**
 * Scripts held back until their purposes are granted:
 * `<script type="text/plain" data-pledge-purpose="analytics" src="…">` or with inline code. A
 * space- or comma-separated list needs every purpose. `data-pledge-type="module"` gives the type
 * the script runs with.
 */
export const BLOCKED_SCRIPT_SELECTOR = 'script[type="text/plain"][data-pledge-purpose]';

function activate(script: HTMLScriptElement, isGranted: (purpose: string) => boolean): boolean {
  const purposes = (script.dataset.pledgePurpose ?? '').split(/[\s,]+/).filter(Boolean);
  if (!script.parentNode || purposes.length === 0 || !purposes.every(isGranted)) return false;
  // Only a newly created element runs: changing `type` on an inserted script does nothing.
  const live = script.ownerDocument.createElement('script');
  for (const { name, value } of Array.from(script.attributes)) {
    if (name !== 'type') live.setAttribute(name, value);
  }
  const type = script.dataset.pledgeType;
  if (type) live.type = type;
  // The nonce attribute is hidden once parsed; the property still holds it for CSP.
  if (script.nonce) live.nonce = script.nonce;
  // Inserted scripts are async by default; keep document order unless `async` was written.
  live.async = script.hasAttribute('async');
  live.text = script.text;
  script.replaceWith(live);
  return true;
}

/**
 * Activates every blocked script under `root` (see {@link BLOCKED_SCRIPT_SELECTOR}) whose
 * purposes `isGranted` allows, by replacing it with a runnable copy; returns how many ran.
 * Scripts for other purposes stay blocked, so calling it again after a new choice is safe.
 * A script that has run cannot be stopped: after a withdrawal, reload the page.
 */
export function unblockScripts(root: ParentNode, isGranted: (purpose: string) => boolean): number {
  if (typeof root?.querySelectorAll !== 'function') invalid('root', 'expected a DOM node');
  if (typeof isGranted !== 'function') invalid('isGranted', 'expected a function');
  let count = 0;
  for (const script of Array.from(
    root.querySelectorAll<HTMLScriptElement>(BLOCKED_SCRIPT_SELECTOR),
  )) {
    if (activate(script, isGranted)) count++;
  }
  return count;
}

/**
 * Watches `root` for blocked scripts added later (by the parser or by other scripts) and
 * activates those whose purposes are granted. Returns a function that stops watching.
 */
export function observeBlockedScripts(
  root: Node,
  isGranted: (purpose: string) => boolean,
): () => void {
  if (typeof root?.nodeType !== 'number') invalid('root', 'expected a DOM node');
  if (typeof isGranted !== 'function') invalid('isGranted', 'expected a function');
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== 1) continue;
        const element = node as Element;
        if (element.matches(BLOCKED_SCRIPT_SELECTOR)) {
          activate(element as HTMLScriptElement, isGranted);
        } else {
          unblockScripts(element, isGranted);
        }
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
