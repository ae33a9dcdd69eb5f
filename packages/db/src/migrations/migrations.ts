import { foundation } from './0001-foundation.ts';
import { identification } from './0002-identification.ts';
import { referrals } from './0003-referrals.ts';
import { statistics } from './0004-statistics.ts';
import { ctdcDatasets } from './0005-ctdc-datasets.ts';
import { accessModel } from './0006-access-model.ts';
import { authentication } from './0007-authentication.ts';
import { auditCheckpoints } from './0008-audit-checkpoints.ts';
import { installationKeys } from './0009-installation-keys.ts';
import { referralEventDates } from './0010-referral-event-dates.ts';
import { statisticsReleases } from './0011-statistics-releases.ts';
import { historicImport } from './0012-historic-import.ts';
import { stateDecidedOn } from './0013-state-decided-on.ts';
import { protection } from './0014-protection.ts';
import { prosecution } from './0015-prosecution.ts';
import { prevention } from './0016-prevention.ts';
import { indicatorListProvenance } from './0018-indicator-list-provenance.ts';
import { protectionReportIndexes } from './0019-protection-report-indexes.ts';
import { compensationPayments } from './0020-compensation-payments.ts';
import { planTrainingBodies } from './0021-plan-training-bodies.ts';
import { countryReport } from './0022-country-report.ts';
import { listAccess } from './0023-list-access.ts';
import { todayCounts } from './0024-today-counts.ts';
import { scheduledJobs } from './0025-scheduled-jobs.ts';
import { reportStandingIndexes } from './0026-report-standing-indexes.ts';
import { countryReportReleases } from './0027-country-report-releases.ts';
import { reportAllowanceIndex } from './0028-report-allowance-index.ts';
import { secondFactor } from './0029-second-factor.ts';
import { sexExploitationTypes } from './0030-sex-exploitation-types.ts';
import { reportServiceFirsts } from './0031-report-service-firsts.ts';
import { retention } from './0032-retention.ts';
import { personReportDimensions } from './0033-person-report-dimensions.ts';
import { reportServiceMoneyIndex } from './0034-report-service-money-index.ts';
import { singleSignOn } from './0035-single-sign-on.ts';
import { stayFacilitySettings } from './0036-stay-facility-settings.ts';
import { reportProsecutionPreventionIndexes } from './0037-report-prosecution-prevention-indexes.ts';
import { reportCaseExploitation } from './0038-report-case-exploitation.ts';
import { reportServiceStanding } from './0039-report-service-standing.ts';
import { reportDefendantExploitation } from './0040-report-defendant-exploitation.ts';
import { auditOrganisationIndex } from './0041-audit-organisation-index.ts';
import { reportCasesPending } from './0042-report-cases-pending.ts';
import { reportAllowanceStanding } from './0043-report-allowance-standing.ts';
import { reportIdentifiedConsent } from './0044-report-identified-consent.ts';
import { reportPlacesIndex } from './0045-report-places-index.ts';
import { reportReferralsCovering } from './0046-report-referrals-covering.ts';
import { reportDecisionsCovering } from './0047-report-decisions-covering.ts';
import type { Migration } from './migration.ts';

/** Every migration the code knows, in version order. Append only. */
export const migrations: readonly Migration[] = [
  foundation,
  identification,
  referrals,
  statistics,
  ctdcDatasets,
  accessModel,
  authentication,
  auditCheckpoints,
  installationKeys,
  referralEventDates,
  statisticsReleases,
  historicImport,
  stateDecidedOn,
  protection,
  prosecution,
  prevention,
  indicatorListProvenance,
  protectionReportIndexes,
  compensationPayments,
  planTrainingBodies,
  countryReport,
  listAccess,
  todayCounts,
  scheduledJobs,
  reportStandingIndexes,
  countryReportReleases,
  reportAllowanceIndex,
  secondFactor,
  sexExploitationTypes,
  reportServiceFirsts,
  retention,
  personReportDimensions,
  reportServiceMoneyIndex,
  singleSignOn,
  stayFacilitySettings,
  reportProsecutionPreventionIndexes,
  reportCaseExploitation,
  reportServiceStanding,
  reportDefendantExploitation,
  auditOrganisationIndex,
  reportCasesPending,
  reportAllowanceStanding,
  reportIdentifiedConsent,
  reportPlacesIndex,
  reportReferralsCovering,
  reportDecisionsCovering,
];
