// Sign-up with a neutral age screen (FTC COPPA FAQ G.3; `reviewAgeScreen` from @pledge/age-gate/screen):
// the birth date is typed freely with nothing pre-filled, no text hints at the age that gets
// in, and a refusal is remembered in this browser so the screen is not offered again. The
// server decides (POST /api/age/check) and never stores the birth date; neither does the page.
import { type AgeCheck, ApiProblem, callApi } from '../api.js';
import { element } from '../format.js';
import { startSite } from '../site.js';

const REFUSAL_KEY = 'workpex.age-screen';

interface Refusal {
  readonly outcome: 'deny' | 'parental-consent-required';
  readonly at: string;
}

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`missing #${id}`);
  return node as T;
}

function storedRefusal(): Refusal | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(REFUSAL_KEY) ?? 'null') as Refusal | null;
    return value?.outcome === 'deny' || value?.outcome === 'parental-consent-required'
      ? value
      : undefined;
  } catch {
    return undefined;
  }
}

const ageStep = byId('age-step');
const accountStep = byId('account-step');
const result = byId('signup-result');
const ageForm = byId<HTMLFormElement>('age-form');
const country = byId<HTMLSelectElement>('signup-country');
const day = byId<HTMLInputElement>('birth-day');
const month = byId<HTMLInputElement>('birth-month');
const year = byId<HTMLInputElement>('birth-year');
const birthError = byId('birth-error');
const countryError = byId('signup-country-error');

function showResult(title: string, text: string, tone: 'ok' | 'warn' | 'error'): void {
  result.replaceChildren(
    element('div', { className: `notice notice-${tone}` }, [
      element('div', {}, [element('strong', { text: title }), element('p', { text })]),
    ]),
  );
  result.focus();
}

function showRefusal(refusal: Refusal): void {
  ageStep.hidden = true;
  accountStep.hidden = true;
  result.dataset.outcome = refusal.outcome;
  if (refusal.outcome === 'parental-consent-required') {
    showResult(
      'We need a parent or guardian to agree first.',
      'Ask a parent or guardian to contact support@workpex.example so they can set up the account with you.',
      'warn',
    );
  } else {
    showResult(
      'Sorry, we cannot create a Workpex account for you.',
      'Thank you for your interest in Workpex.',
      'warn',
    );
  }
}

/** The typed date as YYYY-MM-DD, or undefined when it is not a real past date. */
function birthDate(): string | undefined {
  const [d, m, y] = [day, month, year].map((input) => input.value.trim());
  if (!/^\d{1,2}$/.test(d ?? '') || !/^\d{1,2}$/.test(m ?? '') || !/^\d{4}$/.test(y ?? '')) {
    return undefined;
  }
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(m) - 1 ||
    date.getUTCDate() !== Number(d) ||
    date.getTime() > Date.now() ||
    Number(y) < 1900
  ) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

function setError(node: HTMLElement, inputs: readonly HTMLElement[], text: string | undefined) {
  node.textContent = text ?? '';
  node.hidden = text === undefined;
  for (const input of inputs) {
    if (text === undefined) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
  }
}

const port = await startSite();
const refusal = storedRefusal();
if (refusal) showRefusal(refusal);

ageForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const date = birthDate();
  setError(
    countryError,
    [country],
    country.value === '' ? 'Choose a country or region.' : undefined,
  );
  setError(
    birthError,
    [day, month, year],
    date === undefined ? 'Enter a real date of birth, for example 27 3 1990.' : undefined,
  );
  const invalid = ageForm.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (invalid || date === undefined) {
    invalid?.focus();
    return;
  }
  const submit = ageForm.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (submit) submit.disabled = true;
  try {
    const answer = await callApi<AgeCheck>('/age/check', {
      body: {
        subject: port?.subject ?? `p-${crypto.getRandomValues(new Uint32Array(4)).join('')}`,
        birthDate: date,
        jurisdiction: country.value,
      },
    });
    // Nothing typed is kept once answered.
    ageForm.reset();
    if (answer.outcome === 'allow') {
      ageStep.hidden = true;
      accountStep.hidden = false;
      result.replaceChildren();
      result.dataset.outcome = 'allow';
      byId<HTMLInputElement>('account-name').focus();
    } else if (answer.outcome === 'deny' || answer.outcome === 'parental-consent-required') {
      const remembered: Refusal = { outcome: answer.outcome, at: new Date().toISOString() };
      localStorage.setItem(REFUSAL_KEY, JSON.stringify(remembered));
      showRefusal(remembered);
    } else {
      ageStep.hidden = true;
      result.dataset.outcome = 'unknown';
      showResult(
        'We cannot open accounts in your country or region yet.',
        'We will let you know when Workpex is available there.',
        'warn',
      );
    }
  } catch (error) {
    showResult(
      'We could not continue.',
      error instanceof ApiProblem ? (error.detail ?? error.title) : 'Please try again.',
      'error',
    );
  } finally {
    if (submit) submit.disabled = false;
  }
});

byId<HTMLFormElement>('account-form').addEventListener('submit', (event) => {
  event.preventDefault();
  accountStep.hidden = true;
  showResult(
    'Welcome to Workpex!',
    'This is a demo, so no account was created. Have a look at the privacy centre next.',
    'ok',
  );
});

document.documentElement.dataset.ready = 'true';
