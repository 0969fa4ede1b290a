import { retentionTemplate } from '@pledge/retention';
import { definePledgePolicy } from '../policy-config.js';

const SEED = {
  law: 'James PRO privacyverklaring (seed 004, effective 2018-05-25)',
  confidence: 'primary',
  note: 'The host’s own published promise, not law.',
} as const;

/**
 * James PRO (seed 004, Dutch): delete or anonymise, isolate backups, restriction while a request
 * is disputed, storage in the Netherlands and the United States under the Privacy Shield.
 */
export const jamesPro = definePledgePolicy({
  name: 'james-pro',
  title: 'James PRO privacy statement',
  source: 'shared/seeds/004_1b212b897d6b55dc.txt',
  controller: { name: 'James PRO', country: 'NL' },
  serviceDataRole: 'controller',
  purposes: [
    {
      id: 'provide-service',
      title: 'Necessary for the service',
      legalBasis: 'contract',
      essential: true,
    },
    {
      id: 'improve-and-secure',
      title: 'Improve and secure the service',
      legalBasis: 'legitimate-interests',
    },
    { id: 'marketing', title: 'Marketing', legalBasis: 'consent' },
    { id: 'cookies-analytics', title: 'Cookie-derived analytics', legalBasis: 'consent' },
    {
      id: 'legal-obligation',
      title: 'Legal obligations and disputes',
      legalBasis: 'legal-obligation',
    },
  ],
  purposeDescriptions: {
    'provide-service': 'To provide the service the account was opened for.',
    'improve-and-secure':
      'To improve and secure the service (legitimate interest; you may object).',
    marketing: 'To send marketing until you ask us to stop.',
    'cookies-analytics': 'To analyse use through cookies.',
    'legal-obligation': 'To meet legal obligations and resolve disputes.',
  },
  data: [
    {
      id: 'account',
      description: 'Account, profile, forms, support and payment details (IBAN, billing contact)',
      source: 'the person, their organisation’s admin, Google sign-in',
      purposes: ['provide-service', 'legal-obligation'],
      keptFor: 'until the account is deleted; some data longer for legal obligations and disputes',
    },
    {
      id: 'content',
      description: 'Content shared with the team',
      source: 'the person',
      purposes: ['provide-service'],
      keptFor: 'stays visible to the team after deactivation',
    },
    {
      id: 'usage',
      description: 'Usage, device, IP-derived location and cookie data',
      source: 'automated collection',
      purposes: ['improve-and-secure', 'cookies-analytics'],
      keptFor: 'a reasonable period',
    },
    {
      id: 'marketing-preferences',
      description: 'Marketing preferences',
      source: 'the person',
      purposes: ['marketing'],
      keptFor: 'until the person asks to delete them',
    },
  ],
  cookies: [{ id: 'analytics', purpose: 'cookies-analytics', lifetime: 'persistent' }],
  doNotTrack: 'ignore',
  retention: {
    rules: [
      // "we will delete or anonymise your data or, where that is not possible (for example
      // because the information is stored in backup archives), store it securely and isolate it
      // from any further use until deletion is possible."
      retentionTemplate('james-pro-backup-isolation'),
      {
        id: 'james-pro-account',
        scope: { category: 'account' },
        basis: 'contract',
        citation: { ...SEED, article: 'Hoe lang we informatie bewaren' },
        description: 'Account data until the account is deleted; then delete or anonymise.',
        trigger: { event: 'account-closed' },
        stages: [{ after: 'P0D', action: 'anonymize' }],
      },
    ],
  },
  dsr: {
    rights: ['access', 'objection', 'erasure', 'restriction', 'portability', 'withdraw-consent'],
    policy: {},
    serviceDataRequests: 'vendor',
    channels: ['e-mail to the privacy contact'],
    withdrawalRetroactive: false,
  },
  // "Our services are not directed at persons under 16 ... we will take steps to delete it."
  age: { policy: { minimumAge: 16 }, deleteChildData: true },
  dataMap: {
    // "We store that information mainly in the Netherlands and the United States."
    systems: [
      { id: 'nl-hosting', location: 'NL' },
      { id: 'us-hosting', location: 'US' },
    ],
    flows: [
      {
        id: 'NL to US hosting',
        from: 'nl-hosting',
        to: 'us-hosting',
        exporterRole: 'controller',
        recipient: { role: 'processor', frameworks: ['privacy-shield'] },
      },
    ],
  },
  notice: {
    consentPolicy: {
      versions: [{ id: 'james-pro-2018-05-25', effectiveFrom: '2018-05-25', material: true }],
    },
    channels: ['prominent notice on the service'],
    archiveOfPreviousVersions: true,
  },
});
