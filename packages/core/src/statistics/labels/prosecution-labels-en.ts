import type { prosecutionDimensionValues } from '../dimensions/prosecution-dimensions.ts';
import type { DimensionValue } from '../dimensions.ts';

type Dimensions = {
  [D in keyof typeof prosecutionDimensionValues]: {
    label: string;
    values: Record<DimensionValue<D>, string>;
  };
};

const defendant =
  'a suspect or defendant (a natural person or a company) of a criminal case on a trafficking or forced-labour article';

/** The prosecution figures' words in English (definitions: population, date, measure). */
export const prosecutionLabelsEn: {
  tables: Record<string, { title: string; definition: string }>;
  dimensions: Dimensions;
} = {
  tables: {
    'criminal_cases.exploitation_complicity': {
      title: 'Criminal investigations (cases) by form of exploitation and official complicity',
      definition:
        'Number of criminal cases opened in the period (the day the case was opened), by the forms of exploitation named in the case; official complicity: the case was flagged as involving a public official or has a defendant who is one.',
    },
    'criminal_cases.opening_body': {
      title: 'Criminal investigations (cases) by the body that opened them',
      definition:
        'Number of criminal cases opened in the period (the day the case was opened), by the opening body.',
    },
    'suspects_investigated.exploitation_kind': {
      title: 'Suspects investigated',
      definition: `Number of suspects investigated, each ${defendant}, counted in the period in which they became a suspect.`,
    },
    'defendants_charged.exploitation_kind': {
      title: 'Prosecutions: defendants charged, persons and companies',
      definition: `Number of defendants charged or indicted, each ${defendant}, counted in the period of the day they were charged.`,
    },
    'defendants_charged.complicity_sex': {
      title: 'Prosecutions of public officials for complicity',
      definition:
        'Number of defendants charged or indicted in the period (the day they were charged), by whether the defendant is a public official.',
    },
    'defendants_judged.verdict_exploitation': {
      title: 'Convictions and acquittals',
      definition:
        'Number of defendants whose first verdict (or the closing or dismissal of their case) fell in the period, by their current verdict: a verdict changed on appeal counts as the new one, in the period of the first.',
    },
    'defendants_judged.verdict_complicity': {
      title: 'Verdicts against public officials',
      definition:
        'Number of defendants whose first verdict fell in the period, by their current verdict and by whether the defendant is a public official.',
    },
    'sentences.kind_history': {
      title: 'Sentences to prison, suspended and fines',
      definition:
        'Number of convicted defendants first sentenced in the period, by the kind of their latest sentence (a sentence replaced or reduced on appeal counts as the final one; the columns say how many were reduced).',
    },
    'sentences.band_history': {
      title: 'Sentences',
      definition:
        'Number of convicted defendants first sentenced in the period, by their latest sentence (a sentence replaced or reduced on appeal counts as the final one; the columns say how many were reduced). Bands run from the lower bound up to but not including the upper one.',
    },
    'sentences.median_months': {
      title: 'Median prison term',
      definition:
        'Median number of months of prison to be served (suspended sentences excluded) of convicted defendants first sentenced in the period, by their latest sentence.',
    },
    'sentences.compensation_ordered': {
      title: 'Compensation to victims ordered',
      definition:
        'Total of the compensation to victims ordered in the latest sentences of defendants first sentenced in the period, in the national currency.',
    },
    'sentences.compensation_paid': {
      title: 'Compensation to victims paid',
      definition:
        'Total of the compensation recorded as paid to victims under the latest sentences of defendants first sentenced in the period, in the national currency.',
    },
    'compensation_payments.exploitation': {
      title: 'Compensation paid to victims in the period',
      definition:
        'Total of the payments of compensation to victims made under sentences of convicted defendants, counted in the period of the day each was paid (whenever the sentence was pronounced), in the national currency.',
    },
    'cases_pending.stage_exploitation': {
      title: 'Cases pending at the end of the period',
      definition:
        'Number of criminal cases opened before the end of the period in which at least one defendant had no verdict by the end of the period (or no defendant had been named), as at the last day in the period; court: someone had been charged.',
    },
    'administrative_measures.measure': {
      title: 'Administrative measures against complicit officials',
      definition:
        'Number of administrative measures (dismissal, suspension and others) decided against public officials who are defendants, counted in the period of the day decided.',
    },
    'victims_testified.role_sex': {
      title: 'Victims who testified',
      definition:
        'Number of victims who testified in a criminal case, one per victim and case, counted in the period of the day they testified.',
    },
    'victims_penalised.penalty_sex': {
      title: 'Victims penalised for acts they were compelled to commit',
      definition:
        'Number of times identified or presumed victims were arrested, fined, prosecuted or deported for acts they were compelled to commit, counted in the period of the day it happened.',
    },
  },
  dimensions: {
    complicity: {
      label: 'Official complicity',
      values: { official_involved: 'Public official involved', none: 'No official involved' },
    },
    case_opening_body: {
      label: 'Opened by',
      values: {
        police_anti_trafficking: 'Police anti-trafficking unit',
        police_other: 'Other police',
        prosecutor: 'Prosecutor',
        labour_inspectorate_referral: 'Referral by the labour inspectorate',
        other: 'Other body',
      },
    },
    defendant_kind: { label: 'Defendant', values: { natural_person: 'Persons', company: 'Companies' } },
    verdict: {
      label: 'Verdict',
      values: {
        convicted: 'Convicted',
        acquitted: 'Acquitted',
        dismissed: 'Dismissed',
        closed: 'Case closed',
      },
    },
    sentence_kind: {
      label: 'Kind of sentence',
      values: {
        prison: 'Prison',
        suspended: 'Suspended prison term',
        fine_only: 'Fine only',
        other_non_custodial: 'Other, without prison',
      },
    },
    sentence_band: {
      label: 'Sentence',
      values: {
        under_1: 'Prison, under 1 year',
        '1_3': 'Prison, 1 to 3 years',
        '3_6': 'Prison, 3 to 6 years',
        '6_8': 'Prison, 6 to 8 years',
        '8_10': 'Prison, 8 to 10 years',
        over_10: 'Prison, 10 years or more',
        suspended: 'Suspended prison term',
        fine_only: 'Fine only',
        other_non_custodial: 'Other, without prison',
      },
    },
    sentence_history: {
      label: 'Sentence on appeal',
      values: {
        as_pronounced: 'As first pronounced',
        reduced: 'Reduced or replaced by a lighter one',
        replaced: 'Replaced, not lighter',
      },
    },
    pending_stage: {
      label: 'Stage at the end of the period',
      values: { investigation: 'Investigation', court: 'In court' },
    },
    administrative_measure: {
      label: 'Measure',
      values: {
        dismissal: 'Dismissal',
        suspension: 'Suspension',
        demotion: 'Demotion',
        reprimand: 'Reprimand',
        other: 'Other',
      },
    },
    victim_penalty: {
      label: 'Penalty',
      values: { arrested: 'Arrested', fined: 'Fined', prosecuted: 'Prosecuted', deported: 'Deported' },
    },
    victim_role: {
      label: 'Part in the case',
      values: { victim: 'Victim', victim_witness: 'Victim-witness' },
    },
  },
};
