import { retentionTemplate } from '@pledge/retention';
import { definePledgePolicy } from '../policy-config.js';

/**
 * The website privacy statement (seed 001): server logs for 14 days, non-essential cookies
 * only with prior consent, rights by support ticket, an archive of earlier versions.
 */
export const website = definePledgePolicy({
  name: 'website',
  title: 'Website privacy statement',
  source: 'shared/seeds/001_4499aa0b5e221683.txt',
  // The statement names neither the operator nor its country.
  controller: { name: 'The website operator', country: 'unknown' },
  serviceDataRole: 'controller',
  purposes: [
    {
      id: 'website-operation',
      title: 'Operating the website',
      legalBasis: 'legitimate-interests',
      essential: true,
    },
    // "The processing of non-essential cookies (analytics, reporting, marketing) requires your
    // consent": opt-in for every visitor, also where the law would allow an opt-out.
    {
      id: 'analytics',
      title: 'Analytics',
      legalBasis: 'consent',
      optInEverywhere: true,
      consentMode: ['analytics_storage'],
    },
    { id: 'reporting', title: 'Reporting', legalBasis: 'consent', optInEverywhere: true },
    {
      id: 'marketing',
      title: 'Marketing',
      legalBasis: 'consent',
      optInEverywhere: true,
      tracking: true,
      // Advertising cookies pass browsing data to ad networks for cross-context behavioural
      // advertising: "sharing" under the CCPA (Cal. Civ. Code § 1798.140(ah)(1); confidence
      // secondary: the definition as quoted verbatim by privacylawmap.com and trydatacops.com,
      // the statute itself not opened), so a binding Global Privacy Control signal turns them
      // off for California visitors.
      saleOrSharing: true,
      consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
    },
    { id: 'testimonials', title: 'Customer stories and testimonials', legalBasis: 'consent' },
  ],
  purposeDescriptions: {
    'website-operation':
      'To deliver the site, keep it secure and analyse outages (legitimate interest).',
    analytics: 'To measure how the site is used, only with prior consent.',
    reporting: 'To report on campaigns, only with prior consent.',
    marketing: 'To market to visitors, only with prior consent.',
    testimonials: 'To publish customer stories with the customer’s explicit consent.',
  },
  data: [
    {
      id: 'server-log',
      description:
        'Server log files: IP address, time, time-zone offset, page, status, bytes, referrer, browser, operating system, language',
      source: 'the visitor’s browser',
      purposes: ['website-operation'],
      keptFor: '14 days',
    },
    {
      id: 'cookie-data',
      description: 'Data read and written through cookies',
      source: 'the visitor’s browser',
      purposes: ['website-operation', 'analytics', 'reporting', 'marketing'],
      keptFor:
        'session cookies until the browser closes; persistent cookies for their set lifetime',
    },
  ],
  cookies: [
    { id: 'strictly necessary', purpose: 'website-operation', lifetime: 'session' },
    { id: 'analytics', purpose: 'analytics', lifetime: 'persistent' },
    { id: 'reporting', purpose: 'reporting', lifetime: 'persistent' },
    { id: 'marketing', purpose: 'marketing', lifetime: 'persistent' },
  ],
  doNotTrack: 'ignore',
  retention: {
    // "Collected data is stored for 14 days."
    rules: [retentionTemplate('host-server-logs-14d')],
  },
  dsr: {
    rights: [
      'access',
      'erasure',
      'rectification',
      'portability',
      'restriction',
      'objection',
      'withdraw-consent',
    ],
    policy: {},
    serviceDataRequests: 'vendor',
    // "Please direct all requests ... to us via a support ticket."
    channels: ['support ticket'],
    withdrawalRetroactive: false,
  },
  age: { policy: {}, deleteChildData: false },
  dataMap: { systems: [{ id: 'web-server', location: 'unknown' }], flows: [] },
  notice: {
    consentPolicy: {
      versions: [{ id: 'website-2026', effectiveFrom: '2026-01-01', material: true }],
    },
    // "Significant changes will be communicated via visible updates on service homepages, login
    // displays, or email. An archive of previous versions of this privacy policy ..."
    channels: ['this page', 'service homepages', 'login displays', 'e-mail'],
    archiveOfPreviousVersions: true,
  },
});
