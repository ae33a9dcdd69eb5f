import { ref, type SubmissionTemplate } from '../submission-template.ts';
import { assistedReturns, cell } from './template-cells.ts';

const victims = 'Victims detected';
const offenders = 'Persons investigated, prosecuted and convicted';
const identified = 'victims_identified.sex_age';

/**
 * UNODC's questionnaire for the Global Report on Trafficking in Persons (GLOTIP): victims as men,
 * women, boys and girls, by form and citizenship; persons suspected, prosecuted and convicted.
 */
export const glotipForm: SubmissionTemplate = {
  key: 'glotip',
  title: 'Global Report on Trafficking in Persons: questionnaire',
  body: 'United Nations Office on Drugs and Crime (UNODC)',
  notes: [
    'Victims detected: persons identified as victims in the year by any competent body, NGOs included.',
    'Domestic: detected in the country of citizenship without crossing a border; transnational otherwise.',
    'Boys and girls: under 18 on the day of identification.',
  ],
  cells: [
    { key: 'victims', section: victims, label: 'Victims detected', refs: [ref(identified)] },
    { key: 'victims.women', section: victims, label: 'Women', refs: [ref(identified, 'female', 'adult')] },
    { key: 'victims.men', section: victims, label: 'Men', refs: [ref(identified, 'male', 'adult')] },
    { key: 'victims.girls', section: victims, label: 'Girls', refs: [ref(identified, 'female', 'child')] },
    { key: 'victims.boys', section: victims, label: 'Boys', refs: [ref(identified, 'male', 'child')] },
    {
      key: 'victims.unknown_sex_or_age',
      section: victims,
      label: 'Sex or age unknown',
      refs: [
        ref(identified, 'female', 'unknown'),
        ref(identified, 'male', 'unknown'),
        ref(identified, 'other'),
        ref(identified, 'unknown'),
      ],
    },
    ...(
      [
        ['sexual', 'Sexual exploitation'],
        ['labour', 'Forced labour'],
        ['sexual_and_labour', 'Mixed: sexual exploitation and forced labour'],
        ['other', 'Other forms (criminal activity, begging, forced marriage, organ removal, baby selling)'],
        ['unknown', 'Form not known'],
      ] as const
    ).map(([code, label]) => ({
      key: `form.${code}`,
      section: victims,
      label,
      refs: [ref('victims_identified.exploitation_age', code)],
    })),
    {
      key: 'citizenship.own',
      section: victims,
      label: 'Citizens of the reporting country',
      refs: [ref('victims_identified.nationality_sex', 'domestic')],
    },
    {
      key: 'citizenship.foreign',
      section: victims,
      label: 'Foreign citizens',
      refs: [ref('victims_identified.nationality_sex', 'foreign')],
    },
    {
      key: 'scope.domestic',
      section: victims,
      label: 'Detected in their own country without crossing a border (domestic)',
      refs: [ref('victims_identified.scope_sex', 'internal')],
    },
    {
      key: 'detected_by.state',
      section: victims,
      label: 'Detected by state authorities',
      refs: [ref('victims_identified.body_sex', 'state')],
    },
    {
      key: 'detected_by.ngo',
      section: victims,
      label: 'Detected by NGOs (no state decision)',
      refs: [ref('victims_identified.body_sex', 'ngo')],
    },
    cell('repatriated', victims, 'Victims repatriated', assistedReturns),
    {
      key: 'investigated',
      section: offenders,
      label: 'Persons suspected or investigated',
      refs: [ref('suspects_investigated.exploitation_kind', null, 'natural_person')],
    },
    {
      key: 'prosecuted',
      section: offenders,
      label: 'Persons prosecuted',
      refs: [ref('defendants_charged.exploitation_kind', null, 'natural_person')],
    },
    {
      key: 'prosecuted.female',
      section: offenders,
      label: 'Persons prosecuted: females',
      refs: [ref('defendants_charged.complicity_sex', null, 'female')],
    },
    {
      key: 'prosecuted.male',
      section: offenders,
      label: 'Persons prosecuted: males',
      refs: [ref('defendants_charged.complicity_sex', null, 'male')],
    },
    {
      key: 'convicted',
      section: offenders,
      label: 'Persons convicted (natural persons and companies)',
      refs: [ref('defendants_judged.verdict_exploitation', 'convicted')],
    },
  ],
  unfilled: [
    {
      key: 'victims.sex_age_by_form',
      section: victims,
      label: 'Men, women, boys and girls by form of exploitation',
      reason: 'The catalogue crosses the form with age only, not with sex and age together.',
    },
    {
      key: 'victims.by_citizenship',
      section: victims,
      label: 'Victims by country of citizenship',
      reason: 'The catalogue publishes nationality as national or foreign only, not each country.',
    },
    {
      key: 'investigated.by_sex',
      section: offenders,
      label: 'Persons investigated by sex',
      reason: 'The suspects fact has sex, but no table publishes suspects by sex.',
    },
    {
      key: 'convicted.by_sex',
      section: offenders,
      label: 'Persons convicted by sex',
      reason: 'The verdicts fact has sex, but no table publishes convictions by sex.',
    },
    {
      key: 'offenders.age_citizenship',
      section: offenders,
      label: 'Persons investigated, prosecuted and convicted by age and citizenship',
      reason: 'A defendant’s age band and citizenship are recorded but are not dimensions of the figures.',
    },
  ],
};
