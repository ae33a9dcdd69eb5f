import { ref, type SubmissionTemplate, type TemplateCell } from '../submission-template.ts';
import { preventionCells } from './prevention-cells.ts';
import { cell, forcedReturns } from './template-cells.ts';

const cases = 'criminal_cases.exploitation_complicity';
const suspects = 'suspects_investigated.exploitation_kind';
const charged = 'defendants_charged.exploitation_kind';
const judged = 'defendants_judged.verdict_exploitation';
const identified = 'victims_identified.sex_age';
/** Prison terms by the country's configured bands; the TIP's own ranges are summed from them. */
const bands = 'sentences.band_history';

/** The same question for sex trafficking, labour trafficking and both (the TIP report's split). */
function byForm(
  key: string,
  section: string,
  label: string,
  table: string,
  axis: 'row' | 'column',
  fixed: string | null,
): TemplateCell[] {
  const forms = [
    ['sexual', 'sex trafficking'],
    ['labour', 'labour trafficking'],
    ['sexual_and_labour', 'both sex and labour trafficking'],
  ] as const;
  return forms.map(([code, words]) => ({
    key: `${key}.${code}`,
    section,
    label: `${label}: ${words}`,
    refs: [axis === 'row' ? ref(table, code, fixed) : ref(table, fixed, code)],
  }));
}

const prosecution = 'Prosecution';
const protection = 'Protection';
const prevention = 'Prevention';

/**
 * The US embassy's annual data request behind the TIP report's country narrative
 * (22 U.S.C. 7106 and the questions embassies send each government).
 */
export const tipDataRequest: SubmissionTemplate = {
  key: 'tip',
  title: 'Trafficking in Persons Report: data request',
  body: 'US Department of State (through the US embassy)',
  notes: [
    'The TIP report counts from 1 April to 31 March; these figures cover the reporting year set in the statistics settings, and the file states its period.',
    'Figures are the internal (exact) view of national records; a figure said in the TIP report is published by the Department of State.',
    'Investigations are criminal cases opened; prosecutions are defendants charged; convictions are defendants whose first verdict fell in the period, counted by their current verdict.',
  ],
  cells: [
    {
      key: 'investigations',
      section: prosecution,
      label: 'Investigations (criminal cases opened)',
      refs: [ref(cases)],
    },
    ...byForm('investigations', prosecution, 'Investigations', cases, 'row', null),
    {
      key: 'investigations.previous',
      section: prosecution,
      label: 'Investigations in the previous period',
      refs: [ref(cases)],
      period: 'previous',
    },
    { key: 'suspects', section: prosecution, label: 'Suspects investigated', refs: [ref(suspects)] },
    {
      key: 'prosecutions',
      section: prosecution,
      label: 'Prosecutions (defendants charged)',
      refs: [ref(charged)],
    },
    ...byForm('prosecutions', prosecution, 'Prosecutions', charged, 'row', null),
    { key: 'convictions', section: prosecution, label: 'Convictions', refs: [ref(judged, 'convicted')] },
    ...byForm('convictions', prosecution, 'Convictions', judged, 'column', 'convicted'),
    {
      key: 'convictions.previous',
      section: prosecution,
      label: 'Convictions in the previous period',
      refs: [ref(judged, 'convicted')],
      period: 'previous',
    },
    { key: 'acquittals', section: prosecution, label: 'Acquittals', refs: [ref(judged, 'acquitted')] },
    {
      key: 'sentences.prison',
      section: prosecution,
      label: 'Sentenced to prison (time to be served)',
      refs: [ref('sentences.kind_history', 'prison')],
    },
    {
      key: 'sentences.suspended',
      section: prosecution,
      label: 'Suspended sentences',
      refs: [ref('sentences.kind_history', 'suspended')],
    },
    {
      key: 'sentences.fine_only',
      section: prosecution,
      label: 'Fines only',
      refs: [ref('sentences.kind_history', 'fine_only')],
    },
    {
      key: 'sentences.under_3_years',
      section: prosecution,
      label: 'Prison terms of less than three years',
      refs: [ref(bands)],
      prisonRange: { table: bands, fromMonths: 0, toMonths: 36 },
    },
    {
      key: 'sentences.3_to_6_years',
      section: prosecution,
      label: 'Prison terms of three to less than six years',
      refs: [ref(bands)],
      prisonRange: { table: bands, fromMonths: 36, toMonths: 72 },
    },
    {
      key: 'sentences.6_years_or_more',
      section: prosecution,
      label: 'Prison terms of six years or more',
      refs: [ref(bands)],
      prisonRange: { table: bands, fromMonths: 72, toMonths: null },
    },
    {
      key: 'sentences.median_months',
      section: prosecution,
      label: 'Median prison term, months',
      refs: [ref('sentences.median_months')],
    },
    {
      key: 'complicity.investigations',
      section: prosecution,
      label: 'Investigations involving public officials (complicity)',
      refs: [ref(cases, null, 'official_involved')],
    },
    {
      key: 'complicity.prosecutions',
      section: prosecution,
      label: 'Public officials prosecuted',
      refs: [ref('defendants_charged.complicity_sex', 'official_involved')],
    },
    {
      key: 'complicity.convictions',
      section: prosecution,
      label: 'Public officials convicted',
      refs: [ref('defendants_judged.verdict_complicity', 'convicted', 'official_involved')],
    },
    {
      key: 'cases_pending',
      section: prosecution,
      label: 'Cases pending at the end of the period',
      refs: [ref('cases_pending.stage_exploitation')],
    },
    { key: 'victims', section: protection, label: 'Victims identified', refs: [ref(identified)] },
    {
      key: 'victims.previous',
      section: protection,
      label: 'Victims identified in the previous period',
      refs: [ref(identified)],
      period: 'previous',
    },
    {
      key: 'victims.women',
      section: protection,
      label: 'Victims identified: women',
      refs: [ref(identified, 'female', 'adult')],
    },
    {
      key: 'victims.girls',
      section: protection,
      label: 'Victims identified: girls',
      refs: [ref(identified, 'female', 'child')],
    },
    {
      key: 'victims.men',
      section: protection,
      label: 'Victims identified: men',
      refs: [ref(identified, 'male', 'adult')],
    },
    {
      key: 'victims.boys',
      section: protection,
      label: 'Victims identified: boys',
      refs: [ref(identified, 'male', 'child')],
    },
    ...byForm(
      'victims',
      protection,
      'Victims identified',
      'victims_identified.exploitation_age',
      'row',
      null,
    ),
    {
      key: 'victims.foreign',
      section: protection,
      label: 'Victims identified: foreign nationals',
      refs: [ref('victims_identified.nationality_sex', 'foreign')],
    },
    {
      key: 'victims.domestic',
      section: protection,
      label: 'Victims identified: citizens',
      refs: [ref('victims_identified.nationality_sex', 'domestic')],
    },
    {
      key: 'victims.internal',
      section: protection,
      label: 'Victims identified: exploited inside their own country',
      refs: [ref('victims_identified.scope_sex', 'internal')],
    },
    {
      key: 'victims.by_ngo_only',
      section: protection,
      label: 'Victims identified by NGOs only',
      refs: [ref('victims_identified.body_sex', 'ngo')],
    },
    {
      key: 'referrals',
      section: protection,
      label: 'Referrals sent to assistance (referrals, not persons)',
      refs: [ref('referrals_sent.recipient_status')],
    },
    {
      key: 'assisted',
      section: protection,
      label: 'Persons receiving services',
      refs: [ref('persons_assisted.cooperation_standing')],
    },
    {
      key: 'assisted.not_cooperating',
      section: protection,
      label: 'Persons assisted who chose not to cooperate with law enforcement',
      refs: [ref('persons_assisted.cooperation_standing', 'not_willing')],
    },
    {
      key: 'shelter_stays',
      section: protection,
      label: 'Shelter stays',
      refs: [ref('shelter_stays.operator_movement')],
    },
    {
      key: 'shelter_stays.restricted',
      section: protection,
      label: 'Shelter stays without freedom to leave',
      refs: [ref('shelter_stays.operator_movement', null, 'restricted')],
    },
    {
      key: 'victims_testified',
      section: protection,
      label: 'Victims assisting prosecutions (witnesses)',
      refs: [ref('victims_testified.role_sex', 'victim_witness')],
    },
    {
      key: 'victims_penalised',
      section: protection,
      label: 'Victims penalised (arrested, fined, prosecuted, deported)',
      refs: [ref('victims_penalised.penalty_sex')],
    },
    {
      key: 'compensation.ordered',
      section: protection,
      label: 'Compensation to victims ordered, national currency',
      refs: [ref('sentences.compensation_ordered')],
    },
    {
      key: 'residence_permits.granted',
      section: protection,
      label: 'Residence permits granted to foreign victims',
      refs: [ref('residence_permits.type_status', null, 'granted')],
    },
    cell('returns.forced', protection, 'Victims deported or removed', forcedReturns),
    {
      key: 'funding',
      section: protection,
      label: 'Funding allocated to victim assistance, national currency',
      refs: [ref('funding_allocated.recipient_source')],
    },
    {
      key: 'funding.ngo',
      section: protection,
      label: 'Funding allocated to NGOs for victim assistance, national currency',
      refs: [ref('funding_allocated.recipient_source', 'ngo')],
    },
    {
      key: 'allowances.total',
      section: protection,
      label: 'Allowances paid to victims, national currency',
      refs: [ref('allowances_paid.total')],
    },
    ...preventionCells(prevention, true),
  ],
  unfilled: [
    {
      key: 'sentences.fine_amounts',
      section: prosecution,
      label: 'Fines imposed, amounts',
      reason: 'The sentence records the fine, but no table of the catalogue sums it.',
    },
    {
      key: 'budget.total',
      section: protection,
      label: "The government's whole anti-trafficking budget",
      reason: 'Funding records cover victim assistance only; other spending is not recorded.',
    },
    {
      key: 'action_plan.adoption',
      section: prevention,
      label: 'National action plan: adoption, budget and who implements it',
      reason:
        'The plan is a record of its own (Action plans), not a figure: its adoption day, budget and owners are read there.',
    },
    {
      key: 'awareness.materials',
      section: prevention,
      label: 'Awareness materials distributed (leaflets, posters, video)',
      reason: 'Materials are recorded per activity as a list, but no table counts them.',
    },
  ],
};
