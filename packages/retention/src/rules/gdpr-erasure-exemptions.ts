import type { Citation } from '@pledge/core';

/**
 * GDPR Art. 17(3)(b): the right to erasure does not apply to the extent that processing is
 * necessary "for compliance with a legal obligation which requires processing by Union or
 * Member State law to which the controller is subject". Data kept under a legal-obligation
 * retention rule is exempt while the rule's minimum runs.
 */
export const GDPR_ART_17_3_B: Citation = Object.freeze({
  law: 'Regulation (EU) 2016/679 (GDPR)',
  article: 'Art. 17(3)(b)',
  url: 'https://www.law-reg.org/gdpr-en/regulations/exemptions-from-the-application-of-article-17-paragraph-1-and-2',
  confidence: 'secondary',
  note: 'Verbatim text on a secondary site (research notes, retention-templates.md).',
});

/**
 * GDPR Art. 17(3)(e): no erasure where the data is needed "for the establishment, exercise or
 * defence of legal claims". Modelled as a legal hold with no fixed end: it lasts until the
 * proceedings, including appeals, are over.
 */
export const GDPR_ART_17_3_E: Citation = Object.freeze({
  law: 'Regulation (EU) 2016/679 (GDPR)',
  article: 'Art. 17(3)(e)',
  url: 'https://www.law-reg.org/gdpr-en/regulations/exemptions-from-the-application-of-article-17-paragraph-1-and-2',
  confidence: 'secondary',
  note: 'A 2026 Dutch judgment (lawyours.news, secondary) held that the exception covers the whole proceedings, including appeals.',
});
