import { definePledgePolicy } from '../policy-config.js';

const SEED = {
  law: 'Workpex Privacy Policy (seed 002)',
  confidence: 'primary',
  note: 'The host’s own published promise, not law.',
} as const;

/**
 * Workpex (seed 002): rights honoured for everyone regardless of residence, only people aged 16
 * or older, 30 days' advance notice of changes that affect rights.
 */
export const workpex = definePledgePolicy({
  name: 'workpex',
  title: 'Workpex Privacy Policy',
  source: 'shared/seeds/002_1e3089f3f6354ca8.txt',
  // The policy does not say where Workpex is established or hosts data.
  controller: { name: 'Workpex', country: 'unknown' },
  serviceDataRole: 'processor',
  // "Only with consent" is promised to everyone, so these purposes are opt-in everywhere, also
  // where a US state law would allow an opt-out.
  purposes: [
    {
      id: 'provide-service',
      title: 'Provide the service',
      legalBasis: 'contract',
      essential: true,
    },
    { id: 'payment', title: 'Take payment', legalBasis: 'contract' },
    {
      id: 'store-full-card',
      title: 'Store the full card number (encrypted)',
      legalBasis: 'consent',
      optInEverywhere: true,
    },
    {
      id: 'testimonials',
      title: 'Publish testimonials after review',
      legalBasis: 'consent',
      optInEverywhere: true,
    },
    { id: 'marketing-email', title: 'Marketing e-mail', legalBasis: 'consent' },
    { id: 'transactional-email', title: 'Transactional e-mail', legalBasis: 'contract' },
    {
      id: 'mapping',
      title: 'Show locations on a map',
      legalBasis: 'consent',
      optInEverywhere: true,
    },
    {
      id: 'mobile-permissions',
      title: 'Camera, microphone, contacts, photos and files on mobile',
      legalBasis: 'consent',
      optInEverywhere: true,
    },
  ],
  purposeDescriptions: {
    'provide-service': 'To provide the account and the service.',
    payment: 'To charge for the service; only the last four digits of the card are kept.',
    'store-full-card': 'To keep the full card number, encrypted, only with consent.',
    testimonials: 'To publish a testimonial, only with consent and after review.',
    'marketing-email': 'To send marketing e-mail until the person unsubscribes.',
    'transactional-email':
      'To send e-mail about the account; unsubscribing from marketing does not stop it.',
    mapping: 'To show locations on a map; shared only with mapping providers.',
    'mobile-permissions':
      'To use device features the person enabled; revocable in the device settings.',
  },
  data: [
    {
      id: 'account',
      description:
        'Name, contact details, company, country, username, password; optionally photo, time zone, language',
      source: 'the person at signup',
      purposes: ['provide-service', 'transactional-email', 'marketing-email'],
      keptFor: 'while the account exists',
    },
    {
      id: 'payment-card',
      description: 'Cardholder name, billing address, expiry date and the last four digits only',
      source: 'the person at checkout',
      purposes: ['payment'],
      keptFor: 'while the subscription is paid by this card',
    },
    {
      id: 'full-card-number',
      description: 'The full card number, encrypted',
      source: 'the person, with consent',
      purposes: ['store-full-card'],
      keptFor: 'until consent is withdrawn',
    },
    {
      id: 'location',
      description: 'Device location',
      source: 'the mobile app, with permission',
      purposes: ['mapping'],
      keptFor: 'until the permission is revoked',
    },
    {
      id: 'service-data',
      description: 'Data customers put into the service (the customer owns it)',
      source: 'the customer',
      purposes: ['provide-service'],
      keptFor: 'until the customer deletes it',
    },
  ],
  cookies: [],
  doNotTrack: 'ignore',
  retention: {
    rules: [
      {
        id: 'workpex-child-data',
        scope: { category: 'child-data' },
        basis: 'organisational-policy',
        citation: { ...SEED, article: 'Children' },
        description: '"[We] will remove any information provided by children below 16 years."',
        trigger: { event: 'child-discovered' },
        stages: [{ after: 'P0D', action: 'delete' }],
      },
    ],
  },
  dsr: {
    rights: [
      'access',
      'rectification',
      'erasure',
      'restriction',
      'portability',
      'objection',
      'withdraw-consent',
    ],
    policy: {
      // "Regardless of your place of residence, we promise to honor these same rights": read as
      // the GDPR's own answer period (Art. 12(3): one month) for everyone.
      honourRightsEverywhere: true,
      respondWithin: 'P1M',
      citation: {
        ...SEED,
        article: 'Your rights',
        note: 'Same rights as EEA residents for everyone; the one-month period is the GDPR Art. 12(3) period those rights carry.',
      },
    },
    serviceDataRequests: 'vendor',
    channels: ['e-mail to the privacy contact'],
    withdrawalRetroactive: false,
  },
  // "We only collect personal information from individuals 16 years or older and will remove any
  // information provided by children below 16 years."
  age: { policy: { minimumAge: 16 }, deleteChildData: true },
  dataMap: {
    systems: [
      { id: 'workpex-app', location: 'unknown' },
      { id: 'mapping-provider', location: 'unknown' },
    ],
    flows: [
      {
        id: 'location to mapping provider',
        from: 'workpex-app',
        to: 'mapping-provider',
        recipient: { role: 'processor' },
        dataCategories: ['location'],
      },
    ],
  },
  notice: {
    consentPolicy: {
      versions: [{ id: 'workpex-2026', effectiveFrom: '2026-01-01', material: true }],
    },
    // "provide at least 30 days' advance notice if it affects your rights"
    advanceNotice: 'P30D',
    channels: ['notification of significant changes'],
    archiveOfPreviousVersions: false,
  },
});
