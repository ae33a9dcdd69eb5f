import type { ServiceDelivery } from '../protection/protection.ts';
import type { ServiceType } from '../protection/protection-vocabulary.ts';

type HtcdsRecord = Record<string, unknown>;

/**
 * Our services -> HTCDS spl_Type, where one says the other. Accommodation is social care;
 * interpretation, family tracing, return, reintegration and "other" have no type of their own in
 * HTCDS (its rehabilitation types name a form of exploitation, which a service does not).
 */
export const htcdsSupportType: Readonly<Record<ServiceType, string | null>> = {
  accommodation: 'SocialCare',
  medical: 'Health',
  psychological: 'Health',
  legal_aid: 'Legal',
  interpretation: null,
  financial_allowance: 'Financial',
  job_placement: 'Livelihood',
  vocational_training: 'Livelihood',
  education: 'Education',
  family_tracing: null,
  assisted_return: null,
  reintegration: null,
  other: null,
};

/**
 * The services a person received as HTCDS support plans (their own table, spl_), one a delivery:
 * its type and the day it ended (a one-off's day; none while it goes on). A service the person
 * refused gave no support and is left out; the provider and the sealed note never leave.
 */
export function toHtcdsSupportPlans(services: readonly ServiceDelivery[]): HtcdsRecord[] {
  return services
    .filter((s) => s.outcome !== 'refused_by_person' && htcdsSupportType[s.serviceType])
    .sort((a, b) => a.deliveredOn.localeCompare(b.deliveredOn))
    .map((s) => ({
      spl_Type: htcdsSupportType[s.serviceType],
      spl_ActualEndDate: s.endedOn ?? (s.outcome === 'ongoing' ? null : s.deliveredOn),
    }));
}
