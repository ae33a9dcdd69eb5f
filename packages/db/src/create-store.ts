import type { AuditKeys, Store } from '@opennrm/core';
import type { Kysely } from 'kysely';
import { createRetentionStore } from './retention/retention-store.ts';
import { retryLostConflict } from './retry-lost-conflict.ts';
import type { Database } from './schema.ts';
import { createStatisticsStore } from './statistics/statistics-store.ts';
import { createActionPlanStore } from './stores/action-plan-store.ts';
import { createAlertStore } from './stores/alert-store.ts';
import { createApiTokenStore } from './stores/api-token-store.ts';
import { createAuditStore } from './stores/audit-store.ts';
import { createConfigurationStore } from './stores/configuration-store.ts';
import { createConsentStore } from './stores/consent-store.ts';
import { createCountryReportReleaseStore } from './stores/country-report-release-store.ts';
import { createCountryReportStore } from './stores/country-report-store.ts';
import { createCtdcExportSource } from './stores/ctdc-export-source.ts';
import { createDatasetStore } from './stores/dataset-store.ts';
import { createDecisionStore } from './stores/decision-store.ts';
import { createExternalIdentityStore } from './stores/external-identity-store.ts';
import { createFundingStore } from './stores/funding-store.ts';
import { createHistoricImportStore } from './stores/historic-import-store.ts';
import { createIndicatorListStore } from './stores/indicator-list-store.ts';
import { createJobStore } from './stores/job-store.ts';
import { createNotificationStore } from './stores/notification-store.ts';
import { createOrganisationStore } from './stores/organisation-store.ts';
import { createPersonStore } from './stores/person-store.ts';
import { createPreventionStore } from './stores/prevention-store.ts';
import { createProsecutionStore } from './stores/prosecution-store.ts';
import { createProtectionStore } from './stores/protection-store.ts';
import { createReferralStore } from './stores/referral-store.ts';
import { createScreeningStore } from './stores/screening-store.ts';
import { createSecondFactorStore } from './stores/second-factor-store.ts';
import { createSessionStore } from './stores/session-store.ts';
import { createShelterStore } from './stores/shelter-store.ts';
import { createStatisticsReleaseStore } from './stores/statistics-release-store.ts';
import { createThrottleStore } from './stores/throttle-store.ts';
import { createTodayStore } from './stores/today-store.ts';
import { createUserStore } from './stores/user-store.ts';

export interface StoreOptions {
  /** The audit key (from the key file or OPENNRM_AUDIT_KEY); without it the chain is unkeyed. */
  auditKeys?: AuditKeys | null;
  /** A streaming replica (OPENNRM_REPLICA_URL): the report's figures and exports read from it. */
  replica?: Kysely<Database> | null;
  /**
   * A pool of the primary kept for the report's figures and exports when there is no replica
   * (a serving process): a slow report then waits on its own connections, never the lists'.
   */
  reports?: Kysely<Database> | null;
  /**
   * Whether report statements get parallel workers (OPENNRM_REPORT_PARALLEL_WORKERS > 0): only
   * then is a fact's costly dimension worth a statement of its own (statistics-store.ts).
   */
  reportParallelWorkers?: boolean;
}

/**
 * core's Store port on a Kysely database (PostgreSQL or PGlite alike). Called with a transaction,
 * every sub-store writes inside it; that is also how `transaction()` works.
 */
export function createStore(db: Kysely<Database>, options: StoreOptions = {}): Store {
  const store: Store = {
    organisations: createOrganisationStore(db),
    persons: createPersonStore(db),
    screenings: createScreeningStore(db),
    decisions: createDecisionStore(db),
    indicatorLists: createIndicatorListStore(db),
    configuration: createConfigurationStore(db),
    alerts: createAlertStore(db),
    prevention: createPreventionStore(db),
    actionPlans: createActionPlanStore(db),
    countryReports: createCountryReportStore(db),
    countryReportReleases: createCountryReportReleaseStore(db),
    prosecution: createProsecutionStore(db),
    referrals: createReferralStore(db),
    consents: createConsentStore(db),
    statistics: options.replica
      ? createStatisticsStore(options.replica, {
          replica: true,
          separateCostly: options.reportParallelWorkers === true,
        })
      : createStatisticsStore(options.reports ?? db, {
          separateCostly: options.reportParallelWorkers === true,
        }),
    statisticsReleases: createStatisticsReleaseStore(db),
    ctdcExport: createCtdcExportSource(options.replica ?? options.reports ?? db),
    datasets: createDatasetStore(db),
    notifications: createNotificationStore(db),
    today: createTodayStore(db),
    protection: createProtectionStore(db),
    shelters: createShelterStore(db),
    funding: createFundingStore(db),
    users: createUserStore(db),
    sessions: createSessionStore(db),
    historicImports: createHistoricImportStore(db),
    apiTokens: createApiTokenStore(db),
    audit: createAuditStore(db, options.auditKeys ?? null),
    throttle: createThrottleStore(db),
    secondFactors: createSecondFactorStore(db),
    externalIdentities: createExternalIdentityStore(db),
    jobs: createJobStore(db, () => store),
    retention: createRetentionStore(db),
    async transaction(work) {
      // Nested: keep using the open transaction. (A new one through the outer db would deadlock
      // on PGlite, which has one session, and would not be atomic with the outer one anyway.)
      if (db.isTransaction) return work(store);
      // A deadlock or serialization failure rolls the whole transaction back: run it again.
      return retryLostConflict(() => db.transaction().execute((trx) => work(createStore(trx, options))));
    },
  };
  return store;
}
