import type { DsrEventType } from './event.js';
import type { DsrState } from './request.js';

/** Where an event leads: another state, or `unchanged` for events that only touch the clock, tasks or the restriction flag. */
export type TransitionTarget = DsrState | 'unchanged';

/** The events a state accepts and where each leads. An absent event is illegal in that state. */
export type TransitionRow = { readonly [Event in DsrEventType]?: TransitionTarget };

/**
 * The transition table: for every state (the mapped type makes a missing state a compile
 * error), the events it accepts. `transition` consults only this table for legality, and
 * `stateDiagram` draws only this table, so the picture and the code cannot drift. Guards
 * (extension windows, verification, grace windows) are checked in `transition` after the
 * table says the event is legal.
 */
export type TransitionTable = { readonly [State in DsrState]: TransitionRow };

// Restriction of processing is a flag beside the state (James PRO policy; GDPR Art. 18): its
// events are legal in every state, including closed ones, because a dispute can outlive them.
const RESTRICTION_EVENTS = {
  'restrict-processing': 'unchanged',
  'notify-restriction-lift': 'unchanged',
  'lift-restriction': 'unchanged',
} as const satisfies TransitionRow;

// While the controller still owes an answer it may give notice of an extension; whether the
// regime allows one at that moment is a guard.
const OPEN = {
  ...RESTRICTION_EVENTS,
  'notify-extension': 'unchanged',
  deny: 'denied',
  withdraw: 'withdrawn',
} as const satisfies TransitionRow;

/** The table itself. */
export const TRANSITION_TABLE: TransitionTable = {
  received: {
    ...OPEN,
    'request-identity': 'verifying',
    'verify-identity': 'in-progress',
    begin: 'in-progress',
    'pay-fee': 'unchanged',
    hold: 'on-hold',
    expire: 'expired',
    'forward-to-controller': 'forwarded-to-controller',
  },
  verifying: {
    ...OPEN,
    'verify-identity': 'in-progress',
    'pay-fee': 'unchanged',
    hold: 'on-hold',
    expire: 'expired',
    'forward-to-controller': 'forwarded-to-controller',
  },
  'in-progress': {
    ...OPEN,
    'pay-fee': 'unchanged',
    'request-clarification': 'awaiting-subject',
    hold: 'on-hold',
    'schedule-erasure': 'pending-irreversible',
    'start-task': 'unchanged',
    'finish-task': 'unchanged',
    complete: 'completed',
    'complete-partially': 'partially-completed',
    'forward-to-controller': 'forwarded-to-controller',
  },
  'awaiting-subject': {
    ...OPEN,
    'receive-clarification': 'in-progress',
  },
  'on-hold': {
    ...OPEN,
    release: 'in-progress',
  },
  'pending-irreversible': {
    ...RESTRICTION_EVENTS,
    'cancel-erasure': 'in-progress',
    'start-task': 'unchanged',
    'finish-task': 'unchanged',
    complete: 'completed',
    'complete-partially': 'partially-completed',
    withdraw: 'withdrawn',
  },
  completed: { ...RESTRICTION_EVENTS, appeal: 'appeal-pending' },
  'partially-completed': { ...RESTRICTION_EVENTS, appeal: 'appeal-pending' },
  denied: { ...RESTRICTION_EVENTS, appeal: 'appeal-pending' },
  withdrawn: { ...RESTRICTION_EVENTS },
  expired: { ...RESTRICTION_EVENTS },
  'forwarded-to-controller': { ...RESTRICTION_EVENTS },
  'appeal-pending': {
    ...RESTRICTION_EVENTS,
    'uphold-appeal': 'appeal-upheld',
    'deny-appeal': 'appeal-denied',
  },
  'appeal-upheld': { ...RESTRICTION_EVENTS, reopen: 'in-progress' },
  'appeal-denied': { ...RESTRICTION_EVENTS },
};

/** Where `event` leads from `state`, or `undefined` when the table forbids it. */
export function targetOf(state: DsrState, event: DsrEventType): TransitionTarget | undefined {
  return TRANSITION_TABLE[state][event];
}
