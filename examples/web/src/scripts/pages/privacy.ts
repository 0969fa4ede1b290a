// The privacy centre: cookie preferences, the rights request form with verification by a
// one-time code, and the status of the requests sent from this browser.
import { ApiProblem, apiUrl, callApi, type RequestStatus, type SubmittedRequest } from '../api.js';
import { mountInlinePreferences } from '../consent-ui.js';
import {
  dueDateOf,
  element,
  formatDate,
  formatDateTime,
  humanise,
  REQUEST_TYPE_LABELS,
  stateBadge,
} from '../format.js';
import { startSite } from '../site.js';

/** The rights Workpex offers (seed policy 002, "Your rights"), with what each one does. */
const OFFERED: readonly (readonly [string, string])[] = [
  [
    'access',
    'A copy of your data, where it came from, why we use it, who receives it and how long we keep it.',
  ],
  ['erasure', 'We delete your data, except what the law makes us keep.'],
  ['rectification', 'We fix data that is wrong or incomplete.'],
  ['portability', 'Your data in a machine-readable file to take elsewhere.'],
  ['restriction', 'We keep your data but stop using it while a question is settled.'],
  ['objection', 'We stop using your data for a purpose you object to, such as marketing.'],
];

const TIMELINE_TEXT: Readonly<Record<string, string>> = {
  receive: 'Request received',
  received: 'Request received',
  'request-identity': 'We asked you to confirm it is you',
  'verify-identity': 'You confirmed it is you',
  begin: 'We started working on it',
  'request-clarification': 'We asked you a question',
  'receive-clarification': 'You answered our question',
  hold: 'Paused',
  release: 'Resumed',
  'notify-extension': 'We told you we need more time',
  'schedule-erasure': 'Deletion scheduled',
  'cancel-erasure': 'Deletion cancelled',
  complete: 'Completed',
  'complete-partially': 'Completed, with some data kept by law',
  deny: 'Declined',
  withdraw: 'You withdrew the request',
  expire: 'Expired without verification',
  'restrict-processing': 'Use of your data restricted',
  'lift-restriction': 'Restriction lifted',
};

const EXPORTABLE = new Set(['access', 'portability']);
const DONE = new Set(['completed', 'partially-completed']);

interface TrackedRequest {
  readonly id: string;
  readonly token: string;
  readonly type: string;
  readonly submittedAt: string;
}

const STORE_KEY = 'workpex.privacy-requests';

function tracked(): TrackedRequest[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORE_KEY) ?? '[]');
    return Array.isArray(value) ? (value as TrackedRequest[]) : [];
  } catch {
    return [];
  }
}

function track(request: TrackedRequest): void {
  const others = tracked().filter((entry) => entry.id !== request.id);
  localStorage.setItem(STORE_KEY, JSON.stringify([request, ...others]));
}

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`missing #${id}`);
  return node as T;
}

function showFieldError(input: HTMLElement, errorId: string, message: string | undefined): void {
  const error = byId(errorId);
  error.textContent = message ?? '';
  error.hidden = message === undefined;
  if (message === undefined) input.removeAttribute('aria-invalid');
  else input.setAttribute('aria-invalid', 'true');
}

function notice(tone: 'ok' | 'warn' | 'error' | 'info', title: string, text?: string): HTMLElement {
  return element('div', { className: `notice notice-${tone}` }, [
    element('div', {}, [
      element('strong', { text: title }),
      ...(text ? [element('p', { text })] : []),
    ]),
  ]);
}

const port = await startSite();
const inline = document.querySelector<HTMLElement>('[data-preferences-inline]');
if (inline) {
  if (port) mountInlinePreferences(port, inline);
  else inline.replaceChildren(notice('warn', 'Cookie preferences are unavailable right now.'));
}

// ---- The request form ----

const typeGrid = byId('rights-types');
OFFERED.forEach(([type, description], index) => {
  const id = `rights-type-${type}`;
  const input = element('input', {
    attributes: { type: 'radio', name: 'type', value: type, id },
  });
  if (index === 0) input.required = true;
  typeGrid.append(
    element('label', { className: 'choice', attributes: { for: id } }, [
      input,
      element('span', {}, [
        element('strong', { text: REQUEST_TYPE_LABELS[type] ?? humanise(type) }),
        element('span', { text: description }),
      ]),
    ]),
  );
});

const form = byId<HTMLFormElement>('rights-form');
const email = byId<HTMLInputElement>('rights-email');
const country = byId<HTMLSelectElement>('rights-country');
const status = byId('rights-status');
const requestStep = byId('rights-step-request');
const verifyStep = byId('rights-step-verify');
const verifyForm = byId<HTMLFormElement>('verify-form');
const codeInput = byId<HTMLInputElement>('verify-code');
let verifying: TrackedRequest | undefined;

function showVerify(request: TrackedRequest): void {
  verifying = request;
  requestStep.hidden = true;
  verifyStep.hidden = false;
  codeInput.value = '';
  showFieldError(codeInput, 'verify-code-error', undefined);
  codeInput.focus();
}

function showRequestForm(): void {
  verifying = undefined;
  verifyStep.hidden = true;
  requestStep.hidden = false;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  status.replaceChildren();
  const type = new FormData(form).get('type');
  const address = email.value.trim();
  const jurisdiction = country.value;
  const typeMissing = typeof type !== 'string';
  showFieldError(
    email,
    'rights-email-error',
    /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)
      ? undefined
      : 'Enter an email address like name@example.com.',
  );
  showFieldError(
    country,
    'rights-country-error',
    jurisdiction === '' ? 'Choose where you live.' : undefined,
  );
  if (typeMissing) {
    status.replaceChildren(notice('error', 'Choose what you would like us to do.'));
    typeGrid.querySelector<HTMLInputElement>('input')?.focus();
    return;
  }
  const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (invalid) {
    invalid.focus();
    return;
  }
  if (!port) {
    status.replaceChildren(
      notice('error', 'We cannot take requests right now.', 'Please try later.'),
    );
    return;
  }
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (submit) submit.disabled = true;
  try {
    const answer = await callApi<SubmittedRequest>('/dsr/requests', {
      body: { type, subject: port.subject, jurisdiction, contact: address },
    });
    const request = {
      id: answer.id,
      token: answer.token,
      type,
      submittedAt: new Date().toISOString(),
    };
    track(request);
    form.reset();
    showVerify(request);
    await renderRequests();
  } catch (error) {
    status.replaceChildren(problemNotice(error, 'We could not send your request.'));
  } finally {
    if (submit) submit.disabled = false;
  }
});

verifyForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const request = verifying;
  if (!request) return;
  const code = codeInput.value.replace(/\s+/g, '');
  if (!/^\d{4,10}$/.test(code)) {
    showFieldError(codeInput, 'verify-code-error', 'Enter the code from the email, digits only.');
    codeInput.focus();
    return;
  }
  try {
    const answer = await callApi<{ state: string; deadline?: unknown }>(
      `/dsr/requests/${encodeURIComponent(request.id)}/verify`,
      { body: { token: request.token, code } },
    );
    showRequestForm();
    const due = dueDateOf(answer.deadline);
    const confirmation = notice(
      'ok',
      'Thank you, it is you. We are on it.',
      `Reference ${request.id}.${due ? ` We will answer by ${formatDate(due)}.` : ''}`,
    );
    confirmation.tabIndex = -1;
    status.replaceChildren(confirmation);
    confirmation.focus();
    await renderRequests();
  } catch (error) {
    const wrong = error instanceof ApiProblem && error.status === 400;
    // Too many wrong codes lock the request (429): say so instead of inviting another try.
    const locked = error instanceof ApiProblem && error.status === 429;
    showFieldError(
      codeInput,
      'verify-code-error',
      locked
        ? 'Too many wrong codes: this request is locked. Please submit a new request.'
        : wrong
          ? 'That code is not right. Check the latest email and try again.'
          : problemText(error),
    );
    codeInput.focus();
  }
});

byId('verify-cancel').addEventListener('click', () => {
  showRequestForm();
  form.querySelector<HTMLInputElement>('input')?.focus();
});

function problemText(error: unknown): string {
  if (error instanceof ApiProblem) return error.detail ?? error.title;
  return 'Something went wrong. Please try again.';
}

function problemNotice(error: unknown, title: string): HTMLElement {
  return notice('error', title, problemText(error));
}

// ---- The requests sent from this browser ----

const list = byId<HTMLUListElement>('request-list');

async function renderRequests(): Promise<void> {
  const requests = tracked();
  if (requests.length === 0) {
    list.replaceChildren(
      element('li', { className: 'empty', text: 'You have not sent a request from this browser.' }),
    );
    return;
  }
  const cards = await Promise.all(requests.map((request) => renderRequest(request)));
  list.replaceChildren(...cards);
}

async function renderRequest(request: TrackedRequest): Promise<HTMLElement> {
  const card = element('li', {
    className: 'request-card',
    attributes: { 'data-request-id': request.id },
  });
  const title = REQUEST_TYPE_LABELS[request.type] ?? humanise(request.type);
  let current: RequestStatus;
  try {
    current = await callApi<RequestStatus>(`/dsr/requests/${encodeURIComponent(request.id)}`, {
      query: { token: request.token },
    });
  } catch (error) {
    card.append(
      element('header', {}, [element('h3', { text: title })]),
      problemNotice(error, 'We could not load this request.'),
    );
    return card;
  }
  const due = dueDateOf(current.deadline);
  const facts = element('dl', { className: 'facts' }, [
    element('dt', { text: 'Reference' }),
    element('dd', { className: 'mono', text: request.id }),
    element('dt', { text: 'Sent' }),
    element('dd', { text: formatDateTime(request.submittedAt) }),
  ]);
  if (due) {
    facts.append(
      element('dt', { text: DONE.has(current.state) ? 'Due by' : 'We answer by' }),
      element('dd', { text: formatDate(due) }),
    );
  }
  card.append(
    element('header', {}, [element('h3', { text: title }), stateBadge(current.state)]),
    facts,
  );
  if (current.state === 'partially-completed') {
    card.append(
      notice(
        'warn',
        'We deleted your data, except what the law makes us keep.',
        'Records we must keep, such as invoices for tax law, are set aside and used for nothing else until the legal period ends; then they are deleted too.',
      ),
    );
  }
  if (current.state === 'completed' && EXPORTABLE.has(current.type)) {
    card.append(notice('ok', 'Your data is ready to download.'));
  }
  const events = current.timeline.filter(
    (entry) => entry.type !== 'start-task' && entry.type !== 'finish-task',
  );
  if (events.length > 0) {
    card.append(
      element(
        'ol',
        { className: 'timeline', attributes: { 'aria-label': `Timeline of ${title}` } },
        events.map((entry) =>
          element('li', {}, [
            element('span', { text: TIMELINE_TEXT[entry.type] ?? humanise(entry.type) }),
            element('span', { className: 'when', text: formatDateTime(entry.at) }),
          ]),
        ),
      ),
    );
  }
  const actions = element('div', { className: 'form-actions' });
  if (DONE.has(current.state) && EXPORTABLE.has(current.type)) {
    actions.append(
      element('a', {
        className: 'button button-primary',
        text: 'Download your data',
        attributes: {
          href: apiUrl(`/dsr/requests/${encodeURIComponent(request.id)}/export`, {
            token: request.token,
          }),
          download: '',
          'data-download': '',
        },
      }),
    );
  }
  if (current.state === 'received' || current.state === 'verifying') {
    const verify = element('button', {
      className: 'button button-secondary',
      text: 'Enter verification code',
      attributes: { type: 'button' },
    });
    verify.addEventListener('click', () => {
      showVerify(request);
      byId('rights').scrollIntoView();
    });
    actions.append(verify);
  }
  const refresh = element('button', {
    className: 'button button-ghost',
    text: 'Refresh',
    attributes: { type: 'button', 'aria-label': `Refresh ${title}` },
  });
  refresh.addEventListener('click', async () => {
    const fresh = await renderRequest(request);
    card.replaceWith(fresh);
    fresh.querySelector<HTMLElement>('button[aria-label^="Refresh"]')?.focus();
  });
  actions.append(refresh);
  card.append(actions);
  return card;
}

await renderRequests();
document.documentElement.dataset.ready = 'true';
