/**
 * The anomaly kinds the seed plants. The names come from the catalog (packages/db/catalog/findings.json, the
 * `anomalies` of each finding); a test keeps this list and the catalog in step. ANOMALIES.md says what each means.
 */

export interface AnomalyKindInfo {
  /** Finding of the catalog whose migration must resolve it. */
  finding: number;
  /** Default share of `population` that gets the anomaly; null when the kind is a complement or covers everything. */
  defaultRate: number | null;
  /** What the rate is a share of (written into the manifest as details.populationOf). */
  populationOf: string;
  /** When set, the kind's count is `population - count(<complementOf>)` rather than drawn from its own rate. */
  complementOf?: string;
  /** True for kinds this package adds beyond the catalog (finer detail the catalog does not name). */
  extra?: boolean;
}

export const ANOMALY_KINDS = {
  user_without_membership: { finding: 1, defaultRate: 0.05, populationOf: 'User rows' },
  member_of_other_tenant: { finding: 1, defaultRate: 0.04, populationOf: 'User rows' },
  dangling_source_deliverable: { finding: 2, defaultRate: 0.05, populationOf: 'Activity rows' },
  web_media_shared_hash_candidate: {
    finding: 3,
    defaultRate: 0.05,
    populationOf: 'WebMedia rows',
    extra: true,
  },
  crawl_cache_personal_data: { finding: 4, defaultRate: 0.2, populationOf: 'CrawlCache rows' },
  help_rating_orphan: { finding: 5, defaultRate: 0.08, populationOf: 'HelpPageRating rows' },
  help_search_orphan: { finding: 5, defaultRate: 0.08, populationOf: 'HelpSearchEvent rows' },
  subscription_log_entries: { finding: 7, defaultRate: 0.8, populationOf: 'Subscription rows' },
  subscription_log_malformed: { finding: 7, defaultRate: 0.1, populationOf: 'Subscription rows' },
  lead_contact_entries: { finding: 8, defaultRate: null, populationOf: 'LeadContact rows' },
  lead_contact_duplicates_contact: { finding: 8, defaultRate: 0.1, populationOf: 'LeadContact email entries' },
  backlink_health_unmatchable: { finding: 9, defaultRate: 0.15, populationOf: 'BacklinkHealth rows' },
  backlink_health_matchable: {
    finding: 9,
    defaultRate: null,
    populationOf: 'BacklinkHealth rows',
    complementOf: 'backlink_health_unmatchable',
  },
  invoice_reminder_counter_drift: { finding: 10, defaultRate: 0.08, populationOf: 'Invoice rows' },
  context_config_valid: { finding: 11, defaultRate: 0.4, populationOf: 'Tenant rows' },
  context_config_partial: { finding: 11, defaultRate: 0.15, populationOf: 'Tenant rows' },
  context_config_unknown_keys: { finding: 11, defaultRate: 0.08, populationOf: 'Tenant rows' },
  context_config_malformed: { finding: 11, defaultRate: 0.05, populationOf: 'Tenant rows' },
  keyword_duplicates: { finding: 12, defaultRate: 0.06, populationOf: 'Keyword rows' },
  faq_snapshot_differs: { finding: 13, defaultRate: 0.25, populationOf: 'BlogPostVersion rows' },
  credit_balance_without_ledger: { finding: 15, defaultRate: 0.3, populationOf: 'CreditBalance rows' },
  credit_balance_with_ledger: {
    finding: 15,
    defaultRate: null,
    populationOf: 'CreditBalance rows',
    complementOf: 'credit_balance_without_ledger',
  },
  status_odd_case: { finding: 16, defaultRate: 0.02, populationOf: 'rows of every model with a status field' },
  status_invalid: { finding: 16, defaultRate: 0.01, populationOf: 'rows of every model with a status field' },
} satisfies Record<string, AnomalyKindInfo>;

export type AnomalyKind = keyof typeof ANOMALY_KINDS;
export type AnomalyRates = Partial<Record<AnomalyKind, number>>;

export const ANOMALY_KIND_NAMES = Object.keys(ANOMALY_KINDS) as AnomalyKind[];

/**
 * How many of `population` items get an anomaly at `rate`: rounded, but at least one whenever the rate is positive
 * and there is anything to plant in, so every kind is present even at demo scale.
 */
export function expectedCount(rate: number, population: number): number {
  if (rate <= 0 || population <= 0) return 0;
  return Math.min(population, Math.max(1, Math.round(rate * population)));
}

export function resolveRates(overrides: AnomalyRates = {}): Record<AnomalyKind, number> {
  const out = {} as Record<AnomalyKind, number>;
  for (const kind of ANOMALY_KIND_NAMES) {
    const info: AnomalyKindInfo = ANOMALY_KINDS[kind];
    const value = overrides[kind] ?? info.defaultRate ?? 0;
    if (overrides[kind] !== undefined && info.defaultRate === null) {
      throw new Error(
        `The rate of "${kind}" cannot be set: ${info.complementOf ? `it is what "${info.complementOf}" leaves over` : 'it covers every row'}.`,
      );
    }
    if (!(value >= 0 && value <= 1)) throw new Error(`Rate of "${kind}" must be between 0 and 1, got ${value}.`);
    out[kind] = value;
  }
  for (const kind of Object.keys(overrides)) {
    if (!(kind in ANOMALY_KINDS)) {
      throw new Error(`Unknown anomaly kind "${kind}". Known kinds: ${ANOMALY_KIND_NAMES.join(', ')}.`);
    }
  }
  return out;
}
