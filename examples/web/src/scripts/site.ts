// Shared start-up of the public pages: the tag snippet first (Consent Mode needs its queue
// before anything else), then the consent client, the banner and the preference centre.
import './gtag-snippet.js';
import type { ConsentPort } from './consent-port.js';
import { startConsent } from './consent-port.js';
import { mountConsentUi } from './consent-ui.js';
import { fillCountrySelects } from './countries.js';
import { rememberJurisdiction, visitorJurisdiction } from './jurisdiction.js';

/** Starts the page chrome; resolves to the consent port, or undefined when it is unavailable. */
export async function startSite(): Promise<ConsentPort | undefined> {
  fillCountrySelects(document, visitorJurisdiction());
  for (const select of Array.from(document.querySelectorAll('select[data-countries]'))) {
    select.addEventListener('change', (event) => {
      const value = (event.target as HTMLSelectElement).value;
      if (value !== '') rememberJurisdiction(value);
    });
  }
  const port = await startConsent();
  if (port) mountConsentUi(port);
  document.documentElement.dataset.consentReady = String(port !== undefined);
  return port;
}
