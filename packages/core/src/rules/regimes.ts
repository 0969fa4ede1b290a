import type { RegimeRow } from '../regime.js';

/**
 * When each privacy regime applies, and where.
 *
 * Each row says that `regime` applies in `jurisdictions` from `validFrom` to
 * `validTo`. Both dates are ISO `YYYY-MM-DD` and inclusive. A row with no
 * `validTo` is open-ended. Jurisdictions are ISO 3166-1 alpha-2 codes, ISO 3166-2
 * subdivision codes (e.g. `US-CA`, `CA-QC`), or a bloc id (`EU`, `EEA`). Bloc
 * membership has its own dates (see `BLOC_MEMBERSHIP_ROWS`). Rows for the same
 * regime and jurisdiction never overlap.
 *
 * `status` is the row's status today: `pending` means not in force yet, and
 * `repealed` means the row has ended. `citation.confidence` says how the date was
 * checked:
 * - `primary`: seen in the official legal text or on an official or
 *   government site.
 * - `secondary`: seen in a reputable secondary source (law firm, IAPP,
 *   DataGuidance, Wikipedia).
 * - `unverified`: from memory only.
 *
 * This is data, not legal advice.
 */
export const REGIME_ROWS: readonly RegimeRow[] = [
  // --- EU / EEA / UK ------------------------------------------------------
  {
    regime: 'gdpr',
    name: 'General Data Protection Regulation',
    jurisdictions: ['EU'],
    validFrom: '2018-05-25',
    status: 'in-force',
    citation: {
      law: 'Regulation (EU) 2016/679',
      article: 'Art. 99(2)',
      url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
      confidence: 'primary',
    },
  },
  {
    regime: 'gdpr',
    name: 'General Data Protection Regulation',
    jurisdictions: ['IS', 'LI', 'NO'],
    validFrom: '2018-07-20',
    status: 'in-force',
    citation: {
      law: 'EEA Joint Committee Decision No 154/2018 (incorporating Regulation (EU) 2016/679 into Annex XI EEA Agreement)',
      article: 'Entry into force of the JCD',
      url: 'https://www.efta.int/EEA/news/General-Data-Protection-Regulation-GDPR-entered-force-EEA-509576',
      confidence: 'primary',
      note: 'EFTA: JCD adopted 6 July 2018, in force in IS, LI and NO on 20 July 2018. Directive 95/46/EC applied there until then.',
    },
  },
  {
    regime: 'gdpr',
    name: 'General Data Protection Regulation',
    jurisdictions: ['GB'],
    validFrom: '2020-02-01',
    validTo: '2020-12-31',
    status: 'repealed',
    citation: {
      law: 'Agreement on the withdrawal of the United Kingdom from the EU and Euratom (Withdrawal Agreement)',
      article: 'Art. 126 (transition period), Art. 127 (scope of the transition)',
      url: 'https://ico.org.uk/for-organisations/dp-at-the-end-of-the-transition-period/data-protection-and-the-eu-uk-trade-deal/',
      confidence: 'secondary',
      note: 'Dates confirmed by ICO (UK left 31 Jan 2020, transition ended 31 Dec 2020). Art. 127 confirmed by a law firm (Herbert Smith Freehills). The official text of Art. 126 was not seen (the 2018 draft numbered it Art. 121).',
    },
    note: 'Covers the Brexit transition period, when EU law still applied to the UK. The EU bloc row stops covering GB after 2020-01-31. Status is "repealed" because the GDPR stopped applying in GB; the EU did not repeal it.',
  },
  {
    regime: 'uk-gdpr',
    name: 'UK General Data Protection Regulation and Data Protection Act 2018',
    jurisdictions: ['GB'],
    validFrom: '2021-01-01',
    status: 'in-force',
    citation: {
      law: 'UK GDPR (retained by the European Union (Withdrawal) Act 2018, amended by the Data Protection, Privacy and Electronic Communications (Amendments etc) (EU Exit) Regulations 2019, SI 2019/419); Data Protection Act 2018',
      article: 'SI 2019/419 reg. 1(2) and Sch. 1',
      url: 'https://www.legislation.gov.uk/uksi/2019/419',
      confidence: 'primary',
      note: 'legislation.gov.uk: the Sch. 1 amendments came into force on "IP completion day", 31.12.2020 at 11 p.m. UK time. 2021-01-01 is the first full day.',
    },
    note: 'GB only. The Crown dependencies (JE, GG, IM) have their own laws.',
  },
  // --- Switzerland --------------------------------------------------------
  {
    regime: 'ch-fadp',
    name: 'Federal Act on Data Protection (old FADP, 1992)',
    jurisdictions: ['CH'],
    validFrom: '1993-07-01',
    validTo: '2023-08-31',
    status: 'repealed',
    citation: {
      law: 'Bundesgesetz über den Datenschutz vom 19. Juni 1992 (DSG), SR 235.1',
      article: 'Art. 39 (referendum and entry into force)',
      url: 'https://lex.weblaw.ch/lex.php?lex_id=83119&norm_id=235.1&source=SR',
      confidence: 'secondary',
      note: 'Entry into force 1 July 1993 per the annotated SR text (datenschutzgesetze.ch). Weblaw version history shows the old text in force until 31.08.2023.',
    },
  },
  {
    regime: 'ch-fadp',
    name: 'Federal Act on Data Protection (revised FADP / nDSG)',
    jurisdictions: ['CH'],
    validFrom: '2023-09-01',
    status: 'in-force',
    citation: {
      law: 'Bundesgesetz über den Datenschutz vom 25. September 2020 (DSG), SR 235.1',
      article: 'Art. 74 (entry into force set by the Federal Council)',
      url: 'https://digital.swiss/en/action-plan/measures/new-data-protection-act-ndsg',
      confidence: 'primary',
      note: 'Federal Digital Switzerland site: the new FADP, DPO and DPCO entered into force on 1 September 2023. The article number was not seen in the official text.',
    },
  },
  // --- United States ------------------------------------------------------
  {
    regime: 'ccpa',
    name: 'California Consumer Privacy Act (as amended by the CPRA)',
    jurisdictions: ['US-CA'],
    validFrom: '2020-01-01',
    status: 'in-force',
    citation: {
      law: 'Cal. Civ. Code § 1798.100 et seq. (AB 375, Stats. 2018, ch. 55); Proposition 24 (CPRA, 2020)',
      article: '§ 1798.198(a)',
      confidence: 'primary',
      note: 'The verbatim § 1798.198(a) text ("operative January 1, 2020") was seen in a statute reproduction, not on leginfo.ca.gov.',
    },
    note: 'CPRA amendments (Prop 24, approved 2020-11-03) are operative 2023-01-01, with CPPA enforcement from 2023-07-01 (secondary sources).',
  },
  {
    regime: 'coppa',
    name: "Children's Online Privacy Protection Act",
    jurisdictions: ['US'],
    validFrom: '2000-04-21',
    status: 'in-force',
    citation: {
      law: '15 U.S.C. §§ 6501–6506; 16 CFR Part 312 (64 FR 59888, 3 Nov. 1999)',
      article: '16 CFR Part 312 (final rule, DATES)',
      url: 'https://webarchive.library.unt.edu/eot2008/20080917132217/http://www.ftc.gov/os/1999/10/64fr59888.htm',
      confidence: 'primary',
      note: 'Federal Register: "The rule will become effective on April 21, 2000."',
    },
    note: 'Applies across the US, including every state. Amended 2013. The 2025 amendments (90 FR 16918, FR Doc. 2025-05904) were published 2025-04-22, effective 2025-06-23, with compliance due 2026-04-22, except § 312.11(d)(1), (d)(4) and (g) for safe-harbor programs, which have earlier dates.',
  },
  {
    regime: 'us-va-cdpa',
    name: 'Virginia Consumer Data Protection Act',
    jurisdictions: ['US-VA'],
    validFrom: '2023-01-01',
    status: 'in-force',
    citation: {
      law: 'Va. Code Ann. § 59.1-575 et seq. (Title 59.1, Chapter 53)',
      article: '§ 59.1-575 et seq.',
      confidence: 'secondary',
      note: 'Code annotations "(Effective January 1, 2023)" were seen in a mirror of the Code of Virginia, and law firms give the same date. Not checked on law.lis.virginia.gov.',
    },
  },
  {
    regime: 'us-co-cpa',
    name: 'Colorado Privacy Act',
    jurisdictions: ['US-CO'],
    validFrom: '2023-07-01',
    status: 'in-force',
    citation: {
      law: 'Colo. Rev. Stat. § 6-1-1301 et seq. (SB 21-190)',
      article: '§ 6-1-1301 et seq. (L. 2021, ch. 483, § 1)',
      url: 'https://privacy.gtlaw.com/colorado/',
      confidence: 'secondary',
      note: 'The uncertified C.R.S. printout source note reads "effective July 1, 2023".',
    },
  },
  {
    regime: 'us-ct-dpa',
    name: 'Connecticut Data Privacy Act',
    jurisdictions: ['US-CT'],
    validFrom: '2023-07-01',
    status: 'in-force',
    citation: {
      law: 'Conn. Gen. Stat. § 42-515 et seq. (Public Act 22-15, SB 6)',
      article: '§ 42-515 et seq.',
      url: 'https://privacy.gtlaw.com/connecticut/',
      confidence: 'secondary',
      note: 'Amended by Public Act 23-56 (minors and consumer health data), effective over 2023–2024.',
    },
  },
  {
    regime: 'us-tx-dpsa',
    name: 'Texas Data Privacy and Security Act',
    jurisdictions: ['US-TX'],
    validFrom: '2024-07-01',
    status: 'in-force',
    citation: {
      law: 'Tex. Bus. & Com. Code ch. 541 (HB 4, 88th Leg., R.S.)',
      article: '§ 541.001 et seq.',
      url: 'https://www.DataGuidance.com/news/texas-bill-data-privacy-and-security-act-signed',
      confidence: 'secondary',
      note: 'Signed 2023-06-18. The provisions letting consumers use an authorized agent or opt-out signal take effect 2025-01-01.',
    },
  },
  {
    regime: 'us-ut-cpa',
    name: 'Utah Consumer Privacy Act',
    jurisdictions: ['US-UT'],
    validFrom: '2023-12-31',
    status: 'in-force',
    citation: {
      law: 'Utah Code § 13-61-101 et seq. (SB 227, 2022)',
      article: '§ 13-61-101 et seq.',
      url: 'https://le.utah.gov/~2022/bills/sbillint/SB0227.htm',
      confidence: 'secondary',
      note: 'The official bill text says it has a "special effective date" but the date itself was not seen there. 2023-12-31 comes from law firms.',
    },
  },
  // --- Americas (other) ---------------------------------------------------
  {
    regime: 'lgpd',
    name: 'Lei Geral de Proteção de Dados Pessoais',
    jurisdictions: ['BR'],
    validFrom: '2020-09-18',
    status: 'in-force',
    citation: {
      law: 'Lei nº 13.709/2018 (as amended by Lei nº 13.853/2019 and Lei nº 14.010/2020)',
      article: 'Art. 65',
      url: 'https://carvalhoefonseca.com.br/lei-geral-de-protecao-de-dados-pessoais-penalidades-poderao-ser-aplicadas-a-partir-de-agosto',
      confidence: 'secondary',
    },
    note: 'The ANPD provisions (Arts. 55-A to 55-L, 58-A, 58-B) have applied since 2018-12-28. The administrative sanctions (Arts. 52–54) apply only from 2021-08-01 (Lei 14.010/2020).',
  },
  {
    regime: 'pipeda',
    name: 'Personal Information Protection and Electronic Documents Act',
    jurisdictions: ['CA'],
    validFrom: '2001-01-01',
    status: 'in-force',
    citation: {
      law: 'Personal Information Protection and Electronic Documents Act, S.C. 2000, c. 5 (Part 1)',
      article: 'Part 1; s. 30 (phased application)',
      url: 'https://www.priv.gc.ca/leg_c/legislation/02_06_02a_e.asp',
      confidence: 'primary',
      note: 'OPC implementation schedule confirms the dates. The section number (s. 30) is from memory.',
    },
    note: 'Phased: from 2001-01-01 federally regulated businesses and personal information disclosed across provincial or national borders; from 2002-01-01 personal health information too; from 2004-01-01 all commercial activity within a province. Organizations in provinces with "substantially similar" laws (QC, AB, BC) may be exempted for activity inside the province.',
  },
  {
    regime: 'qc-law25',
    name: 'Act respecting the protection of personal information in the private sector (as amended by Law 25)',
    jurisdictions: ['CA-QC'],
    validFrom: '2023-09-22',
    status: 'in-force',
    citation: {
      law: 'CQLR c. P-39.1, as amended by An Act to modernize legislative provisions as regards the protection of personal information, S.Q. 2021, c. 25 (Bill 64)',
      article: 'S.Q. 2021, c. 25, coming-into-force provisions',
      url: 'https://natlawreview.com/article/quebec-s-law-25-many-provisions-take-effect-today',
      confidence: 'secondary',
      note: 'Which section of S.Q. 2021, c. 25 sets the phase dates was not verified.',
    },
    note: 'Main row from the date most obligations took effect (consent, privacy policy, PIAs, transfers outside Québec, penalties). Earlier phase 2022-09-22: privacy officer and confidentiality-incident notification. Later phase 2024-09-22: data portability. Assented 2021-09-22.',
  },
  // --- Asia-Pacific -------------------------------------------------------
  {
    regime: 'pipl',
    name: 'Personal Information Protection Law of the People’s Republic of China',
    jurisdictions: ['CN'],
    validFrom: '2021-11-01',
    status: 'in-force',
    citation: {
      law: 'Personal Information Protection Law of the PRC (adopted 20 Aug. 2021, 13th NPC Standing Committee)',
      article: 'Art. 74',
      url: 'https://iapp.org/resources/article/personal-information-protection-law-peoples-republic-of-china-english-translation/',
      confidence: 'secondary',
      note: 'IAPP and translations give the 2021-11-01 effective date. Not checked on npc.gov.cn.',
    },
    note: 'Mainland China only. Hong Kong (HK) and Macao (MO) have their own laws.',
  },
  {
    regime: 'appi',
    name: 'Act on the Protection of Personal Information',
    jurisdictions: ['JP'],
    validFrom: '2005-04-01',
    status: 'in-force',
    citation: {
      law: 'Act on the Protection of Personal Information (Act No. 57 of 2003)',
      article: 'Supplementary provisions (full enforcement)',
      url: 'https://www.engage.hoganlovells.com/knowledgeservices/news/effective-dates-for-amended-data-privacy-law-in-japan-announced',
      confidence: 'secondary',
      note: 'The header of the Japanese government translation says "Effective April 1, 2005" (seen in a mirror).',
    },
    note: 'The 2015 amendment took effect 2017-05-30. The 2020 amendment took full effect 2022-04-01; higher penalties applied from 2020-12-12 and the opt-out limits from 2021-10-01.',
  },
  {
    regime: 'kr-pipa',
    name: 'Personal Information Protection Act',
    jurisdictions: ['KR'],
    validFrom: '2011-09-30',
    status: 'in-force',
    citation: {
      law: 'Personal Information Protection Act (Act No. 10465, 29 Mar. 2011)',
      article: 'Addenda (enforcement date)',
      url: 'https://database.cyberpolicyportal.org/en/entity/1rwltflh97u',
      confidence: 'secondary',
      note: 'Translation header: "Promulgated on March 29, 2011; Effective on September 30, 2011".',
    },
    note: 'Major amendments: the 2020 "data 3 laws" amendment (promulgated 2020-02-04, effective six months later, i.e. 2020-08-05). The 2023 overhaul took effect 2023-09-15 (PIPC press release); its automated-decision and portability rights were phased from March 2024.',
  },
  {
    regime: 'in-dpdp',
    name: 'Digital Personal Data Protection Act, 2023',
    jurisdictions: ['IN'],
    validFrom: '2027-05-13',
    status: 'pending',
    citation: {
      law: 'Digital Personal Data Protection Act, 2023 (No. 22 of 2023); commencement notification G.S.R. 843(E) of 13.11.2025; DPDP Rules, 2025 (G.S.R. 846(E))',
      article: 's. 1(2); G.S.R. 843(E) (ss. 3–17 and 27–44 from 18 months after publication)',
      url: 'https://www.taxmann.com/post/blog/govt-notifies-commencement-dates-for-dpdp-act',
      confidence: 'secondary',
      note: 'The notification says "eighteen months from the date of publication" (13 Nov. 2025). Secondary sources compute the date as 12, 13 or 14 May 2027. The Gazette text was not seen.',
    },
    note: 'Substantive obligations (notice, consent, fiduciary duties, rights, children, transfers, penalties) start 2027-05-13. In force since 2025-11-13: definitions and the Data Protection Board (ss. 1(2), 2, 18–26, 35, 38–43, 44(1),(3); Rules 1, 2, 17–21). From 2026-11-13: consent managers (s. 6(9), s. 27(1)(d), Rule 4).',
  },
  {
    regime: 'au-privacy-act',
    name: 'Privacy Act 1988 (Cth) — private sector',
    jurisdictions: ['AU'],
    validFrom: '2001-12-21',
    status: 'in-force',
    citation: {
      law: 'Privacy Act 1988 (Cth), as extended by the Privacy Amendment (Private Sector) Act 2000 (Cth)',
      article: 'Privacy Amendment (Private Sector) Act 2000, s. 2 (commencement)',
      url: 'https://lawhandbook.sa.gov.au/ch34s02s01.php',
      confidence: 'secondary',
      note: 'Royal Assent was 21 Dec. 2000. The Act commences 12 months after assent or on 1 July 2001, whichever is later. The SA Law Handbook gives 21 Dec. 2001, but the Attorney-General’s press release of 22 Dec. 2000 says "22 December 2001". The date may be one day off.',
    },
    note: 'The National Privacy Principles were replaced by the Australian Privacy Principles on 2014-03-12. The Privacy and Other Legislation Amendment Act 2024 received Royal Assent on 2024-12-10 and most provisions applied from the next day. Its statutory tort for serious invasions of privacy applied by 2025-06-10, and its automated-decision transparency duties start on 2026-12-10 or 2026-12-11 (sources differ).',
  },
];
