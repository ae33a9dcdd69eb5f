import type { OrganisationType } from '../../organisations/organisation-types.ts';
import { glossaryLabel } from '../glossary/glossary.ts';
import type { StatisticsLabels } from '../statistics-labels.ts';
import type { CompleteStatisticsLabels } from './complete-statistics-labels.ts';
import { preventionLabelsEn } from './prevention-labels-en.ts';
import { prosecutionLabelsEn } from './prosecution-labels-en.ts';
import { protectionLabelsEn } from './protection-labels-en.ts';

// Same wording as the web's organisationTypes (packages/web/src/i18n/en.ts), so a report and
// the screens name an organisation type alike.
const organisationTypes: Record<OrganisationType, string> = {
  police: 'Police',
  prosecution: 'Prosecution',
  court: 'Court',
  migration_service: 'Migration service',
  labour_inspectorate: 'Labour inspectorate',
  child_protection: 'Child protection',
  victim_assistance_centre: 'Victim assistance centre',
  shelter: 'Shelter',
  ngo: 'Non-governmental organisation',
  hotline: 'Hotline',
  coordinator: 'National coordinator',
  international_organisation: 'International organisation',
  other_public_body: 'Other public body',
  system_operator: 'System operator',
};

const identified =
  "Number of persons whose current status is identified, counted in the period of their first 'identified' decision, by any body; NGO identifications count. In an imported CTDC dataset: its victim records, counted in their year of registration (yearOfRegistration).";
const decisionsDue =
  'Number of persons whose first identification decision fell due in the period (the working-day deadline after their first screening as a presumed victim)';
const referrals = 'Number of referrals, counted in the period in which they were sent';

export const statisticsLabelsEn: StatisticsLabels = {
  tables: {
    'persons_screened.sex_age': {
      title: 'Persons screened, by sex and age',
      definition:
        'Number of persons screened for indicators of trafficking, counted in the period of their first screening, whatever its outcome.',
    },
    'persons_presumed.sex_age': {
      title: 'Presumed victims, by sex and age',
      definition:
        "Number of persons screened with the outcome 'presumed victim', counted in the period of their first screening with that outcome.",
    },
    'victims_identified.sex_age': { title: 'Victims identified, by sex and age', definition: identified },
    'victims_identified.exploitation_age': {
      title: 'Victims identified, by form of exploitation and age',
      definition: identified,
    },
    'victims_identified.nationality_sex': {
      title: 'Victims identified, by nationality and sex',
      definition: identified,
    },
    'victims_identified.scope_sex': {
      title: 'Victims identified, by internal or transnational trafficking and sex',
      definition: identified,
    },
    'victims_identified.body_sex': {
      title: 'Victims identified, by identifying body and sex',
      definition: identified,
    },
    'victims_identified.band_sex': {
      title: 'Victims identified, by age band and sex',
      definition: identified,
    },
    'victims_identified.consent_age': {
      title: 'Victims identified, by consent to share and age',
      definition: identified,
    },
    'decisions_due.timeliness_age': {
      title: 'First identification decisions due, by timeliness and age',
      definition: `${decisionsDue}, by whether the decision was made by the deadline (on time), after it or is still missing after it (late), or is not yet due (pending).`,
    },
    'decisions_due.outcome_age': {
      title: 'First identification decisions due, by outcome and age',
      definition: `${decisionsDue}, by the person's status after the first decision (none if no decision yet).`,
    },
    'decisions_due.median_days': {
      title: 'Days from presumed victim to first decision (median), by age',
      definition:
        'Median number of days from the first screening as a presumed victim to the first identification decision, for persons whose first decision fell due in the period and has been made.',
    },
    'referrals_sent.sender_recipient': {
      title: 'Referrals sent, by sending and receiving organisation',
      definition: `${referrals}, by the type of the sending and of the receiving organisation.`,
    },
    'referrals_sent.recipient_status': {
      title: 'Referrals sent, by recipient and current status',
      definition: `${referrals}, by the type of the receiving organisation and the referral's status today.`,
    },
    'referrals_sent.recipient_timeliness': {
      title: 'Referrals sent, by recipient and timeliness of the answer',
      definition: `${referrals}, by whether the recipient accepted or declined by the respond-by date (on time) or after it (late), has not answered although the date has passed (overdue) or still has time (pending), or the referral was withdrawn before an answer.`,
    },
    'referrals_sent.median_days': {
      title: 'Days to answer a referral (median), by recipient',
      definition:
        'Median number of days from sending a referral to its acceptance or refusal, for referrals sent in the period that have been answered.',
    },
    'referrals_sent.identity_basis_recipient': {
      title: 'Referrals sent, by basis for sharing the identity and recipient type',
      definition: `${referrals}, by whether the recipient saw the person's identity through a consent, the child rule, an audited override, or not at all.`,
    },
    ...prosecutionLabelsEn.tables,
    ...protectionLabelsEn.tables,
    ...preventionLabelsEn.tables,
  },
  dimensions: {
    sex: {
      label: glossaryLabel('sex', 'en'),
      values: { female: 'Female', male: 'Male', other: 'Other gender', unknown: 'Unknown' },
    },
    age_group: { label: 'Age', values: { adult: 'Adult', child: 'Child', unknown: 'Unknown' } },
    age_band: {
      label: 'Age band',
      values: {
        '0-8': '0-8',
        '9-17': '9-17',
        '18-20': '18-20',
        '21-23': '21-23',
        '24-26': '24-26',
        '27-29': '27-29',
        '30-38': '30-38',
        '39-47': '39-47',
        '48+': '48 and over',
        unknown: 'Unknown',
      },
    },
    exploitation: {
      label: 'Form of exploitation',
      values: {
        sexual: glossaryLabel('sexualExploitation', 'en'),
        labour: glossaryLabel('labourExploitation', 'en'),
        sexual_and_labour: 'Sexual and labour exploitation',
        other: 'Other forms',
        unknown: 'Unknown',
      },
    },
    nationality: {
      label: 'Nationality',
      values: { domestic: 'Citizens of the country', foreign: 'Foreign nationals', unknown: 'Unknown' },
    },
    trafficking_scope: {
      label: 'Internal or transnational',
      values: { internal: 'Internal', transnational: 'Transnational', unknown: 'Unknown' },
    },
    identifying_body: {
      label: 'Identifying body',
      values: { state: 'State body', ngo: 'Non-governmental organisation only' },
    },
    decision_outcome: {
      label: 'Decision',
      values: { identified: 'Identified as a victim', not_victim: 'Not a victim', none: 'No decision yet' },
    },
    decision_timeliness: {
      label: 'Timeliness of the decision',
      values: { on_time: 'On time', late: 'Late or missing', pending: 'Not yet due' },
    },
    sender_type: { label: 'Sending organisation', values: organisationTypes },
    recipient_type: { label: 'Receiving organisation', values: organisationTypes },
    responsible_type: { label: 'Responsible body', values: organisationTypes },
    referral_status: {
      label: 'Status',
      values: {
        sent: 'Sent, not yet answered',
        accepted: 'Accepted',
        declined: 'Declined',
        completed: 'Completed',
        withdrawn: 'Withdrawn',
      },
    },
    response_timeliness: {
      label: 'Timeliness of the answer',
      values: {
        on_time: 'On time',
        late: 'Late',
        overdue: 'Overdue',
        pending: 'Pending',
        withdrawn_unanswered: 'Withdrawn before an answer',
      },
    },
    identity_basis: {
      label: 'Identity shared on the basis of',
      values: {
        consent: 'Consent',
        child_rule: 'Child rule',
        override: 'Without consent, with a reason (audited)',
        not_shared: 'Not shared',
      },
    },
    consent: { label: 'Consent to share', values: { recorded: 'Recorded', none: 'None' } },
    ...prosecutionLabelsEn.dimensions,
    ...protectionLabelsEn.dimensions,
    ...preventionLabelsEn.dimensions,
  },
  layout: {
    total: 'Total',
    change: 'Change',
    suppressed: 'x',
    suppressedNote: 'Not shown to protect confidentiality.',
    medianDays: 'Median days',
    count: 'Number',
    sum: 'Total',
    median: 'Median',
    units: {
      days: 'days',
      months: 'months',
      nights: 'bed-nights',
      amount: 'amount',
      persons: 'persons',
      inspections: 'inspections',
      employers: 'employers',
    },
  },
} satisfies CompleteStatisticsLabels;
