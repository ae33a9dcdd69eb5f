import { ref, type SubmissionTemplate, type TemplateCell } from '../submission-template.ts';
import { preventionCells } from './prevention-cells.ts';
import { assistedReturns, cell, forcedReturns } from './template-cells.ts';

const victims = 'Identified victims';
const assistance = 'Assistance and protection';
const justice = 'Criminal justice';

/** Each value of one dimension of a victims table, as its own line of the annex. */
function lines(
  table: string,
  prefix: string,
  values: readonly (readonly [string, string])[],
): TemplateCell[] {
  return values.map(([code, words]) => ({
    key: `${prefix}.${code}`,
    section: victims,
    label: `Identified victims: ${words}`,
    refs: [ref(table, code)],
  }));
}

/**
 * GRETA's statistical annex to its questionnaire (Council of Europe Convention, CETS 197):
 * victims per year by sex, age, nationality, form and internal or transnational; reflection
 * periods, residence permits, returns, compensation; investigations, prosecutions, convictions.
 */
export const gretaStatisticalAnnex: SubmissionTemplate = {
  key: 'greta',
  title: 'GRETA questionnaire: statistical annex',
  body: 'Council of Europe, Group of Experts on Action against Trafficking in Human Beings (GRETA)',
  notes: [
    'Identified victims: persons whose first identification decision (by any competent body, NGOs included) fell in the year.',
    'Transnational: the victim crossed an international border in the course of the trafficking; a foreign national exploited here is transnational.',
    'Convictions are counted by the day of the first verdict, with the outcome of any appeal.',
  ],
  cells: [
    {
      key: 'victims',
      section: victims,
      label: 'Identified victims',
      refs: [ref('victims_identified.sex_age')],
    },
    {
      key: 'victims.previous',
      section: victims,
      label: 'Identified victims, previous year',
      refs: [ref('victims_identified.sex_age')],
      period: 'previous',
    },
    {
      key: 'presumed',
      section: victims,
      label: 'Presumed victims',
      refs: [ref('persons_presumed.sex_age')],
    },
    ...lines('victims_identified.sex_age', 'sex', [
      ['female', 'female'],
      ['male', 'male'],
      ['other', 'other sex'],
      ['unknown', 'sex unknown'],
    ]),
    ...['adult', 'child', 'unknown'].map((code) => ({
      key: `age.${code}`,
      section: victims,
      label: `Identified victims: ${code === 'unknown' ? 'age unknown' : code === 'child' ? 'children' : 'adults'}`,
      refs: [ref('victims_identified.sex_age', null, code)],
    })),
    ...lines('victims_identified.nationality_sex', 'nationality', [
      ['domestic', 'nationals'],
      ['foreign', 'foreign nationals'],
      ['unknown', 'nationality unknown'],
    ]),
    ...lines('victims_identified.exploitation_age', 'form', [
      ['sexual', 'sexual exploitation'],
      ['labour', 'labour exploitation'],
      ['sexual_and_labour', 'both sexual and labour exploitation'],
      ['other', 'other forms (forced criminality, begging, domestic servitude, organ removal)'],
      ['unknown', 'form unknown'],
    ]),
    ...lines('victims_identified.scope_sex', 'scope', [
      ['internal', 'internal trafficking'],
      ['transnational', 'transnational trafficking'],
      ['unknown', 'unknown whether internal or transnational'],
    ]),
    {
      key: 'reflection_periods',
      section: assistance,
      label: 'Recovery and reflection periods granted (art. 13)',
      refs: [ref('reflection_periods.standing')],
    },
    {
      key: 'residence_permits.granted',
      section: assistance,
      label: 'Residence permits granted (art. 14)',
      refs: [ref('residence_permits.type_status', null, 'granted')],
    },
    {
      key: 'residence_permits.refused',
      section: assistance,
      label: 'Residence permits refused',
      refs: [ref('residence_permits.type_status', null, 'refused')],
    },
    cell('returns.assisted', assistance, 'Assisted returns and repatriations (art. 16)', assistedReturns),
    cell('returns.forced', assistance, 'Victims deported or removed', forcedReturns),
    {
      key: 'assisted.not_cooperating',
      section: assistance,
      label: 'Victims assisted without cooperating with law enforcement (art. 12.6)',
      refs: [ref('persons_assisted.cooperation_standing', 'not_willing')],
    },
    {
      key: 'victims_penalised',
      section: assistance,
      label: 'Victims penalised for offences they were compelled to commit (art. 26)',
      refs: [ref('victims_penalised.penalty_sex')],
    },
    {
      key: 'compensation.ordered',
      section: assistance,
      label: 'Compensation awarded by courts, national currency (art. 15)',
      refs: [ref('sentences.compensation_ordered')],
    },
    {
      key: 'compensation.paid',
      section: assistance,
      label: 'Compensation paid, national currency',
      refs: [ref('sentences.compensation_paid')],
    },
    {
      key: 'investigations',
      section: justice,
      label: 'Investigations',
      refs: [ref('criminal_cases.exploitation_complicity')],
    },
    {
      key: 'prosecutions',
      section: justice,
      label: 'Prosecutions (defendants charged)',
      refs: [ref('defendants_charged.exploitation_kind')],
    },
    {
      key: 'convictions',
      section: justice,
      label: 'Convictions',
      refs: [ref('defendants_judged.verdict_exploitation', 'convicted')],
    },
    {
      key: 'convictions.companies',
      section: justice,
      label: 'Legal persons prosecuted',
      refs: [ref('defendants_charged.exploitation_kind', null, 'company')],
    },
    {
      key: 'sentences.prison',
      section: justice,
      label: 'Sentences of imprisonment (not suspended)',
      refs: [ref('sentences.kind_history', 'prison')],
    },
    {
      key: 'sentences.median_months',
      section: justice,
      label: 'Median prison term, months',
      refs: [ref('sentences.median_months')],
    },
    ...preventionCells('Prevention, training and demand (art. 5, 6)', false),
  ],
  unfilled: [
    {
      key: 'victims.by_citizenship',
      section: victims,
      label: 'Identified victims by country of citizenship',
      reason: 'The catalogue publishes nationality as national or foreign only, not each country.',
    },
    {
      key: 'compensation.claimed',
      section: assistance,
      label: 'Compensation claimed by victims',
      reason: 'Claims are not recorded; only what sentences ordered and what was paid.',
    },
    {
      key: 'convictions.final',
      section: justice,
      label: 'Final convictions',
      reason:
        'Convictions are counted by the first verdict’s day; no table counts verdicts that became final in the year.',
    },
    {
      key: 'confiscation',
      section: justice,
      label: 'Confiscation of criminal assets',
      reason: 'The sentence records whether assets were confiscated, but no table counts it.',
    },
  ],
};
