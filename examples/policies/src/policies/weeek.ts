import { definePledgePolicy } from '../policy-config.js';

const SEED = {
  law: 'WEEEK Privacy Policy (seed 000)',
  confidence: 'primary',
  note: 'The host’s own published promise, not law.',
} as const;

/**
 * WEEEK (seed 000): the vendor is the controller of account data; customers control the
 * service data in their workspaces. Headquartered in Russia; eligible customers can pin their
 * workspace to the European data centre.
 */
export const weeek = definePledgePolicy({
  name: 'weeek',
  title: 'WEEEK Privacy Policy',
  source: 'shared/seeds/000_173c458a2f7f3a1e.txt',
  controller: { name: 'WEEEK', country: 'RU' },
  serviceDataRole: 'processor',
  purposes: [
    {
      id: 'provide-service',
      title: 'Provide the service',
      legalBasis: 'contract',
      essential: true,
    },
    { id: 'direct-marketing', title: 'Opt-in direct marketing', legalBasis: 'consent' },
    { id: 'support', title: 'Customer support', legalBasis: 'legitimate-interests' },
    { id: 'marketing', title: 'Marketing to customers', legalBasis: 'legitimate-interests' },
    { id: 'protection', title: 'Protecting the service', legalBasis: 'legitimate-interests' },
    { id: 'analytics', title: 'Analytics', legalBasis: 'legitimate-interests' },
    {
      id: 'legal-claims',
      title: 'Establishing and defending legal claims',
      legalBasis: 'legitimate-interests',
    },
    { id: 'legal-obligation', title: 'Complying with the law', legalBasis: 'legal-obligation' },
    {
      id: 'advertising',
      title: 'Interest-based advertising',
      legalBasis: 'consent',
      tracking: true,
    },
  ],
  purposeDescriptions: {
    'provide-service': 'To provide the services under the customer’s contract.',
    'direct-marketing': 'To send direct marketing where the person opted in.',
    support: 'To answer support requests and keep the service working.',
    marketing: 'To market WEEEK to customers and prospects.',
    protection: 'To protect the service, its users and WEEEK.',
    analytics: 'To understand and improve how the service is used.',
    'legal-claims': 'To establish, exercise or defend legal claims.',
    'legal-obligation': 'To comply with legal obligations.',
    advertising: 'Interest-based advertising through ad partners.',
  },
  data: [
    {
      id: 'account',
      description: 'Account and contact details of customers and users',
      source: 'the person or their customer',
      purposes: ['provide-service', 'support', 'marketing', 'legal-obligation'],
      keptFor:
        'as long as necessary for the purposes; backup copies may persist for additional time',
    },
    {
      id: 'service-data',
      description: 'Content users put in a workspace (the customer controls it)',
      source: 'users of the workspace',
      purposes: ['provide-service'],
      keptFor: 'as the customer (the workspace’s controller) decides',
    },
    {
      id: 'usage',
      description: 'Automatically collected device, log and cookie data',
      source: 'cookies and automated collection',
      purposes: ['analytics', 'protection', 'advertising'],
      keptFor: 'as long as necessary for the purposes',
    },
  ],
  // The seed says the cookies "fall into four basic categories" but the stored text lost their
  // names; these four names are placeholders until the host confirms them.
  cookies: [
    { id: 'essential', purpose: 'provide-service', lifetime: 'session-and-persistent' },
    { id: 'functionality', purpose: 'provide-service', lifetime: 'persistent' },
    { id: 'performance and analytics', purpose: 'analytics', lifetime: 'persistent' },
    { id: 'advertising', purpose: 'advertising', lifetime: 'persistent' },
  ],
  // "We do not respond to browser-based do-not-track signals."
  doNotTrack: 'ignore',
  retention: {
    rules: [
      {
        id: 'weeek-backup-copies',
        scope: { category: 'backup-copy' },
        basis: 'organisational-policy',
        citation: { ...SEED, article: 'How Long We Retain Information' },
        description:
          '"Information may persist in copies made for backup and business continuity purposes for additional time." No period is promised, so the copy is reviewed, never deleted on a date.',
        trigger: { event: 'deleted-from-live' },
        stages: [{ after: 'P0D', action: 'review' }],
      },
    ],
  },
  dsr: {
    rights: [
      'access',
      'rectification',
      'erasure',
      'restriction',
      'objection',
      'portability',
      'withdraw-consent',
    ],
    policy: {
      requestTypes: [
        'access',
        'rectification',
        'erasure',
        'restriction',
        'objection',
        'portability',
        'withdraw-consent',
      ],
    },
    // "To exercise any rights relating to Service Data, Users should contact the relevant
    // administrator for the Workspace associated with the Service Data, not Weeek."
    serviceDataRequests: 'forward-to-controller',
    channels: ['e-mail to the privacy contact'],
    withdrawalRetroactive: false,
  },
  age: { policy: {}, deleteChildData: false },
  dataMap: {
    systems: [
      // The seed says only "our data center located in Europe"; DE is a placeholder the host
      // must replace with the real location.
      { id: 'eu-data-centre', location: 'DE' },
      { id: 'eu-backups', location: 'DE' },
      { id: 'ru-headquarters', location: 'RU' },
      { id: 'us-subprocessors', location: 'US' },
    ],
    flows: [
      {
        id: 'EU workspace backups',
        from: 'eu-data-centre',
        to: 'eu-backups',
        recipient: { role: 'processor' },
      },
      {
        id: 'headquarters to US sub-processors',
        from: 'ru-headquarters',
        to: 'us-subprocessors',
        recipient: { role: 'processor', frameworks: ['privacy-shield'] },
      },
    ],
    // "Eligible Customers can arrange to have their Workspaces stored in our data center located
    // in Europe."
    residency: [{ id: 'eu-pinned-workspace-stays-in-eea', origin: 'EEA', allowedIn: ['EEA'] }],
  },
  notice: {
    // The seed carries no date; the version is dated when the host adopted this configuration.
    consentPolicy: {
      versions: [{ id: 'weeek-2026', effectiveFrom: '2026-01-01', material: true }],
    },
    channels: ['posted on the website'],
    archiveOfPreviousVersions: false,
  },
});
