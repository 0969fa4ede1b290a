// Where the visitor is, for the consent records and as the forms' starting value. The Pledge
// routes let the host's `jurisdictionOf` hook (geolocation at the edge) decide; the example
// server has none, so the page says it: the country the visitor last chose in a form, else a
// guess from the browser's time zone, else the demo's home market. The forms let people
// correct it, and their answer is remembered.

const KEY = 'workpex.jurisdiction';

/** Used when nothing better is known: Workpex's demo tenant serves the EU first. */
export const DEFAULT_JURISDICTION = 'DE';

// IANA zones that name one country (or, for the US, the state whose privacy law the demo
// shows). A guess only: it never overrides what the visitor picks.
const ZONES: Readonly<Record<string, string>> = {
  'Europe/Amsterdam': 'NL',
  'Europe/Berlin': 'DE',
  'Europe/Brussels': 'BE',
  'Europe/Copenhagen': 'DK',
  'Europe/Dublin': 'IE',
  'Europe/Helsinki': 'FI',
  'Europe/Kyiv': 'UA',
  'Europe/Lisbon': 'PT',
  'Europe/London': 'GB',
  'Europe/Madrid': 'ES',
  'Europe/Oslo': 'NO',
  'Europe/Paris': 'FR',
  'Europe/Rome': 'IT',
  'Europe/Stockholm': 'SE',
  'Europe/Vienna': 'AT',
  'Europe/Warsaw': 'PL',
  'Europe/Zurich': 'CH',
  'America/Los_Angeles': 'US-CA',
  'America/New_York': 'US-NY',
  'America/Sao_Paulo': 'BR',
  'America/Toronto': 'CA',
  'Asia/Kolkata': 'IN',
  'Asia/Singapore': 'SG',
  'Asia/Tokyo': 'JP',
  'Australia/Sydney': 'AU',
};

function stored(): string | undefined {
  try {
    return localStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The visitor's jurisdiction as an ISO 3166-1 / 3166-2 code. */
export function visitorJurisdiction(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return stored() ?? ZONES[zone] ?? DEFAULT_JURISDICTION;
}

/** Remembers the country a visitor chose in a form. */
export function rememberJurisdiction(code: string): void {
  try {
    localStorage.setItem(KEY, code);
  } catch {
    // Private mode without storage: the choice applies to this page only.
  }
}
