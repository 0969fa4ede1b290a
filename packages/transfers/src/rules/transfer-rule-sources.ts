/*
 * Where each transfer rule row comes from (docs/research/transfers.md): the URL of the source
 * seen and a note on which part of the row is primary, which date was not seen and scope
 * limits. Kept apart from the rows so that the main entry, which a browser bundles, carries
 * only law, article, confidence and dates; '@pledge/transfers/sources' puts them back. Keys are
 * row ids ('TransferRuleRow.id', 'params.rule' of a decision's reasons). A row without an entry
 * has neither a URL nor a note.
 */

type Source = { readonly url?: string; readonly note?: string };

// DPA 2018 Sch. 21 para 5, as listed by Handley Gill (the UK's deemed adequacy regulations).
const UK_DEEMED = 'https://handleygill.co.uk/uk-adequacy-regulations';
// Annex 1 to the Swiss DPO as published by the Federal Office of Justice.
const SWISS_ANNEX_1 =
  'https://www.bj.admin.ch/bj/en/home/staat/datenschutz/internationales/anerkennung-staaten.html';
// Steiger Legal's reproduction of the Swiss list (entries not seen on the official page).
const SWISS_ANNEX_1_MIRROR = 'https://steigerlegal.ch/2022/09/10/ndsg-schweiz-staatenliste/';

/** The same source for several rows, as entries of {@link TRANSFER_RULE_SOURCES}. */
function shared(ids: readonly string[], source: Source): Record<string, Source> {
  return Object.fromEntries(ids.map((id) => [id, source]));
}

/** Source URL and note by row id. */
export const TRANSFER_RULE_SOURCES: Readonly<Record<string, Source>> = {
  // EU/EEA adequacy, US frameworks, Brexit periods (eu-adequacy.ts).
  'eu-adequacy-ch': {
    url: 'http://data.europa.eu/eli/dec/2000/518/2016-12-17',
    note: 'validFrom = adoption date; date of effect not checked.',
  },
  'eu-adequacy-ca': {
    url: 'https://eur-lex.europa.eu/legal-content/en/ALL/?uri=CELEX:32002D0002',
  },
  'eu-adequacy-ar': { url: 'http://data.europa.eu/eli/dec/2003/490/2016-12-17' },
  'eu-adequacy-gg': { note: 'Number primary; date not seen.' },
  'eu-adequacy-im': { note: 'Date seen on a mirror only.' },
  'eu-adequacy-fo': {
    url: 'https://www.dat.fo/english',
    note: 'Excludes Danish state authorities in the Faroes.',
  },
  'eu-adequacy-ad': { url: 'http://data.europa.eu/eli/dec/2010/625/oj' },
  'eu-adequacy-il': { note: 'Automated transfers only.' },
  'eu-adequacy-uy': {
    url: 'http://data.europa.eu/eli/dec_impl/2012/484/oj',
    note: 'Automated processing only.',
  },
  'eu-adequacy-jp': { url: 'https://www.legislation.gov.uk/eudn/2019/419/body/2020-01-31' },
  'eu-adequacy-kr': {
    url: 'https://cnpd.public.lu/en/actualites/international/2021/12/adequacy-south-korea.html',
  },
  'eu-gb-tca-bridge': {
    url: 'https://technologyquotient.freshfields.com/post/102gnzn/data-protection-under-the-eu-uk-trade-cooperation-agreement',
    note: 'IS/LI/NO only if they notified (not checked).',
  },
  'eu-adequacy-gb-2021': {
    note: 'Excluded UK immigration-control transfers; lapsed at its sunset.',
  },
  'eu-adequacy-gb-extension': { note: 'Six-month technical extension; act number unverified.' },
  'eu-adequacy-gb-2025': {
    url: 'https://www.dpocentre.com/news/eu-renews-uk-personal-data-adequacy-decisions',
    note: 'OJ reference and day of effect unverified.',
  },
  'eu-us-safe-harbour': { note: 'Invalidated 2015-10-06 (primary); adoption date unverified.' },
  'eu-us-privacy-shield': {
    url: 'https://www.privacyshield.gov/article?id=Swiss-U-S-Privacy-Shield-FAQs',
    note: 'Invalidated 2020-07-16, no grace period.',
  },
  'eu-us-dpf': {
    url: 'https://eur-lex.europa.eu/eli/C/2025/6610/oj/eng',
    note: 'Appeal C-703/25 P pending.',
  },
  'eu-adequacy-br': { note: 'Day of effect unverified; not yet in the EEA Agreement.' },

  // EU/EEA mechanisms (mechanisms.ts).
  'eu-scc-2021': {
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=OJ:L:2021:199:FULL',
    note: 'OJ text primary; date of effect secondary.',
  },
  'eu-scc-2010': { note: 'Transition dates secondary; adoption dates unverified.' },
  'eu-derogation': { url: 'https://gdprhub.eu/index.php?title=Article_49_GDPR' },

  // UK (uk-rules.ts).
  ...shared(
    [
      'uk-adequacy-eea',
      'uk-adequacy-gi',
      'uk-adequacy-ch',
      'uk-adequacy-ca',
      'uk-adequacy-ar',
      'uk-adequacy-gg',
      'uk-adequacy-im',
      'uk-adequacy-je',
      'uk-adequacy-ad',
      'uk-adequacy-il',
      'uk-adequacy-uy',
      'uk-adequacy-nz',
      'uk-adequacy-jp',
    ],
    { url: UK_DEEMED },
  ),
  'uk-adequacy-kr': { url: 'https://legislation.gov.uk/uksi/2022/1213/data.html' },
  'uk-us-dpf-extension': { url: 'https://legislation.gov.uk/uksi/2023/1028/data.html' },

  // Switzerland (swiss-rules.ts).
  ...shared(['ch-adequacy-eea', 'ch-adequacy-ad', 'ch-adequacy-ar'], { url: SWISS_ANNEX_1 }),
  'ch-adequacy-ca': { url: SWISS_ANNEX_1, note: 'Entry primary; PIPEDA condition cut off.' },
  ...shared(
    [
      'ch-adequacy-fo',
      'ch-adequacy-gi',
      'ch-adequacy-gb',
      'ch-adequacy-gg',
      'ch-adequacy-im',
      'ch-adequacy-il',
      'ch-adequacy-je',
      'ch-adequacy-mc',
      'ch-adequacy-nz',
      'ch-adequacy-uy',
    ],
    { url: SWISS_ANNEX_1_MIRROR },
  ),
  'ch-us-privacy-shield': {
    url: 'https://www.admin.ch/gov/en/start/documentation/media-releases.msg-id-80318.html',
    note: 'End primary; start date not researched.',
  },
  'ch-us-dpf': {
    url: 'https://www.walderwyss.com/en/news/2024-08-14_federal-council-swiss-us-data-privacy-framework-in-force-on-15-september-2024',
  },
  'ch-scc-2021': { note: 'Needs Swiss adaptations.' },
  'ch-scc-2010': { note: 'End secondary; start not researched.' },

  // Russia, China, India (localisation.ts).
  'ru-localisation': { url: 'https://alrud.com/publications/67c1d04a65f98599dd03928e' },
  'ru-foreign-database-ban': {
    url: 'https://b1.ru/en/insights/law-messenger/localization-of-personal-data-of-russian-citizens-6-march-2025/',
  },
  'ru-cross-border-notice': { url: 'https://vm2-1.rkn.gov.ru/press/news/news74664.htm' },
  'cn-pipl': { note: 'Effective date unverified.' },
  'cn-2024-provisions': {
    url: 'https://fangdalaw.com/articles/china-promulgated-the-provisions-on-promoting-and-standardizing-cross-border-data-flows',
    note: 'Article numbers unverified; boundary wording ambiguous.',
  },
  'in-dpdp-s16': { note: 'Commencement day unverified; no negative list notified.' },
};
