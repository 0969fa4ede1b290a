import { retentionTemplate } from '@pledge/retention';
import { definePledgePolicy } from '../policy-config.js';

const SEED = {
  law: 'Planfix Privacy Policy (seed 003, in force from 2023-08-01)',
  confidence: 'primary',
  note: 'The host’s own published promise, not law.',
} as const;

/**
 * Planfix (seed 003): a processor for data in customer accounts, an inactive-account lifecycle,
 * 30-day answers, COPPA (nobody under 13), 30 days' notice of material changes.
 */
export const planfix = definePledgePolicy({
  name: 'planfix',
  title: 'Planfix Privacy Policy',
  source: 'shared/seeds/003_c9271ffe27ce26c1.txt',
  // "Operator: Planfix, Inc., 4445 Eastgate Mall, Suite 200, San Diego, CA 92121, USA".
  controller: { name: 'Planfix, Inc.', country: 'US' },
  serviceDataRole: 'processor',
  purposes: [
    {
      id: 'provide-service',
      title: 'Provide the service',
      legalBasis: 'contract',
      essential: true,
    },
    { id: 'marketing', title: 'Marketing', legalBasis: 'consent' },
    { id: 'analytics', title: 'Analytics integrations', legalBasis: 'legitimate-interests' },
    { id: 'support', title: 'Worldwide support', legalBasis: 'legitimate-interests' },
    { id: 'legal-obligation', title: 'Complying with the law', legalBasis: 'legal-obligation' },
  ],
  purposeDescriptions: {
    'provide-service':
      'To run the accounts customers control (Planfix processes on their instructions).',
    marketing: 'To send marketing, only with consent.',
    analytics: 'To understand use of the service through analytics integrations.',
    support: 'To support users from anywhere in the world.',
    'legal-obligation': 'To comply with legal obligations.',
  },
  data: [
    {
      id: 'account',
      description: 'A customer account and all its data (tasks, contacts, files)',
      source: 'the account owner and its users',
      purposes: ['provide-service', 'support'],
      keptFor:
        'while active; frozen after one month without activity (owner warned a week before); deleted one month after the freeze; a copy kept 180 days, then deleted irreversibly',
    },
    {
      id: 'contact-sync',
      description: 'Contacts synchronised through an integration',
      source: 'the integration',
      purposes: ['provide-service'],
      keptFor:
        'until the administrator deletes the contact; the deletion propagates to the synced copy',
    },
  ],
  cookies: [],
  // 9.2: "the Service currently does not respond to 'Do Not Track' signals".
  doNotTrack: 'ignore',
  retention: {
    // 10.1-10.3: freeze after a month without activity, warning a week before; unfreeze within
    // a month; otherwise deletion; a copy kept for 180 days, then deleted irreversibly.
    rules: [retentionTemplate('planfix-account-lifecycle')],
  },
  dsr: {
    rights: ['access', 'rectification', 'erasure'],
    policy: {
      // 10.5 and 12.2: deletion, access and correction requests are answered within 30 days.
      respondWithin: 'P30D',
      // The promise is made to every user, not only to those a statute covers.
      honourRightsEverywhere: true,
      requestTypes: ['access', 'rectification', 'erasure'],
      citation: { ...SEED, article: '10.5, 12.2' },
    },
    // 2.1-2.4: the Operator is a processor of data in a customer's account; that customer is
    // the controller.
    serviceDataRequests: 'forward-to-controller',
    channels: ['any channel (10.5)'],
    withdrawalRetroactive: false,
  },
  // 14.1: "The Service's policy prohibits knowingly collecting or maintaining Personal Data"
  // from persons under 13 (COPPA).
  age: { policy: { minimumAge: 13 }, deleteChildData: true },
  dataMap: {
    // The seed says support works worldwide but names no hosting or support locations.
    systems: [
      { id: 'planfix-servers', location: 'unknown' },
      { id: 'worldwide-support', location: 'unknown' },
    ],
    flows: [
      {
        id: 'support access',
        from: 'planfix-servers',
        to: 'worldwide-support',
        recipient: { role: 'processor' },
      },
    ],
  },
  notice: {
    consentPolicy: {
      versions: [{ id: 'planfix-2023-08-01', effectiveFrom: '2023-08-01', material: true }],
    },
    advanceNotice: 'P30D',
    channels: ['e-mail', 'in-app notification'],
    archiveOfPreviousVersions: true,
  },
});
