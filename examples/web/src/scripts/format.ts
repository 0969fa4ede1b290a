// Words and dates shown to people. Engines answer with stable codes; this file is the English
// rendering of the codes the pages show.

/** Request types offered on the rights form, with the words a person reads. */
export const REQUEST_TYPE_LABELS: Readonly<Record<string, string>> = {
  access: 'Get a copy of my data',
  portability: 'Move my data to another service',
  rectification: 'Correct my data',
  erasure: 'Delete my data',
  restriction: 'Restrict how my data is used',
  objection: 'Object to how my data is used',
  'withdraw-consent': 'Withdraw my consent',
  'opt-out-of-sale': 'Do not sell or share my data',
  'limit-sensitive-data': 'Limit the use of sensitive data',
  appeal: 'Appeal a decision',
};

/** Short names of request types for tables. */
export const REQUEST_TYPE_SHORT: Readonly<Record<string, string>> = {
  access: 'Access',
  portability: 'Portability',
  rectification: 'Rectification',
  erasure: 'Erasure',
  restriction: 'Restriction',
  objection: 'Objection',
  'withdraw-consent': 'Withdraw consent',
  'opt-out-of-sale': 'Opt-out of sale',
  'limit-sensitive-data': 'Limit sensitive data',
  appeal: 'Appeal',
};

const STATE_LABELS: Readonly<Record<string, readonly [string, BadgeTone]>> = {
  received: ['Received', 'info'],
  verifying: ['Awaiting verification', 'warn'],
  'in-progress': ['In progress', 'info'],
  'awaiting-subject': ['Waiting for you', 'warn'],
  'on-hold': ['On hold', 'warn'],
  'pending-irreversible': ['Erasure scheduled', 'warn'],
  completed: ['Completed', 'ok'],
  'partially-completed': ['Partially completed', 'warn'],
  denied: ['Declined', 'danger'],
  withdrawn: ['Withdrawn', 'neutral'],
  expired: ['Expired', 'neutral'],
  'forwarded-to-controller': ['Forwarded', 'neutral'],
  'appeal-pending': ['Appeal pending', 'warn'],
  'appeal-upheld': ['Appeal upheld', 'ok'],
  'appeal-denied': ['Appeal declined', 'danger'],
};

/** Colour family of a badge. */
export type BadgeTone = 'ok' | 'warn' | 'danger' | 'info' | 'neutral';

/** A state badge element, e.g. "In progress". */
export function stateBadge(state: string): HTMLElement {
  const [label, tone] = STATE_LABELS[state] ?? [humanise(state), 'neutral' as const];
  const badge = element('span', { className: `badge badge-${tone}`, text: label });
  badge.dataset.state = state;
  return badge;
}

const UNITS: Readonly<Record<string, string>> = {
  Y: 'year',
  M: 'month',
  W: 'week',
  D: 'day',
  H: 'hour',
};

/** An ISO 8601 duration in words: `P8Y` → `8 years`, `P0D` → `immediately`. */
export function formatDuration(value: string): string {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?)?$/.exec(value);
  if (!match) return value;
  const parts = ['Y', 'M', 'W', 'D', 'H'].flatMap((unit, index) => {
    const amount = Number(match[index + 1] ?? 0);
    return amount > 0 ? [`${amount} ${UNITS[unit]}${amount === 1 ? '' : 's'}`] : [];
  });
  return parts.length === 0 ? 'immediately' : parts.join(' ');
}

/** `on-hold` → `On hold`; `NOTIFY_EXTENSION` → `Notify extension`. */
export function humanise(code: string): string {
  const words = code.replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** `2026-03-04` or an ISO instant → `4 Mar 2026`. */
export function formatDate(value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? value : DATE.format(date);
}

/** An ISO instant → `4 Mar 2026, 14:05`. */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : DATE_TIME.format(date);
}

/** The due day of a deadline value (`{ outcome: 'due', due }`), or undefined. */
export function dueDateOf(deadline: unknown): string | undefined {
  if (typeof deadline !== 'object' || deadline === null) return undefined;
  const record = deadline as Record<string, unknown>;
  if (typeof record.due === 'string') return record.due;
  if (typeof record.deadline === 'object') return dueDateOf(record.deadline);
  return undefined;
}

/** Whole days from today to a calendar date (negative when past). */
export function daysUntil(day: string, now: Date = new Date()): number {
  const target = Date.UTC(
    Number(day.slice(0, 4)),
    Number(day.slice(5, 7)) - 1,
    Number(day.slice(8, 10)),
  );
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((target - today) / 86_400_000);
}

/** Options for {@link element}. */
export interface ElementOptions {
  readonly className?: string;
  readonly text?: string;
  readonly attributes?: Readonly<Record<string, string>>;
}

/** Creates an element; text is always set as text, never parsed as HTML. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}
