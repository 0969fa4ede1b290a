import type { BlocMembershipRow } from '../jurisdiction.js';

/**
 * When each country belonged to the EU or the EEA.
 *
 * Each row says that `country` (ISO 3166-1 alpha-2) was a member of `bloc` from
 * `validFrom` to `validTo`. Both dates are ISO `YYYY-MM-DD` and inclusive. A row
 * with no `validTo` is open-ended. EU dates are accession dates to the European
 * Communities. EEA dates are when the EEA Agreement, or a later EEA enlargement
 * agreement, began to apply, counting provisional application. Switzerland is
 * in neither bloc.
 *
 * `citation.confidence` says how the date was checked:
 * - `primary`: seen in the official legal text or on an official or
 *   government site.
 * - `secondary`: seen in a reputable secondary source.
 * - `unverified`: from memory only.
 */
export const BLOC_MEMBERSHIP_ROWS: readonly BlocMembershipRow[] = [
  // --- EU: founding six (EEC Treaty in force 1958-01-01) -------------------
  ...(['BE', 'DE', 'FR', 'IT', 'LU', 'NL'] as const).map(
    (country): BlocMembershipRow => ({
      bloc: 'EU',
      country,
      validFrom: '1958-01-01',
      citation: {
        law: 'Treaty establishing the European Economic Community (Rome, 25 March 1957)',
        article: 'Art. 247',
        url: 'https://www.europarl.europa.eu/about-parliament/en/in-the-past/the-parliament-and-the-treaties/treaty-of-rome',
        confidence: 'primary',
        note: 'European Parliament: entry into force 1 January 1958. The article number is from memory.',
      },
    }),
  ),
  // --- EU: 1973 enlargement -----------------------------------------------
  ...(['DK', 'IE'] as const).map(
    (country): BlocMembershipRow => ({
      bloc: 'EU',
      country,
      validFrom: '1973-01-01',
      citation: {
        law: 'Treaty of Accession 1972 (Denmark, Ireland, Norway, United Kingdom), OJ L 73, 27.3.1972',
        article: 'Art. 2',
        url: 'https://it.m.wikisource.org/wiki/Wikisource:Comunit%C3%A0_europee_ed_Unione_Europea/Adesione',
        confidence: 'secondary',
        note: 'The OJ reference and date come from a Wikisource table; EUR-Lex confirms the year. The article number is from memory.',
      },
    }),
  ),
  {
    bloc: 'EU',
    country: 'GB',
    validFrom: '1973-01-01',
    validTo: '2020-01-31',
    citation: {
      law: 'Treaty of Accession 1972 (OJ L 73, 27.3.1972); withdrawal under Art. 50 TEU and the Withdrawal Agreement (in force 1 Feb. 2020)',
      article: 'Art. 50 TEU',
      url: 'https://eur-lex.europa.eu/summary/glossary/enlargement.html',
      confidence: 'secondary',
      note: 'EUR-Lex: the UK became a third country as of 1 February 2020, so 2020-01-31 was its last day of membership. The accession day comes from a secondary source.',
    },
    note: 'Until 2020-12-31 EU law still applied to the UK under the Withdrawal Agreement transition period. That is modelled as a separate GB row in regimes.ts, not as membership here.',
  },
  // --- EU: 1981 -----------------------------------------------------------
  {
    bloc: 'EU',
    country: 'GR',
    validFrom: '1981-01-01',
    citation: {
      law: 'Treaty of Accession of Greece 1979, OJ L 291, 19.11.1979',
      article: 'Art. 2',
      url: 'https://it.m.wikisource.org/wiki/Wikisource:Comunit%C3%A0_europee_ed_Unione_Europea/Adesione',
      confidence: 'secondary',
      note: 'The article number is from memory. ISO 3166-1 code for Greece is GR (EU protocol code EL).',
    },
  },
  // --- EU: 1986 -----------------------------------------------------------
  ...(['ES', 'PT'] as const).map(
    (country): BlocMembershipRow => ({
      bloc: 'EU',
      country,
      validFrom: '1986-01-01',
      citation: {
        law: 'Treaty of Accession of Spain and Portugal 1985, OJ L 302, 15.11.1985',
        article: 'Art. 2',
        url: 'https://commission.europa.eu/topics/enlargement/together-eu_en',
        confidence: 'primary',
        note: 'European Commission: Spain and Portugal became members on 1 January 1986. The OJ reference comes from Wikisource and the article number is from memory.',
      },
    }),
  ),
  // --- EU: 1995 -----------------------------------------------------------
  ...(['AT', 'FI', 'SE'] as const).map(
    (country): BlocMembershipRow => ({
      bloc: 'EU',
      country,
      validFrom: '1995-01-01',
      citation: {
        law: 'Treaty of Accession 1994 (Austria, Finland, Sweden), OJ C 241, 29.8.1994',
        article: 'Art. 2',
        url: 'https://commission.europa.eu/topics/enlargement/together-eu_en',
        confidence: 'primary',
        note: 'European Commission: joined on 1 January 1995. The OJ reference comes from Wikisource and the article number is from memory.',
      },
    }),
  ),
  // --- EU: 2004 -----------------------------------------------------------
  ...(['CY', 'CZ', 'EE', 'HU', 'LT', 'LV', 'MT', 'PL', 'SI', 'SK'] as const).map(
    (country): BlocMembershipRow => ({
      bloc: 'EU',
      country,
      validFrom: '2004-05-01',
      citation: {
        law: 'Treaty of Accession 2003, OJ L 236, 23.9.2003',
        article: 'Art. 2(2)',
        url: 'https://commission.europa.eu/topics/enlargement/together-eu_en',
        confidence: 'primary',
        note: 'European Commission: the 10 countries joined on 1 May 2004. The OJ reference comes from Wikisource and the article number is from memory.',
      },
    }),
  ),
  // --- EU: 2007 -----------------------------------------------------------
  ...(['BG', 'RO'] as const).map(
    (country): BlocMembershipRow => ({
      bloc: 'EU',
      country,
      validFrom: '2007-01-01',
      citation: {
        law: 'Treaty of Accession 2005 (Bulgaria, Romania), OJ L 157, 21.6.2005',
        article: 'Art. 4(2)',
        url: 'http://www.efta.int/eea/enlargement-of-the-eea',
        confidence: 'primary',
        note: 'EFTA Secretariat: Bulgaria and Romania joined the EU on 1 January 2007. The OJ reference comes from Wikisource and the article number is from memory.',
      },
    }),
  ),
  // --- EU: 2013 -----------------------------------------------------------
  {
    bloc: 'EU',
    country: 'HR',
    validFrom: '2013-07-01',
    citation: {
      law: 'Treaty of Accession of Croatia 2012',
      article: 'Art. 3(3)',
      confidence: 'primary',
      note: 'Council Decision 2014/343/EU (OJ L 170, 11.6.2014), recital 2: "The Republic of Croatia became a Member State of the European Union on 1 July 2013." The treaty article number is from memory.',
    },
  },

  // --- EEA: Agreement in force 1994-01-01 ---------------------------------
  ...(
    [
      'AT',
      'BE',
      'DE',
      'DK',
      'ES',
      'FI',
      'FR',
      'GR',
      'IE',
      'IS',
      'IT',
      'LU',
      'NL',
      'NO',
      'PT',
      'SE',
    ] as const
  ).map(
    (country): BlocMembershipRow => ({
      bloc: 'EEA',
      country,
      validFrom: '1994-01-01',
      citation: {
        law: 'Agreement on the European Economic Area (Porto, 2 May 1992), as adjusted by the Protocol Adjusting the EEA Agreement (OJ L 1, 3.1.1994)',
        article: 'Adjusting Protocol, Art. 1(1)',
        url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:01994A0103(01)-20191214',
        confidence: 'secondary',
        note: 'Entry into force 1 January 1994 per secondary sources and the Austrian RIS version of the Protocol. Not checked in the OJ.',
      },
    }),
  ),
  {
    bloc: 'EEA',
    country: 'GB',
    validFrom: '1994-01-01',
    validTo: '2020-01-31',
    citation: {
      law: 'Agreement on the European Economic Area, as adjusted by the Protocol Adjusting the EEA Agreement (OJ L 1, 3.1.1994)',
      article: 'Adjusting Protocol, Art. 1(1)',
      url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:01994A0103(01)-20191214',
      confidence: 'secondary',
      note: 'GB was an EEA party as an EC member state and left with the EU (last day 2020-01-31).',
    },
    note: 'During the transition period (to 2020-12-31) the Withdrawal Agreement had the UK treated as part of the EEA for EU-law purposes. That is not modelled as membership here.',
  },
  {
    bloc: 'EEA',
    country: 'LI',
    validFrom: '1995-05-01',
    citation: {
      law: 'Decision of the EEA Council No 1/95 of 10 March 1995 on the entry into force of the EEA Agreement for Liechtenstein (OJ L 86, 20.4.1995)',
      article: 'Art. 1',
      url: 'https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=CELEX:21995D0420(01)',
      confidence: 'secondary',
      note: 'The Decision was seen on EUR-Lex, but its date of effect was not visible. The 1 May 1995 date comes from Liechtenstein and secondary sources. The article number is from memory.',
    },
  },
  // --- EEA: 2004 enlargement (provisional application) --------------------
  ...(['CY', 'CZ', 'EE', 'HU', 'LT', 'LV', 'MT', 'PL', 'SI', 'SK'] as const).map(
    (country): BlocMembershipRow => ({
      bloc: 'EEA',
      country,
      validFrom: '2004-05-01',
      citation: {
        law: 'Agreement on the participation of CZ, EE, CY, LV, LT, HU, MT, PL, SI and SK in the EEA (OJ L 130, 29.4.2004); Council Decision 2004/368/EC (provisional application)',
        article: 'Art. 6 (entry into force); provisional application by exchange of letters',
        url: 'https://docslib.org/doc/13148095/enlargement-of-the-eea-page-1-of-3',
        confidence: 'secondary',
        note: 'EFTA Secretariat text: applied provisionally from 1 May 2004, together with the EU Accession Treaty. Formal entry into force was 6 Dec. 2005.',
      },
    }),
  ),
  // --- EEA: 2007 enlargement (provisional application) --------------------
  ...(['BG', 'RO'] as const).map(
    (country): BlocMembershipRow => ({
      bloc: 'EEA',
      country,
      validFrom: '2007-08-01',
      citation: {
        law: 'Agreement on the participation of the Republic of Bulgaria and Romania in the EEA (OJ L 221, 25.8.2007); Council Decision 2007/566/EC (signing and provisional application)',
        article: 'Provisional application by exchange of letters',
        url: 'https://eur-lex.europa.eu/eli/agree_internation/2007/566(4)',
        confidence: 'secondary',
        note: 'Signed 25 July 2007. The 1 August 2007 provisional-application date and the 9 Nov. 2011 entry into force come from a Wikipedia-derived source. Not seen in the OJ.',
      },
      note: 'EU member from 2007-01-01 but outside the EEA until the EEA enlargement agreement applied.',
    }),
  ),
  // --- EEA: Croatia (provisional application) -----------------------------
  {
    bloc: 'EEA',
    country: 'HR',
    validFrom: '2014-04-12',
    citation: {
      law: 'Agreement on the participation of the Republic of Croatia in the EEA (OJ L 170, 11.6.2014); Council Decision 2014/343/EU (signing and provisional application)',
      article: 'Exchanges of letters on provisional application',
      url: 'https://news.belgium.be/fr/node/18035',
      confidence: 'primary',
      note: 'Belgian federal government: signed 11 April 2014 and provisionally in force from 12 April 2014 under exchanges of letters. The letters in the OJ confirm application "from the day following" the last exchange.',
    },
    note: 'EU member from 2013-07-01 but outside the EEA until 2014-04-12.',
  },
];
