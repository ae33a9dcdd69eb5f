import { currencyLabels } from '../narrative/protection/currency-words.ts';

/** English words of the protection tables and dimensions (merged into statistics-labels-en.ts). */
const standing =
  "the person's standing at the end of the period: identified with a decision of a state body taken before it ended, identified by non-governmental organisations only, decided not to be a victim, or presumed (no decision yet)";
const servicesBase =
  'Number of persons by service type (one record per person and service type): a person who received a service of that type at least once in the period, by the day it was delivered (not when it was recorded), counts once in that row however many deliveries there were; a person who received several types counts in each of their rows, so the rows do not add up to persons. Presumed victims count as well as identified ones';
const services = `${servicesBase}; columns by ${standing}.`;
const allowances =
  'persons paid a financial allowance in the period, by the day it was paid, each counted once however many payments, with the total of their allowances in the period; only allowances recorded in the national currency (set in the protection settings) count.';
const stays =
  'shelter stays that began in the period, by the day of admission (not when it was recorded), presumed and identified victims alike; a person admitted twice counts twice.';

export const protectionLabelsEn = {
  tables: {
    'person_services.service_standing': {
      title: 'Persons assisted, by service and standing as a victim',
      definition: services,
    },
    'person_services.service_provider': {
      title: 'Persons assisted, by service and provider',
      definition: `${servicesBase}; columns by the kind of organisation that delivered the first such service in the period.`,
    },
    'persons_assisted.cooperation_standing': {
      title: 'Persons assisted, by their choice about cooperating with law enforcement',
      definition: `Number of persons who received at least one service in the period (by the day it was delivered), each once, by their latest recorded choice about cooperating with law enforcement on a day before the period ended (willing, not willing, not asked, or none recorded). No service depends on that choice; "not willing" counts those assisted without cooperating. Columns by ${standing}.`,
    },
    'allowances_paid.provider_standing': {
      title: 'Persons paid an allowance, by provider and standing as a victim',
      definition: `Number of ${allowances} Columns by ${standing}.`,
    },
    'allowances_paid.total': {
      title: 'Allowances paid, total amount by provider',
      definition: `Sum of the allowances, in the national currency, of ${allowances}`,
    },
    'allowances_paid.median': {
      title: 'Allowances paid, median amount per person by provider',
      definition: `Median of each person's total, in the national currency, over ${allowances}`,
    },
    'allowance_payments.provider': {
      title: 'Allowance payments, by provider',
      definition:
        'Number of payments of a financial allowance made in the period, by the day paid, each once (a person paid twice counts twice), in the national currency only; by the kind of organisation that paid.',
    },
    'shelter_stays.operator_movement': {
      title: 'Shelter stays, by operator and freedom of movement',
      definition: `Number of ${stays} By who runs the facility and whether its residents may leave freely.`,
    },
    'shelter_stays.bed_nights': {
      title: 'Bed-nights of shelter stays, by operator and freedom of movement',
      definition: `Sum of the nights from admission to discharge (or to the end of the period for a stay still open then) of ${stays}`,
    },
    'shelter_stays.group_end': {
      title: 'Shelter stays, by resident group and how the stay ended',
      definition: `Number of ${stays} By the group the place was taken in and, at the end of the period, whether the stay was still open or why it ended.`,
    },
    'reflection_periods.standing': {
      title: 'Recovery and reflection periods granted',
      definition: `Number of recovery and reflection periods (at least 30 days, Council of Europe Convention article 13) that began in the period, by their first day, by ${standing}.`,
    },
    'residence_permits.type_status': {
      title: 'Residence permits for foreign victims, by type and outcome',
      definition:
        'Number of applications for a residence permit made in the period, by the day of application, by the type of permit and where the application stood at the end of the period (still pending, granted, refused).',
    },
    'returns.kind_standing': {
      title: 'Returns, by kind and standing as a victim',
      definition: `Number of returns that took place in the period, by their day: assisted voluntary returns of foreign victims, repatriations of citizens from abroad, and deportations or removals (which the coordinator is alerted to), by ${standing}.`,
    },
    'funding_allocated.recipient_source': {
      title: 'Funding allocated to victim assistance, by recipient and source',
      definition:
        'Sum of the money allocated to organisations from the budget lines of victim assistance in the period, by the day of allocation, in the national currency; a grant to an NGO is an allocation like any other. By the kind of recipient and the source of the budget line.',
    },
    'funding_disbursed.service_recipient': {
      title: 'Spending on victim assistance, by service and recipient',
      definition:
        'Sum of the money paid out of allocations for victim assistance in the period, by the day it was paid (not when it was recorded), in the national currency. By the service type the payment names, or else the one its allocation names, or unspecified where neither does; and by the kind of organisation the allocation went to. In the published view a sum that fewer payments than the threshold stand behind is hidden.',
    },
    'service_money.service_currency': {
      title: 'Money delivered to victims as services, by service and currency',
      definition:
        'Sum of the amounts recorded on the services delivered in the period (allowances paid, and any other service with its cost), by the day delivered (not when it was recorded), in the currency each was recorded in: one column per currency, never added across them, so a service has no total of its own. Presumed and identified victims alike. In the published view a sum that fewer deliveries than the threshold stand behind is hidden.',
    },
  },
  dimensions: {
    service_type: {
      label: 'Service',
      values: {
        accommodation: 'Accommodation',
        medical: 'Medical care',
        psychological: 'Psychological support',
        legal_aid: 'Legal aid',
        interpretation: 'Interpretation',
        financial_allowance: 'Financial allowance',
        job_placement: 'Job placement',
        vocational_training: 'Vocational training',
        education: 'Education',
        family_tracing: 'Family tracing',
        assisted_return: 'Assisted return',
        reintegration: 'Reintegration',
        other: 'Other',
      },
    },
    provider_type: {
      label: 'Provider',
      values: { state: 'State body', ngo: 'NGO', international_organisation: 'International organisation' },
    },
    victim_standing: {
      label: 'Standing as a victim',
      values: {
        identified_by_state: 'Identified by the state',
        identified_by_ngo_only: 'Identified by NGOs only',
        presumed: 'Presumed',
        not_victim: 'Not a victim',
      },
    },
    cooperation: {
      label: 'Cooperation with law enforcement',
      values: {
        willing: 'Willing',
        not_willing: 'Not willing',
        not_asked: 'Not asked',
        not_recorded: 'Not recorded',
      },
    },
    operator_type: {
      label: 'Operator',
      values: { state: 'State body', ngo: 'NGO', international_organisation: 'International organisation' },
    },
    free_movement: { label: 'Residents may leave', values: { free: 'Freely', restricted: 'Not freely' } },
    resident_group: {
      label: 'Resident group',
      values: { women: 'Women', men: 'Men', children: 'Children', families: 'Families' },
    },
    stay_end: {
      label: 'Stay',
      values: {
        open: 'Still open',
        recovered: 'Ended: recovered',
        moved_to_other_provider: 'Ended: moved to another provider',
        returned_home: 'Ended: returned home',
        left_by_choice: 'Ended: left by choice',
        removed_by_authorities: 'Ended: removed by the authorities',
        other: 'Ended: other reason',
      },
    },
    permit_type: {
      label: 'Permit',
      values: {
        victim_temporary: 'Temporary, as a victim',
        humanitarian: 'Humanitarian',
        permanent: 'Permanent',
        other: 'Other',
      },
    },
    permit_status: {
      label: 'Outcome',
      values: { applied: 'Pending', granted: 'Granted', refused: 'Refused' },
    },
    return_kind: {
      label: 'Return',
      values: {
        assisted_voluntary_return: 'Assisted voluntary return',
        repatriation: 'Repatriation of a citizen',
        deportation: 'Deportation',
        removal: 'Removal',
      },
    },
    funding_source: {
      label: 'Source',
      values: {
        state_budget: 'State budget',
        international_donor: 'International donor',
        private_donor: 'Private donor',
        other: 'Other',
      },
    },
    funding_recipient: {
      label: 'Recipient',
      values: { state: 'State body', ngo: 'NGO', international_organisation: 'International organisation' },
    },
    spending_service: {
      label: 'Spent on',
      values: {
        accommodation: 'Accommodation',
        medical: 'Medical care',
        psychological: 'Psychological support',
        legal_aid: 'Legal aid',
        interpretation: 'Interpretation',
        financial_allowance: 'Financial allowance',
        job_placement: 'Job placement',
        vocational_training: 'Vocational training',
        education: 'Education',
        family_tracing: 'Family tracing',
        assisted_return: 'Assisted return',
        reintegration: 'Reintegration',
        other: 'Other',
        unspecified: 'Not specified',
      },
    },
    money_currency: {
      label: 'Currency',
      // The code with its words, as configured-dimensions.ts labels the country's own order.
      values: currencyLabels('en'),
    },
  },
} as const;
