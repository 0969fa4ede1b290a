/*
 * Where each row of the age table comes from: the law's full title where the table cites a
 * short one, the URL of the source seen, and a note on disagreements between sources, dates not
 * seen, scope limits and remarks such as "no derogation in the BDSG"
 * (docs/research/age-thresholds.md). Kept apart from the rows so that the main entry, which a
 * browser bundles, carries only short title, article, confidence and dates;
 * '@pledge/age-gate/sources' puts them back. Keys are row ids ('jurisdiction:scope:threshold:validFrom', 'pending' for a
 * proposal without a start date).
 */

const BIRD_BIRD =
  'https://www.twobirds.com/en/capabilities/practices/privacy-and-data-protection/general-data-protection-regulation/gdpr-tracker/children';
const DATAGUIDANCE = 'https://platform.dataguidance.com/opinion/eu-age-consent-children';
const GDPRHUB_BG = 'https://gdprhub.eu/index.php?title=Data_Protection_in_Bulgaria';
const DK_L79 = 'https://ft.dk/samling/20231/lovforslag/l79/20231_l79_som_fremsat.htm';
const BIRD_BIRD_IN_FOCUS =
  'https://www.twobirds.com/en/in-focus/general-data-protection-regulation/gdpr-tracker/children';
// The European Commission's 2020 GDPR evaluation (SWD) table, as reproduced by kuan0.
const COMMISSION_SWD = 'https://blog.kuan0.com/2020/06/';
const GDPR = 'Regulation (EU) 2016/679 (GDPR)';
const DATE_UNVERIFIED = '(Date unverified.) The GDPR default of 16 applied before.';

/** Full title, source URL and note by row id, for dated rows and pending proposals. */
export const AGE_RULE_SOURCES: Readonly<
  Record<string, { readonly law?: string; readonly url?: string; readonly note?: string }>
> = {
  'EU:information-society-service:16:2018-05-25': {
    law: GDPR,
    note: 'Default of 16 until a national derogation (13 to 15) takes effect.',
  },
  'AT:information-society-service:14:2018-05-25': {
    law: 'Datenschutzgesetz (DSG)',
    url: DATAGUIDANCE,
    note: 'DataGuidance: 14 also applies to consent outside ISS. (Date unverified.)',
  },
  'BE:information-society-service:13:2018-09-05': {
    law: 'Loi du 30 juillet 2018 relative à la protection des personnes physiques',
    url: DATAGUIDANCE,
    note: DATE_UNVERIFIED,
  },
  'BG:information-society-service:16:2018-05-25': {
    law: GDPR,
    note: 'No national derogation yet.',
    url: GDPRHUB_BG,
  },
  'BG:all-processing:14:2019-03-02': {
    law: 'Personal Data Protection Act (Закон за защита на личните данни), SG No. 17/2019',
    url: GDPRHUB_BG,
    note: 'Applies to consent-based processing in general. One list cites art. 25b.',
  },
  'HR:information-society-service:16:2018-05-25': {
    law: 'Zakon o provedbi Opće uredbe o zaštiti podataka (NN 42/2018)',
    url: COMMISSION_SWD,
  },
  'CY:information-society-service:14:2018-07-31': {
    url: 'http://www.cylaw.org/nomoi/enop/ind/2018_1_125/section-sc37ee18bb-ce6a-46ae-9441-b2ce6c435b56.html',
    note: DATE_UNVERIFIED,
  },
  'CZ:information-society-service:15:2019-04-24': { url: BIRD_BIRD, note: DATE_UNVERIFIED },
  'DK:information-society-service:13:2018-05-25': {
    law: 'Databeskyttelsesloven, lov nr. 502 af 23. maj 2018',
    url: DK_L79,
  },
  'DK:information-society-service:15:2024-01-01': {
    law: 'Databeskyttelsesloven as amended (bill L 79, 2023-24)',
    url: DK_L79,
    note: 'Transitional § 3(2): consents given before 2024-01-01 stay under the old rules. Enacted law number not seen.',
  },
  'EE:information-society-service:16:2018-05-25': {
    law: GDPR,
    note: 'No national derogation yet.',
    url: 'https://www.osale.ee/ideed/idea/view_print/3008',
  },
  'EE:information-society-service:13:2019-01-15': {
    url: 'https://dokumendiregistrid.karlerss.com/dokumendid/504072/answer-to-request',
  },
  'FI:information-society-service:13:2019-01-01': {
    url: BIRD_BIRD_IN_FOCUS,
    note: DATE_UNVERIFIED,
  },
  'FR:information-society-service:15:2018-06-21': {
    law: 'Loi n° 78-17 du 6 janvier 1978 (Informatique et Libertés)',
    url: 'https://cnil.fr./fr/recommandation-4-rechercher-le-consentement-dun-parent-pour-les-mineurs-de-moins-de-15-ans',
    note: 'Joint consent of minor and parent. (Date unverified.) The GDPR default of 16 applied before.',
  },
  'DE:information-society-service:16:2018-05-25': {
    law: GDPR,
    note: 'No derogation in the BDSG.',
    url: BIRD_BIRD,
  },
  'GR:information-society-service:15:2019-08-29': {
    url: 'https://www.activemind.legal/law/gr-legal-basis/',
    note: DATE_UNVERIFIED,
  },
  'HU:information-society-service:16:2018-05-25': {
    law: GDPR,
    note: 'No derogation in Infotv.',
    url: BIRD_BIRD,
  },
  'IE:information-society-service:16:2018-05-25': {
    url: BIRD_BIRD_IN_FOCUS,
    note: '(Commencement date unverified.)',
  },
  'IT:information-society-service:14:2018-09-19': {
    law: 'D.Lgs. 196/2003 as amended by D.Lgs. 101/2018',
    url: BIRD_BIRD_IN_FOCUS,
    note: DATE_UNVERIFIED,
  },
  'LV:information-society-service:13:2018-07-05': {
    law: 'Personal Data Processing Law (21 June 2018)',
    url: COMMISSION_SWD,
    note: DATE_UNVERIFIED,
  },
  'LT:information-society-service:14:2018-07-16': {
    law: 'Law on Legal Protection of Personal Data, as amended 2018',
    url: COMMISSION_SWD,
    note: 'A March 2018 (pre-adoption) press item listed 16; the Commission SWD says 14.',
  },
  'LU:information-society-service:16:2018-05-25': {
    law: GDPR,
    note: 'No derogation found.',
    url: 'https://luxgap.com/lois/rgpd/cons-38/',
  },
  'MT:information-society-service:13:2018-05-28': {
    law: 'Data Protection Act, Cap. 586',
    url: 'https://www.privacylaws.com/reports-gateway/articles/int162/int162malta/',
  },
  'NL:information-society-service:16:2018-05-25': { url: BIRD_BIRD },
  'PL:information-society-service:16:2018-05-25': {
    law: GDPR,
    url: COMMISSION_SWD,
  },
  'PT:information-society-service:13:2019-08-09': {
    url: 'https://eduprofs.blogspot.com/2026/02/projeto-de-lei-que-estabelece-medidas.html',
    note: DATE_UNVERIFIED,
  },
  'RO:information-society-service:16:2018-05-25': {
    law: GDPR,
    url: COMMISSION_SWD,
  },
  'SK:information-society-service:16:2018-05-25': { url: BIRD_BIRD },
  'SI:information-society-service:16:2018-05-25': {
    law: GDPR,
    note: 'No implementing act until ZVOP-2.',
    url: 'https://www.sn-p.si/personal-data-protection-act/',
  },
  'SI:information-society-service:15:2023-01-26': {
    law: 'Zakon o varstvu osebnih podatkov (ZVOP-2), Uradni list RS 163/22',
    url: 'https://www.karanovicpartners.com/news/the-novelties-brought-by-the-new-personal-data-protection-act/',
    note: 'A provider may set a higher age in its terms, and that age prevails.',
  },
  'ES:information-society-service:14:2018-12-07': {
    law: 'Ley Orgánica 3/2018 (LOPDGDD)',
    url: BIRD_BIRD,
    note: DATE_UNVERIFIED,
  },
  'SE:information-society-service:13:2018-05-25': {
    law: 'Lag (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning',
    url: BIRD_BIRD,
  },
  'IS:information-society-service:13:2018-07-15': {
    law: 'Lög nr. 90/2018 um persónuvernd',
    url: 'https://www.clym.io/regulations/data-protection-and-processing-act-iceland',
  },
  'LI:information-society-service:16:2018-07-20': {
    law: 'Regulation (EU) 2016/679 (GDPR) via the EEA Agreement; DSG 2018',
    url: 'https://www.linklaters.com/it-it/insights/data-protected/data-protected---liechtenstein',
    note: 'No derogation found. Default 16 assumed until the DSG is checked.',
  },
  'NO:information-society-service:13:2018-07-20': {
    law: 'Personopplysningsloven (LOV-2018-06-15-38)',
    url: 'https://www.datatilsynet.no/personvern-pa-ulike-omrader/kundehandtering-handel-og-medlemskap/digitale-tjenester-og-forbrukeres-personopplysninger/barn-og-unge-forbrukere/',
  },
  'GB:information-society-service:13:2018-05-25': {
    law: 'Data Protection Act 2018 s. 9 (to 2020-12-31); UK GDPR (from 2021-01-01)',
    url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/childrens-information/children-and-the-uk-gdpr/what-are-the-rules-about-an-iss-and-consent/',
    note: 'Children’s Wellbeing and Schools Act 2026 s. 72 allows regulations to raise it (13-16); none found.',
  },
  'GB:likely-accessed-by-children:18:2020-09-02': {
    law: 'Age Appropriate Design Code (Children’s Code), DPA 2018 s. 123',
    url: 'https://www.reedsmith.com/our-insights/blogs/viewpoints/102gdhd/age-appropriate-design-code-transition-period-starts-next-month/',
    note: 'Transition year: conformance not yet expected.',
  },
  'GB:likely-accessed-by-children:18:2021-09-02': {
    law: 'Age Appropriate Design Code (Children’s Code), DPA 2018 s. 123',
    url: 'https://viewpoints.bakermckenzie.com/post/102gs3u/six-months-left-to-prepare-for-the-age-appropriate-design-code',
    note: 'A statutory code the ICO takes into account when enforcing UK GDPR and PECR.',
  },
  'CH:all-processing:none:2023-09-01': {
    law: 'Bundesgesetz über den Datenschutz (revised DSG) with ZGB Art. 16, 19-19c',
    url: 'https://www.mekis.ch/recht/kinder-und-jugendliche/Kontrolle-Persoenlichkeitsrechte-Datenschutz.html',
    note: 'No fixed age: a minor with capacity of judgement consents; assessed case by case.',
  },
  'US:online-service:13:2000-04-21': {
    law: 'COPPA, 15 U.S.C. 6501-6506; 16 CFR Part 312 (1999 rule)',
    url: 'http://edocket.access.gpo.gov/cfr_2006/janqtr/16cfr312.5.htm',
    note: 'The 1999 rule’s consent methods are not tabulated here.',
  },
  'US:online-service:13:2013-07-01': {
    law: 'COPPA Rule, 16 CFR Part 312, as amended 2013',
    url: 'https://law.lawstack.com/laws/16-cfr_s_312-5_parental-consent',
    note: 'Email plus only where the child’s data is not disclosed. Face match to photo ID was approved under 312.12 at a date not confirmed here.',
  },
  'US:online-service:13:2026-04-22': {
    law: 'COPPA Rule as amended, 90 FR 16918 (FR Doc. 2025-05904)',
    url: 'https://frtracker.app/fr/2025-05904',
    note: 'Effective 2025-06-23 (Perkins Coie: June 21); compliance date 2026-04-22. Codification of KBA and face match unverified; text plus confirmed.',
  },
  'US-CA:sale:16:2020-01-01': {
    law: 'California Consumer Privacy Act of 2018, Cal. Civ. Code § 1798.100 et seq.',
    url: 'https://dataprivacy.foxrothschild.com/2019/06/articles/california-consumer-privacy-act/selling-childrens-data-under-ccpa-no-minor-issue/',
    note: 'Ages 13-15 opt in themselves; applies on actual knowledge of age. (Date unverified.)',
  },
  'US-CA:sale:13:2020-01-01': {
    law: 'California Consumer Privacy Act of 2018',
    url: 'https://spirion.com/solutions/compliance/ccpa/sales-of-minors-information',
  },
  'US-CA:sale-or-share:16:2023-01-01': {
    law: 'CCPA as amended by the CPRA; 11 CCR § 7072',
    url: 'https://govt.westlaw.com/calregs/Document/I2E003E70D45511ED8CB7A9089AB7E22E',
    note: 'Both tiers are in subdivision (c). (CPRA operative date unverified.)',
  },
  'US-CA:sale-or-share:13:2023-01-01': {
    law: 'CCPA as amended by the CPRA; 11 CCR §§ 7070-7072',
    url: 'https://advisori.com/cpra/%C2%A7-7072-notices-to-consumers-less-than-16-years-of-age/',
  },
  'US-CA:likely-accessed-by-children:18:2024-07-01': {
    law: 'California Age-Appropriate Design Code Act (AB 2273)',
    url: 'https://www.covingtonblogs.com/2025/03/15/district-court-enjoins-enforcement-of-the-california-age-appropriate-design-code-act/',
    note: 'NetChoice v. Bonta: 9th Cir. 2026-03-12 vacated the whole-Act injunction and remanded; high-privacy defaults unclear.',
  },
  'US-FL:social-media:14:2025-11-25': {
    url: 'https://washingtoncounty.news/2025/11/26/state-gets-ok-to-enforce-social-media-law/',
    note: 'Platforms with addictive features. 11th Cir. stayed the injunction 2025-11-25; appeal pending.',
  },
  'US-FL:social-media:16:2025-11-25': {
    url: 'https://www.fox13news.com/news/social-media-ban-kids-under-14-allowed-florida',
  },
  'US-UT:social-media:18:2024-10-01': {
    law: 'Utah Minor Protection in Social Media Act (SB 194 / HB 464, 2024)',
    url: 'https://digitalpolicyalert.org/event/23590-issued-injunction-against-utah-minor-protection-in-social-media-act',
    note: 'NetChoice v. Reyes PI 2024-09-10; 10th Cir. appeal pending.',
  },
  'US-AR:social-media:18:2023-09-01': {
    law: 'Arkansas Social Media Safety Act, Act 689 of 2023',
    url: 'https://digitalpolicyalert.org/event/28745-us-district-court-issued-permanent-injunction-against-arkansas-act-689-social-media-safety-act-in-lawsuit-challenging-parental-consent-and-age-verification-requirements-netchoice-v-griffin',
    note: 'Permanently enjoined 2025-03-31 (NetChoice v. Griffin). (Date unverified.)',
  },
  'US-LA:social-media:16:2024-07-01': {
    law: 'Secure Online Child Interaction and Age Limitation Act, Act 456 of 2023',
    note: 'Permanent injunction Dec 2025 seen; threshold and date not confirmed.',
  },
  'US-MS:social-media:18:2024-07-01': {
    law: 'Mississippi Protecting Children Online Act, HB 1126 (2024)',
    url: 'https://digitalpolicyalert.org/event/32717-supreme-court-denied-application-to-vacate-stay-in-netchoice-v-attorney-general-of-mississippi-case-number-25-60348',
    note: '5th Cir. stayed the injunction; SCOTUS denied vacatur 2025-08-14.',
  },
  'US-TX:app-store:18:2026-01-01': {
    law: 'Texas App Store Accountability Act, SB 2420 (2025)',
    url: 'https://digitalpolicyalert.org/event/36716-district-court-issued-preliminary-injunction-blocking-the-app-store-accountability-act-sb-2420',
    note: 'PI 2025-12-23 (W.D. Tex.); appeal pending.',
  },
  'BR:all-processing:12:2020-09-18': {
    law: 'Lei n.º 13.709/2018 (LGPD) with Lei n.º 8.069/1990 (ECA) art. 2',
    url: 'https://vlex.com.br/vid/art-14-942471056',
    note: 'Child = under 12; adolescents (12-17) have no consent gate but a best-interest duty. (Date unverified.)',
  },
  'BR:social-media:16:2026-03-17': {
    law: 'Lei n.º 15.211/2025 (ECA Digital)',
    url: 'https://institutoadvogadosceara.com.br/2025/09/24/lei-da-adultizacao-e-uma-vitoria-para-a-protecao-de-criancas-e-adolescentes-avalia-comissao-da-oab-ce',
    note: 'Six-month vacatio via MP 1.319/2025 (conversion unconfirmed); 2026-03-17 vs 03-18 unverified.',
  },
  'CN:all-processing:14:2021-11-01': {
    law: 'Personal Information Protection Law (PIPL)',
    url: 'https://personalinformationprotectionlaw.com/PIPL/article-28/',
    note: 'Art. 31 text not seen verbatim. (Date unverified.)',
  },
  'KR:all-processing:14:2011-09-30': {
    law: 'Personal Information Protection Act (Act No. 10465); Network Act art. 31(1)',
    url: 'https://m.easylaw.go.kr/MOB/NtcInfoRetrieve.laf?ntcSeq=1012&targetRow=581&type=TTL',
    note: 'Predecessor rule; article number and dates not confirmed.',
  },
  'KR:all-processing:14:2023-09-15': {
    law: 'Personal Information Protection Act, as amended 2023-03-14; Enforcement Decree art. 17-2',
    url: 'https://www.nepla.ai/wiki/it-정보-방송통신/개인정보-위치정보-신용정보/아동의-개인정보-보호-g6w93voqnojp',
    note: '(Date unverified.)',
  },
  'IN:all-processing:18:2027-05-13': {
    law: 'Digital Personal Data Protection Act, 2023; DPDP Rules, 2025',
    url: 'https://www.legalitysimplified.com/digital-personal-data-protection-rules-2025',
    note: '18 months after notification on 2025-11-13; GetAstra says 2027-05-14. The earlier day is used.',
  },
  'CA-QC:all-processing:14:2022-09-22': {
    law: 'Act respecting the protection of personal information in the private sector (CQLR c. P-39.1), as amended by Law 25',
    url: 'https://watchdogsecurity.io/law25/collection-from-minors',
    note: 'Unless collection is clearly for the minor’s benefit. (Date unverified.)',
  },
  'CA:all-processing:13:2019-01-01': {
    law: 'PIPEDA Sch. 1 Principle 4.3; OPC Guidelines for obtaining meaningful consent',
    url: 'https://openparliament.ca/committees/ethics/42-1/47/daniel-therrien-9/only',
    note: 'Guidance, not statute: PIPEDA has no fixed age; the OPC “under 13” position was not seen.',
  },
  'AU:social-media:16:2025-12-10': {
    law: 'Online Safety Act 2021 (Cth) Part 4A (Social Media Minimum Age Act 2024, No. 127)',
    url: 'https://legislation.gov.au/C2024A00127/asmade/2024-12-10/text/original/epub/OEBPS/document_1/document_1.html',
    note: 'No parental-consent exception. The 2025-12-10 start is from eSafety statements (secondary). Gaming and messaging excluded.',
  },
  'ES:information-society-service:16:pending': {
    law: 'Proyecto de Ley Orgánica para la protección de las personas menores de edad en los entornos digitales (BOCG-15-A-52-1)',
    note: 'In Congress since 2025-04-11; enactment not confirmed.',
  },
  'NO:information-society-service:15:pending': {
    law: 'Høringsnotat: endringer i personopplysningsloven (aldersgrense for barns samtykke)',
    url: 'https://www.advokatforeningen.no/horingsuttalelser/2025/oktober/forslag-til-endringer-i-personopplysningsloven--aldersgrense-for-barns-samtykke-ved-bruk-av-informasjonssamfunnstjenester-sosiale-medier-mv',
    note: 'Consultation (2025) proposing 13 to 15.',
  },
  'DK:social-media:15:pending': {
    law: 'Political agreement on a social-media minimum age (Nov 2025)',
    url: 'https://particle.news/story/denmark-backs-15-social-media-age-limit-in-cross-party-deal',
    note: 'News reports only; parents could allow access from 13.',
  },
  'AU:likely-accessed-by-children:18:pending': {
    law: 'Privacy Act 1988 (Cth) s. 26GC, Children’s Online Privacy Code',
    url: 'http://classic.austlii.edu.au/au/legis/cth/consol_act/pa1988108/s26gc.html',
    note: 'Code must be registered by 2026-12-10; commencement not set.',
  },
  'PT:social-media:16:pending': {
    url: 'https://www.dnoticias.pt/2026/2/13/481323-o-que-pode-mudar-na-proteccao-de-criancas-em-ambientes-digitais-em-portugal/',
    note: 'Approved in general vote 2026-02-12; under-13s would be barred.',
  },
};
