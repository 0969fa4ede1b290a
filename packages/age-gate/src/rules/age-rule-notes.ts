/*
 * Notes on the sources of the age table: disagreements between sources, dates not seen,
 * scope limits (docs/research/age-thresholds.md). They are kept apart from the rows so that a
 * host that only calls 'checkAge' does not bundle them; 'ageRules()', 'pendingAgeRules()' and
 * 'ageRuleNotes()' put them back for display and audit. Keys are row ids
 * ('jurisdiction:scope:threshold:validFrom', 'pending' for a proposal without a start date).
 */

const DATE_UNVERIFIED = '(Date unverified.) The GDPR default of 16 applied before.';

/** Source notes by row id, for rows in force or dated and for pending proposals. */
export const AGE_RULE_NOTES: Readonly<Record<string, string>> = {
  'EU:information-society-service:16:2018-05-25':
    'Default of 16 until a national derogation (13 to 15) takes effect.',
  'AT:information-society-service:14:2018-05-25':
    'DataGuidance: 14 also applies to consent outside ISS. (Date unverified.)',
  'BE:information-society-service:13:2018-09-05': DATE_UNVERIFIED,
  'BG:all-processing:14:2019-03-02':
    'Applies to consent-based processing in general. One list cites art. 25b.',
  'CY:information-society-service:14:2018-07-31': DATE_UNVERIFIED,
  'CZ:information-society-service:15:2019-04-24': DATE_UNVERIFIED,
  'DK:information-society-service:15:2024-01-01':
    'Transitional § 3(2): consents given before 2024-01-01 stay under the old rules. Enacted law number not seen.',
  'FI:information-society-service:13:2019-01-01': DATE_UNVERIFIED,
  'FR:information-society-service:15:2018-06-21':
    'Joint consent of minor and parent. (Date unverified.) The GDPR default of 16 applied before.',
  'GR:information-society-service:15:2019-08-29': DATE_UNVERIFIED,
  'IE:information-society-service:16:2018-05-25': '(Commencement date unverified.)',
  'IT:information-society-service:14:2018-09-19': DATE_UNVERIFIED,
  'LV:information-society-service:13:2018-07-05': DATE_UNVERIFIED,
  'LT:information-society-service:14:2018-07-16':
    'A March 2018 (pre-adoption) press item listed 16; the Commission SWD says 14.',
  'PT:information-society-service:13:2019-08-09': DATE_UNVERIFIED,
  'SI:information-society-service:15:2023-01-26':
    'A provider may set a higher age in its terms, and that age prevails.',
  'ES:information-society-service:14:2018-12-07': DATE_UNVERIFIED,
  'LI:information-society-service:16:2018-07-20': 'Default 16 assumed until the DSG is checked.',
  'GB:information-society-service:13:2018-05-25':
    'Children’s Wellbeing and Schools Act 2026 s. 72 allows regulations to raise it (13-16); none found.',
  'GB:likely-accessed-by-children:18:2020-09-02': 'Transition year: conformance not yet expected.',
  'GB:likely-accessed-by-children:18:2021-09-02':
    'A statutory code the ICO takes into account when enforcing UK GDPR and PECR.',
  'CH:all-processing:none:2023-09-01':
    'No fixed age: a minor with capacity of judgement consents; assessed case by case.',
  'US:online-service:13:2000-04-21': 'The 1999 rule’s consent methods are not tabulated here.',
  'US:online-service:13:2013-07-01':
    'Email plus only where the child’s data is not disclosed. Face match to photo ID was approved under 312.12 at a date not confirmed here.',
  'US:online-service:13:2026-04-22':
    'Effective 2025-06-23 (Perkins Coie: June 21); compliance date 2026-04-22. Codification of KBA and face match unverified; text plus confirmed.',
  'US-CA:sale:16:2020-01-01':
    'Ages 13-15 opt in themselves; applies on actual knowledge of age. (Date unverified.)',
  'US-CA:sale-or-share:16:2023-01-01':
    'Both tiers are in subdivision (c). (CPRA operative date unverified.)',
  'US-CA:likely-accessed-by-children:18:2024-07-01':
    'NetChoice v. Bonta: 9th Cir. 2026-03-12 vacated the whole-Act injunction and remanded; high-privacy defaults unclear.',
  'US-FL:social-media:14:2025-11-25':
    'Platforms with addictive features. 11th Cir. stayed the injunction 2025-11-25; appeal pending.',
  'US-UT:social-media:18:2024-10-01': 'NetChoice v. Reyes PI 2024-09-10; 10th Cir. appeal pending.',
  'US-AR:social-media:18:2023-09-01':
    'Permanently enjoined 2025-03-31 (NetChoice v. Griffin). (Date unverified.)',
  'US-LA:social-media:16:2024-07-01':
    'Permanent injunction Dec 2025 seen; threshold and date not confirmed.',
  'US-MS:social-media:18:2024-07-01':
    '5th Cir. stayed the injunction; SCOTUS denied vacatur 2025-08-14.',
  'US-TX:app-store:18:2026-01-01': 'PI 2025-12-23 (W.D. Tex.); appeal pending.',
  'BR:all-processing:12:2020-09-18':
    'Child = under 12; adolescents (12-17) have no consent gate but a best-interest duty. (Date unverified.)',
  'BR:social-media:16:2026-03-17':
    'Six-month vacatio via MP 1.319/2025 (conversion unconfirmed); 2026-03-17 vs 03-18 unverified.',
  'CN:all-processing:14:2021-11-01': 'Art. 31 text not seen verbatim. (Date unverified.)',
  'KR:all-processing:14:2011-09-30': 'Predecessor rule; article number and dates not confirmed.',
  'KR:all-processing:14:2023-09-15': '(Date unverified.)',
  'IN:all-processing:18:2027-05-13':
    '18 months after notification on 2025-11-13; GetAstra says 2027-05-14. The earlier day is used.',
  'CA-QC:all-processing:14:2022-09-22':
    'Unless collection is clearly for the minor’s benefit. (Date unverified.)',
  'CA:all-processing:13:2019-01-01':
    'Guidance, not statute: PIPEDA has no fixed age; the OPC “under 13” position was not seen.',
  'AU:social-media:16:2025-12-10':
    'No parental-consent exception. The 2025-12-10 start is from eSafety statements (secondary). Gaming and messaging excluded.',
  // Pending proposals (pending-legislation.ts).
  'ES:information-society-service:16:pending':
    'In Congress since 2025-04-11; enactment not confirmed.',
  'PT:social-media:16:pending': 'Approved in general vote 2026-02-12; under-13s would be barred.',
  'NO:information-society-service:15:pending': 'Consultation (2025) proposing 13 to 15.',
  'DK:social-media:15:pending': 'News reports only; parents could allow access from 13.',
  'AU:likely-accessed-by-children:18:pending':
    'Code must be registered by 2026-12-10; commencement not set.',
};
