// The operator console: the DSR queue sorted by deadline, one request's timeline and actions,
// the retention plan, the transfer map with its verdicts, and consent-ledger verification.
// Every call sends `authorization: Bearer <token>`; the token lives in sessionStorage only.
import { ApiProblem, apiUrl, callApi, type TimelineEntry } from '../api.js';
import {
  daysUntil,
  dueDateOf,
  element,
  formatDate,
  formatDateTime,
  formatDuration,
  humanise,
  REQUEST_TYPE_SHORT,
  stateBadge,
} from '../format.js';

const TOKEN_KEY = 'workpex.operator-token';

interface QueueEntry {
  readonly id: string;
  readonly type: string;
  readonly state: string;
  readonly subject?: string;
  readonly jurisdiction?: string;
  readonly receivedAt?: string;
  /** The server says when a request is final (the DSR machine's closed states). */
  readonly closed: boolean;
  readonly deadline?: Record<string, unknown>;
}

interface RequestDetail {
  readonly closed: boolean;
  readonly request: {
    readonly id: string;
    readonly type: string;
    readonly state: string;
    readonly subject: string;
    readonly jurisdiction: string;
    readonly regimes?: readonly string[];
    readonly channel?: string;
    readonly version: number;
    readonly tasks?: readonly {
      readonly system: string;
      readonly operation: string;
      readonly status: string;
    }[];
    readonly outcome?: {
      readonly kind: string;
      readonly kept?: readonly {
        readonly category: string;
        readonly system?: string;
        readonly basis: string;
        readonly citation?: { readonly law?: string; readonly article?: string };
        readonly until?: string;
      }[];
      readonly reasonCode?: string;
    };
    readonly clock?: readonly { readonly kind: string; readonly at: string }[];
  };
  readonly deadline?: Record<string, unknown>;
  readonly timeline?: readonly TimelineEntry[];
}

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`missing #${id}`);
  return node as T;
}

const signIn = byId('sign-in');
const consoleRoot = byId('console');
const user = byId('console-user');
const alertRegion = byId('console-alert');
let token = sessionStorage.getItem(TOKEN_KEY) ?? '';
let selected: string | undefined;

function say(text: string, tone: 'ok' | 'error' = 'ok'): void {
  alertRegion.replaceChildren(
    element('div', { className: `notice notice-${tone === 'ok' ? 'ok' : 'error'}` }, [
      element('p', { text }),
    ]),
  );
  if (tone === 'ok') window.setTimeout(() => alertRegion.replaceChildren(), 5000);
}

function problemText(error: unknown): string {
  if (!(error instanceof ApiProblem)) return 'Something went wrong.';
  const fields = error.errors.map((entry) => `${entry.path}: ${entry.message}`).join('; ');
  return `${error.title}${error.detail ? ` — ${error.detail}` : ''}${fields ? ` (${fields})` : ''}`;
}

const operatorApi = <T>(path: string, body?: unknown) =>
  callApi<T>(path, { token, ...(body === undefined ? {} : { body }) });

// ---- Sign-in ----

function showConsole(): void {
  signIn.hidden = true;
  consoleRoot.hidden = false;
  user.hidden = false;
}

function showSignIn(message?: string): void {
  consoleRoot.hidden = true;
  user.hidden = true;
  signIn.hidden = false;
  const error = byId('operator-token-error');
  error.textContent = message ?? '';
  error.hidden = message === undefined;
  const input = byId<HTMLInputElement>('operator-token');
  if (message === undefined) input.removeAttribute('aria-invalid');
  else input.setAttribute('aria-invalid', 'true');
}

byId<HTMLFormElement>('sign-in-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = byId<HTMLInputElement>('operator-token');
  token = input.value.trim();
  if (token === '') {
    showSignIn('Enter the operator token.');
    input.focus();
    return;
  }
  try {
    await loadQueue();
    sessionStorage.setItem(TOKEN_KEY, token);
    input.value = '';
    showConsole();
    byId('tab-requests').focus();
  } catch (error) {
    token = '';
    showSignIn(
      error instanceof ApiProblem && (error.status === 401 || error.status === 403)
        ? 'That token is not valid for this deployment.'
        : problemText(error),
    );
    input.focus();
  }
});

byId('sign-out').addEventListener('click', () => {
  sessionStorage.removeItem(TOKEN_KEY);
  token = '';
  selected = undefined;
  showSignIn();
  byId('operator-token').focus();
});

// ---- Tabs (WAI-ARIA tabs pattern: arrows move, Home/End jump) ----

const tabs = Array.from(byId('tabs').querySelectorAll<HTMLButtonElement>('[role="tab"]'));
const loaders: Readonly<Record<string, () => Promise<void>>> = {
  'panel-requests': () => loadQueue(),
  'panel-retention': () => loadRetention(),
  'panel-transfers': () => loadTransfers(),
  'panel-ledger': () => loadLedger(),
};

function activate(tab: HTMLButtonElement, focus: boolean): void {
  for (const other of tabs) {
    const active = other === tab;
    other.setAttribute('aria-selected', String(active));
    other.tabIndex = active ? 0 : -1;
    const panel = byId(other.getAttribute('aria-controls') ?? '');
    panel.hidden = !active;
  }
  if (focus) tab.focus();
  const panelId = tab.getAttribute('aria-controls') ?? '';
  loaders[panelId]?.().catch((error: unknown) => say(problemText(error), 'error'));
}

tabs.forEach((tab, index) => {
  tab.addEventListener('click', () => activate(tab, false));
  tab.addEventListener('keydown', (event) => {
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    const target = next === undefined ? undefined : tabs[next];
    if (target) {
      event.preventDefault();
      activate(target, true);
    }
  });
});

// ---- The queue ----

function dueCell(deadline: Record<string, unknown> | undefined, closed: boolean): HTMLElement {
  const due = dueDateOf(deadline);
  if (!due) return element('span', { className: 'hint', text: 'No statutory deadline' });
  const days = daysUntil(due);
  const cell = element('span', { className: 'due' }, [element('span', { text: formatDate(due) })]);
  if (!closed) {
    const label =
      days < 0
        ? `${-days} day${days === -1 ? '' : 's'} overdue`
        : days === 0
          ? 'due today'
          : `in ${days} day${days === 1 ? '' : 's'}`;
    cell.append(
      element('small', {
        className: days < 0 ? 'due-overdue' : days <= 7 ? 'due-soon' : '',
        text: label,
      }),
    );
  }
  return cell;
}

async function loadQueue(): Promise<void> {
  const { requests } = await operatorApi<{ requests: readonly QueueEntry[] }>(
    '/operator/dsr/requests',
  );
  const queue = byId('queue');
  if (requests.length === 0) {
    queue.replaceChildren(element('p', { className: 'empty', text: 'No requests yet.' }));
    return;
  }
  const rows = requests.map((request) => {
    const open = element('button', {
      className: 'link-button mono',
      text: request.id,
      attributes: { type: 'button', 'aria-label': `Open request ${request.id}` },
    });
    open.addEventListener('click', () => void showRequest(request.id, true));
    const row = element('tr', { attributes: { 'data-request-id': request.id } }, [
      element('td', {}, [open]),
      element('td', { text: REQUEST_TYPE_SHORT[request.type] ?? humanise(request.type) }),
      element('td', {}, [stateBadge(request.state)]),
      element('td', { text: request.jurisdiction ?? '' }),
      element('td', { text: request.receivedAt ? formatDate(request.receivedAt) : '' }),
      element('td', {}, [dueCell(request.deadline, request.closed)]),
    ]);
    if (request.id === selected) row.classList.add('selected');
    return row;
  });
  queue.replaceChildren(
    element('div', { className: 'table-wrap' }, [
      element('table', {}, [
        element('caption', { className: 'visually-hidden', text: 'Requests by deadline' }),
        element('thead', {}, [
          element(
            'tr',
            {},
            ['Request', 'Type', 'State', 'Country', 'Received', 'Due'].map((text) =>
              element('th', { text, attributes: { scope: 'col' } }),
            ),
          ),
        ]),
        element('tbody', {}, rows),
      ]),
    ]),
  );
}

byId('refresh-queue').addEventListener('click', () => {
  loadQueue().catch((error: unknown) => say(problemText(error), 'error'));
});

// ---- One request ----

function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

interface Action {
  readonly label: string;
  readonly style: string;
  readonly done: string;
  run(detail: RequestDetail): Promise<unknown>;
}

function eventAction(
  label: string,
  event: Record<string, unknown>,
  done: string,
  style = 'button-secondary',
): Action {
  return {
    label,
    style,
    done,
    run: (detail) =>
      operatorApi(`/operator/dsr/requests/${encodeURIComponent(detail.request.id)}/events`, {
        event,
        expectedVersion: detail.request.version,
        idempotencyKey: randomKey(),
      }),
  };
}

const FULFIL: Action = {
  label: 'Fulfil',
  style: 'button-primary',
  done: 'Fulfilment ran across every data system.',
  run: (detail) =>
    operatorApi(`/operator/dsr/requests/${encodeURIComponent(detail.request.id)}/fulfil`, {}),
};

function actionsFor(detail: RequestDetail): Action[] {
  const { state } = detail.request;
  const extension = detail.deadline?.extension as { allowed?: boolean } | undefined;
  const actions: Action[] = [];
  if (state === 'received' || state === 'verifying') {
    actions.push(
      eventAction(
        'Verify identity',
        { type: 'verify-identity', method: 'operator-check' },
        'Identity verified.',
        'button-primary',
      ),
    );
  }
  if (state === 'received') {
    actions.push(eventAction('Ask for identity', { type: 'request-identity' }, 'Asked.'));
  }
  if (state === 'in-progress' || state === 'on-hold') {
    actions.push(FULFIL);
    actions.push(eventAction('Mark complete', { type: 'complete' }, 'Marked complete.'));
  }
  if (!detail.closed && extension?.allowed !== false) {
    actions.push(
      eventAction(
        'Extend deadline',
        { type: 'notify-extension', reasonCode: 'COMPLEXITY' },
        'Extension noticed; the subject is told why.',
      ),
    );
  }
  return actions;
}

const TIMELINE_DETAIL_KEYS = ['reasonCode', 'method', 'system', 'status', 'operation', 'state'];

function timelineItem(entry: TimelineEntry): HTMLElement {
  const details = TIMELINE_DETAIL_KEYS.flatMap((key) => {
    const value = entry[key] ?? (entry.event as Record<string, unknown> | undefined)?.[key];
    return typeof value === 'string' ? [`${humanise(key)}: ${value}`] : [];
  });
  return element('li', {}, [
    element('strong', { text: humanise(entry.type) }),
    ...(details.length > 0
      ? [element('span', { className: 'hint', text: ` · ${details.join(' · ')}` })]
      : []),
    element('span', { className: 'when', text: formatDateTime(entry.at) }),
  ]);
}

async function downloadExport(id: string): Promise<void> {
  const response = await fetch(apiUrl(`/operator/dsr/requests/${encodeURIComponent(id)}/export`), {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok)
    throw new ApiProblem({ status: response.status, code: 'EXPORT', title: 'Export unavailable' });
  const name =
    /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
    `${id}-export.json`;
  const url = URL.createObjectURL(await response.blob());
  const link = element('a', { attributes: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function showRequest(id: string, focus: boolean): Promise<void> {
  selected = id;
  for (const row of Array.from(document.querySelectorAll('#queue tr[data-request-id]'))) {
    row.classList.toggle('selected', row.getAttribute('data-request-id') === id);
  }
  const panel = byId('request-detail');
  let detail: RequestDetail;
  try {
    detail = await operatorApi<RequestDetail>(`/operator/dsr/requests/${encodeURIComponent(id)}`);
  } catch (error) {
    panel.replaceChildren(
      element('p', { className: 'notice notice-error', text: problemText(error) }),
    );
    return;
  }
  const { request } = detail;
  const deadline = detail.deadline;
  const due = dueDateOf(deadline);
  const heading = element('h2', {
    text: `${REQUEST_TYPE_SHORT[request.type] ?? humanise(request.type)} request`,
    attributes: { id: 'detail-title', tabindex: '-1' },
  });
  const head = element('div', { className: 'detail-head' }, [
    element('div', {}, [heading, element('p', { className: 'mono', text: request.id })]),
    stateBadge(request.state),
  ]);
  const box = element('div', { className: 'deadline-box' }, [
    element('div', {}, [
      element('span', { text: 'Due' }),
      element('strong', { text: due ? formatDate(due) : 'None' }),
    ]),
    element('div', {}, [
      element('span', { text: 'Time left' }),
      element('strong', {}, [detail.closed ? 'Closed' : due ? dueCell(deadline, false) : 'n/a']),
    ]),
    element('div', {}, [
      element('span', { text: 'Set by' }),
      element('strong', {
        text:
          deadline?.binding === 'policy'
            ? 'Our policy'
            : typeof deadline?.regime === 'string'
              ? deadline.regime.toUpperCase()
              : 'Law',
      }),
    ]),
  ]);
  const facts = element('dl', { className: 'facts' }, [
    element('dt', { text: 'Subject' }),
    element('dd', { className: 'mono', text: request.subject }),
    element('dt', { text: 'Country' }),
    element('dd', { text: request.jurisdiction }),
    element('dt', { text: 'Laws' }),
    element('dd', {
      text: (request.regimes ?? []).map((regime) => regime.toUpperCase()).join(', ') || 'None',
    }),
    ...(typeof deadline?.latest === 'string'
      ? [
          element('dt', { text: 'Latest with extension' }),
          element('dd', { text: formatDate(deadline.latest) }),
        ]
      : []),
  ]);
  const actionBar = element('div', { className: 'actions' });
  for (const action of actionsFor(detail)) {
    const button = element('button', {
      className: `button ${action.style}`,
      text: action.label,
      attributes: { type: 'button', 'data-action': action.label },
    });
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await action.run(detail);
        say(action.done);
        await Promise.all([showRequest(id, false), loadQueue()]);
        byId('detail-title').focus();
      } catch (error) {
        say(problemText(error), 'error');
        button.disabled = false;
      }
    });
    actionBar.append(button);
  }
  if (
    request.state === 'completed' &&
    (request.type === 'access' || request.type === 'portability')
  ) {
    const exportButton = element('button', {
      className: 'button button-secondary',
      text: 'Download export',
      attributes: { type: 'button' },
    });
    exportButton.addEventListener('click', () =>
      downloadExport(id).catch((error: unknown) => say(problemText(error), 'error')),
    );
    actionBar.append(exportButton);
  }
  const sections: HTMLElement[] = [head, box, facts];
  if (actionBar.childElementCount > 0) sections.push(actionBar);
  else sections.push(element('p', { className: 'hint', text: 'This request is closed.' }));
  const kept = request.outcome?.kept ?? [];
  if (kept.length > 0) {
    sections.push(
      element('h3', { text: 'Kept under an exemption' }),
      element(
        'ul',
        { className: 'reason-list' },
        kept.map((entry) =>
          element('li', {
            text: `${entry.category}${entry.system ? ` in ${entry.system}` : ''}: ${humanise(entry.basis)}${
              entry.citation
                ? ` (${[entry.citation.law, entry.citation.article].filter(Boolean).join(' ')})`
                : ''
            }${entry.until ? `, until ${formatDate(entry.until)}` : ''}`,
          }),
        ),
      ),
    );
  }
  const tasks = request.tasks ?? [];
  if (tasks.length > 0) {
    sections.push(
      element('h3', { text: 'Data systems' }),
      element(
        'ul',
        { className: 'reason-list' },
        tasks.map((task) =>
          element('li', { text: `${task.system}: ${task.operation}, ${task.status}` }),
        ),
      ),
    );
  }
  const timeline = detail.timeline ?? [];
  sections.push(
    element('h3', { text: 'Timeline' }),
    timeline.length > 0
      ? element(
          'ol',
          { className: 'timeline', attributes: { 'aria-label': 'Request timeline' } },
          timeline.map(timelineItem),
        )
      : element('p', { className: 'hint', text: 'No events yet.' }),
  );
  panel.replaceChildren(...sections);
  if (focus) heading.focus();
}

// ---- Retention plan ----

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(text).join(', ');
  const record = value as Record<string, unknown>;
  if (typeof record.law === 'string') return [record.law, record.article].filter(Boolean).join(' ');
  if (typeof record.code === 'string') return record.code;
  return Object.entries(record)
    .map(([key, entry]) => `${key}: ${text(entry)}`)
    .join('; ');
}

function triggerText(trigger: unknown): string {
  if (typeof trigger !== 'object' || trigger === null) return text(trigger);
  const record = trigger as Record<string, unknown>;
  const event = humanise(text(record.event ?? record.kind ?? ''));
  return record.anchor === 'end-of-calendar-year' ? `${event}, from the end of that year` : event;
}

function stagesCell(stages: unknown): HTMLElement {
  const cell = element('span', { className: 'stages' });
  if (!Array.isArray(stages)) return cell;
  stages.forEach((stage: { after?: string; action?: string }, index) => {
    if (index > 0)
      cell.append(
        element('span', { className: 'arrow', text: '→', attributes: { 'aria-hidden': 'true' } }),
      );
    cell.append(
      element('span', {
        className: 'badge badge-info',
        text:
          stage.after === undefined || formatDuration(stage.after) === 'immediately'
            ? `${humanise(stage.action ?? '?')} at once`
            : `${humanise(stage.action ?? '?')} after ${formatDuration(stage.after)}`,
      }),
    );
  });
  return cell;
}

function table(
  caption: string,
  columns: readonly string[],
  rows: readonly (readonly (Node | string)[])[],
): HTMLElement {
  return element('div', { className: 'table-wrap' }, [
    element('table', {}, [
      element('caption', { className: 'visually-hidden', text: caption }),
      element('thead', {}, [
        element(
          'tr',
          {},
          columns.map((column) => element('th', { text: column, attributes: { scope: 'col' } })),
        ),
      ]),
      element(
        'tbody',
        {},
        rows.map((row) =>
          element(
            'tr',
            {},
            row.map((cell) => element('td', {}, [cell])),
          ),
        ),
      ),
    ]),
  ]);
}

function findArray(
  value: unknown,
  keys: readonly string[],
): readonly Record<string, unknown>[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const key of keys) {
    const found = (value as Record<string, unknown>)[key];
    if (Array.isArray(found)) return found;
  }
  return undefined;
}

async function loadRetention(): Promise<void> {
  const plan = await operatorApi<unknown>('/operator/retention/plan');
  const target = byId('retention');
  const parts: HTMLElement[] = [];
  const rules = findArray(plan, ['rules']);
  if (rules && rules.length > 0) {
    parts.push(
      table(
        'Retention rules',
        ['Rule', 'Applies to', 'Clock starts', 'Keep at least', 'Stages', 'Basis'],
        rules.map((rule) => [
          element('span', {}, [
            element('strong', { text: text(rule.id) }),
            ...(rule.description
              ? [element('span', { className: 'hint', text: ` ${text(rule.description)}` })]
              : []),
          ]),
          text(rule.scope),
          triggerText(rule.trigger),
          typeof rule.minimum === 'string' ? formatDuration(rule.minimum) : '—',
          stagesCell(rule.stages),
          `${humanise(text(rule.basis))}${rule.citation ? ` · ${text(rule.citation)}` : ''}`,
        ]),
      ),
    );
  }
  const actions = findArray(plan, ['actions', 'plan', 'items']);
  if (actions && actions.length > 0) {
    parts.push(
      element('h3', { text: 'Actions due' }),
      table(
        'Planned retention actions',
        ['Record', 'Outcome', 'Action', 'Due', 'Reasons'],
        actions.map((action) => {
          const step = (action.step ?? {}) as Record<string, unknown>;
          return [
            element('span', { className: 'mono', text: text(action.recordId ?? action.id) }),
            text(action.outcome),
            text(step.action ?? action.action),
            text(step.dueOn ?? action.dueOn),
            text(action.reasons),
          ];
        }),
      ),
    );
  }
  const holds = findArray(plan, ['holds']);
  if (holds && holds.length > 0) {
    parts.push(
      element('h3', { text: 'Legal holds' }),
      table(
        'Legal holds',
        ['Hold', 'Scope', 'Reason'],
        holds.map((hold) => [text(hold.id), text(hold.scope), text(hold.reason ?? hold.citation)]),
      ),
    );
  }
  const lint = findArray((plan as Record<string, unknown>)?.lint, [
    'findings',
    'reasons',
    'issues',
  ]);
  if (lint && lint.length > 0) {
    parts.push(
      element('h3', { text: 'Policy review' }),
      element(
        'ul',
        { className: 'reason-list' },
        lint.map((finding) =>
          element('li', {
            text: `${humanise(text(finding.code ?? finding.id))}${finding.ruleId ? ` (${text(finding.ruleId)})` : ''}`,
          }),
        ),
      ),
    );
  }
  if (parts.length === 0) {
    parts.push(element('pre', { className: 'raw', text: JSON.stringify(plan, null, 2) }));
  }
  target.replaceChildren(...parts);
}

// ---- Transfer map ----

const OBLIGATIONS: Readonly<Record<string, string>> = {
  RECORD_IN_ROPA: 'List it in the records of processing',
  INFORM_DATA_SUBJECTS: 'Tell data subjects',
  TRANSFER_IMPACT_ASSESSMENT: 'Transfer impact assessment',
  VERIFY_CERTIFICATION: 'Check the certification',
};

const VERDICT_TONE: Readonly<Record<string, string>> = {
  allow: 'badge-ok',
  'requires-safeguard': 'badge-warn',
  deny: 'badge-danger',
  unknown: 'badge',
};

async function loadTransfers(): Promise<void> {
  const report = await operatorApi<{
    at?: string;
    flows?: readonly {
      flow: string;
      decision: {
        outcome: string;
        basis?: string;
        obligations?: readonly string[];
        from?: string;
        to?: string;
        reasons?: readonly { code: string }[];
      };
      residencyViolations?: readonly string[];
    }[];
    summary?: { total?: number; outcomes?: Record<string, number>; residencyViolations?: number };
  }>('/operator/transfers/map');
  const target = byId('transfers');
  const summary = report.summary;
  const cards = element('div', { className: 'summary-cards' }, [
    element('div', {}, [
      element('strong', { text: String(summary?.total ?? report.flows?.length ?? 0) }),
      element('span', { text: 'flows' }),
    ]),
    ...['allow', 'requires-safeguard', 'deny', 'unknown'].map((outcome) =>
      element('div', {}, [
        element('strong', { text: String(summary?.outcomes?.[outcome] ?? 0) }),
        element('span', { text: humanise(outcome) }),
      ]),
    ),
    element('div', {}, [
      element('strong', { text: String(summary?.residencyViolations ?? 0) }),
      element('span', { text: 'residency violations' }),
    ]),
  ]);
  const flows = report.flows ?? [];
  target.replaceChildren(
    ...(report.at
      ? [element('p', { className: 'hint', text: `Assessed on ${formatDate(report.at)}.` })]
      : []),
    cards,
    flows.length === 0
      ? element('p', { className: 'empty', text: 'No flows in the map.' })
      : table(
          'Transfer verdicts',
          ['Flow', 'Route', 'Verdict', 'Basis', 'Obligations', 'Why'],
          flows.map(({ flow, decision, residencyViolations }) => [
            element('strong', { text: flow }),
            `${decision.from ?? '?'} → ${decision.to ?? '?'}`,
            element('span', {
              className: `badge ${VERDICT_TONE[decision.outcome] ?? 'badge'}`,
              text: humanise(decision.outcome),
            }),
            humanise(decision.basis ?? 'none'),
            (decision.obligations ?? [])
              .map((code) => OBLIGATIONS[code] ?? humanise(code))
              .join('; ') || '—',
            [
              ...(decision.reasons ?? []).map((reason) => reason.code),
              ...(residencyViolations ?? []).map((violation) => `Residency: ${violation}`),
            ].join(', '),
          ]),
        ),
  );
}

// ---- Consent ledger ----

async function loadLedger(): Promise<void> {
  const answer = await operatorApi<Record<string, unknown>>('/operator/consent/verify');
  const target = byId('ledger');
  const ok = answer.ok === true;
  const rows = Object.entries(answer).filter(([key]) => key !== 'ok');
  target.replaceChildren(
    element('div', { className: `notice ${ok ? 'notice-ok' : 'notice-error'}` }, [
      element('div', {}, [
        element('strong', { text: ok ? 'Every consent chain verifies.' : 'Verification failed.' }),
        element('p', {
          text: ok
            ? 'No record was changed, removed or re-ordered since it was written.'
            : 'A chain link does not match; see the details below.',
        }),
      ]),
    ]),
    element(
      'dl',
      { className: 'facts' },
      rows.flatMap(([key, value]) => [
        element('dt', { text: humanise(key) }),
        element('dd', { text: text(value) }),
      ]),
    ),
  );
  target.dataset.verified = String(ok);
}

byId('verify-ledger').addEventListener('click', () => {
  loadLedger().catch((error: unknown) => say(problemText(error), 'error'));
});

// ---- Start ----

if (token === '') {
  showSignIn();
} else {
  try {
    await loadQueue();
    showConsole();
  } catch {
    sessionStorage.removeItem(TOKEN_KEY);
    token = '';
    showSignIn('Your session ended. Sign in again.');
  }
}
document.documentElement.dataset.ready = 'true';
