/**
 * What a host tells a data subject about one category of their data (GDPR Art. 15(1)(b)–(d),
 * (g): purposes, recipients, storage period, source). Shared vocabulary: the DSR engine puts it
 * in access exports, and data systems of other engines (the consent ledger's history) describe
 * their records with it.
 */
export interface DataCategoryDescription {
  /** The category, e.g. `account`, `invoices`. */
  readonly category: string;
  /** Where the data came from, e.g. `provided by you`, `Google sign-in`. */
  readonly source: string;
  /** Why it is processed. */
  readonly purposes: readonly string[];
  /** Who receives it (names or categories of recipients). */
  readonly recipients: readonly string[];
  /** How long it is kept, e.g. `P14D` or `until the account is closed`. */
  readonly retention: string;
  /** The legal basis, e.g. `contract`. */
  readonly legalBasis?: string;
}
