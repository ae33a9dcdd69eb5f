import { getAlpha2Codes } from 'i18n-iso-countries/index.js';
import type { Deps } from '../context.ts';
import {
  ageBands,
  exploitationForms,
  genders,
  isicSections,
  meansOfControl,
  recruiterRelationships,
  recruitmentMethods,
  screeningOutcomes,
  sexExploitationTypes,
} from '../identification/identification-vocabulary.ts';
import { readPreventionPlaces } from '../prevention/prevention-places.ts';
import {
  awarenessAudiences,
  awarenessChannels,
  awarenessMaterials,
  hotlineCallerTypes,
  hotlineChannels,
  hotlineOutcomes,
  hotlineTopics,
  oversightKinds,
  preventionLanguages,
  trainingTopics,
} from '../prevention/prevention-vocabulary.ts';
import { readProsecutionSettings } from '../prosecution/prosecution-settings.ts';
import {
  administrativeMeasures,
  closeReasons,
  defendantAgeBands,
  defendantKinds,
  defendantSexes,
  openingBodies,
  verdicts,
} from '../prosecution/prosecution-vocabulary.ts';
import {
  dischargeReasons,
  fundingSources,
  operatorTypes,
  residentGroups,
  serviceOutcomes,
  serviceTypes,
} from '../protection/protection-vocabulary.ts';
import {
  consentMeans,
  consentPurposes,
  referralServices,
  referralUrgencies,
} from '../referrals/referral-vocabulary.ts';

/** One allowed value: what the file writes (`code`), what it means, what the import stores. */
export interface CodeEntry {
  code: string;
  label: string;
  value: string;
}

export interface CodeList {
  key: string;
  description: string;
  entries: CodeEntry[];
}

/** The code lists of one run, each also a sheet of the template. Codes match without case. */
export class CodeLists {
  readonly lists: readonly CodeList[];
  readonly #index = new Map<string, Map<string, CodeEntry>>();

  constructor(lists: readonly CodeList[]) {
    this.lists = lists;
    for (const list of lists) {
      this.#index.set(list.key, new Map(list.entries.map((e) => [e.code.toLowerCase(), e])));
    }
  }

  find(list: string, code: string): CodeEntry | undefined {
    return this.#index.get(list)?.get(code.trim().toLowerCase());
  }
}

function fixed(key: string, description: string, codes: readonly string[]): CodeList {
  return { key, description, entries: codes.map((code) => ({ code, label: code, value: code })) };
}

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** Lists that are the same in every installation (the vocabularies of core). */
export const fixedCodeLists: readonly CodeList[] = [
  fixed('sexes', 'Gender (HTCDS 2.0).', genders),
  fixed('age_bands', 'Age band when only an approximate age is known.', ageBands),
  {
    key: 'countries',
    description: 'Countries, ISO 3166-1 alpha-2.',
    entries: Object.keys(getAlpha2Codes())
      .sort()
      .map((code) => ({ code, label: countryNames.of(code) ?? code, value: code })),
  },
  fixed('forms_of_exploitation', 'Forms of exploitation (HTCDS 2.0, plus two).', exploitationForms),
  fixed('industries', 'ISIC rev.4 section letters.', isicSections),
  fixed('sex_exploitation_types', 'Types of sexual exploitation (HTCDS 2.0).', sexExploitationTypes),
  fixed('means_of_control', 'Means of control (HTCDS 2.0).', meansOfControl),
  fixed('recruitment_methods', 'Methods of recruitment (HTCDS 2.0).', recruitmentMethods),
  fixed(
    'recruiter_relationships',
    'Relationship to the recruiter (HTCDS 2.0, plus IntimatePartner).',
    recruiterRelationships,
  ),
  fixed('populations', 'Screened as an adult or a child.', ['adult', 'child']),
  fixed('screening_outcomes', "The screener's outcome.", screeningOutcomes),
  fixed('decision_outcomes', 'Formal identification decision.', ['identified', 'not_victim']),
  fixed('consent_purposes', 'What the person consented to.', consentPurposes),
  fixed('consent_means', 'How consent was given.', consentMeans),
  fixed('referral_services', 'What the referral asked the recipient to do.', referralServices),
  fixed('referral_urgencies', 'Urgency of a referral.', referralUrgencies),
  fixed('referral_responses', "The recipient's answer.", ['accepted', 'declined']),
  fixed('service_types', 'Services a victim received (the protection catalogue).', serviceTypes),
  fixed('service_outcomes', 'How a service delivery ended, or that it goes on.', serviceOutcomes),
  fixed('resident_groups', 'The group a shelter place was taken in.', residentGroups),
  fixed('discharge_reasons', 'Why a shelter stay ended.', dischargeReasons),
  fixed('funding_sources', 'Where a budget line of victim assistance comes from.', fundingSources),
  fixed('operator_types', 'State body, NGO or international organisation.', operatorTypes),
  fixed('opening_bodies', 'The body that opened a criminal case.', openingBodies),
  fixed('defendant_kinds', 'A suspect is a person or a company.', defendantKinds),
  fixed('defendant_sexes', "A suspect's sex.", defendantSexes),
  fixed('defendant_age_bands', "A suspect's age band.", defendantAgeBands),
  // `investigated` is the defendants sheet's own day; the stages sheet takes the ones after it.
  fixed('defendant_stage_codes', 'A stage of a defendant after the investigation, in order.', [
    'charged',
    'trial',
    'verdict',
    'sentence',
    'appeal',
    'final',
  ]),
  fixed('verdicts', 'The outcome of a verdict stage.', verdicts),
  fixed('close_reasons', 'Why a case was closed without a judgment.', closeReasons),
  fixed('official_measures', 'A measure against a complicit official.', administrativeMeasures),
  fixed('awareness_audiences', 'The main audience of an awareness-raising activity.', awarenessAudiences),
  fixed('awareness_channels', 'The main channel of an awareness-raising activity.', awarenessChannels),
  fixed('awareness_materials', 'Materials handed out or shown.', awarenessMaterials),
  fixed(
    'prevention_languages',
    'Language of prevention work or a hotline contact (ISO 639-1).',
    preventionLanguages,
  ),
  fixed('training_topics', 'The main topic of a training of officials.', trainingTopics),
  fixed('oversight_kinds', 'Recruitment oversight and measures against demand.', oversightKinds),
  fixed('hotline_channels', 'How a caller reached the hotline.', hotlineChannels),
  fixed('hotline_caller_types', 'Who the caller said they were.', hotlineCallerTypes),
  fixed('hotline_topics', 'What a hotline contact was about.', hotlineTopics),
  fixed('hotline_outcomes', 'The furthest step a hotline contact led to.', hotlineOutcomes),
];

/** The fixed lists plus this installation's organisations (by name) and indicator lists. */
export async function loadCodeLists(deps: Pick<Deps, 'store'>): Promise<CodeLists> {
  const organisations = await deps.store.organisations.list({});
  const indicatorLists = await deps.store.indicatorLists.listLatest();
  const { articles } = await readProsecutionSettings(deps.store);
  const places = await readPreventionPlaces(deps.store);
  return new CodeLists([
    ...fixedCodeLists,
    {
      key: 'organisations',
      description: 'Organisations of the referral mechanism, by their name in OpenNRM.',
      entries: organisations
        .filter((o) => o.type !== 'system_operator')
        .map((o) => ({ code: o.name, label: o.type, value: o.id })),
    },
    {
      key: 'indicator_lists',
      description: 'Indicator lists a screening was made with.',
      entries: indicatorLists.map((l) => ({ code: l.key, label: l.title.en ?? l.key, value: l.key })),
    },
    {
      key: 'legal_articles',
      description: 'Articles of the criminal code a case may be opened under (prosecution settings).',
      entries: articles.map((a) => ({ code: a.code, label: a.title.en, value: a.code })),
    },
    {
      key: 'prevention_places',
      description: 'Cities and districts where prevention work is recorded (the configured list).',
      entries: places.map((p) => ({ code: p.code, label: `${p.name} (${p.region})`, value: p.code })),
    },
  ]);
}
