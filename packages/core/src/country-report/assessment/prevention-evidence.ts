import { ref } from '../submission-template.ts';
import type { TableEvidence } from './evidence-definitions.ts';

const awareness = 'awareness_activities.audience_channel';
const participants = 'training_participation.participants';
const zero = (current: number) => current === 0;

/**
 * Prevention evidence read from the prevention module's tables of the catalogue (the same cells
 * the questionnaires and the narrative quote, so the three never disagree): awareness and its
 * audiences, officials trained, recruitment oversight, demand, the hotline.
 */
export const preventionEvidence: readonly TableEvidence[] = [
  {
    key: 'awareness_activities',
    label: {
      en: 'Awareness activities',
      az: 'Maarifləndirmə tədbirləri',
      ru: 'Информационно-просветительские мероприятия',
    },
    direction: 'higher_better',
    source: 'awareness_activities.audience_channel',
    refs: [ref(awareness)],
  },
  {
    key: 'awareness_for_foreigners_and_employers',
    label: {
      en: 'Awareness activities aimed at foreign migrant workers or employers',
      az: 'Xarici miqrant işçilərə və ya işəgötürənlərə yönəlmiş maarifləndirmə tədbirləri',
      ru: 'Просветительские мероприятия для иностранных трудовых мигрантов или работодателей',
    },
    direction: 'higher_better',
    source: awareness,
    refs: [ref(awareness, 'foreign_migrant_workers'), ref(awareness, 'employers')],
    weakness: {
      when: (current, figures) => current === 0 && (figures.get('awareness_activities') ?? 0) > 0,
      finding: {
        en: 'Awareness activities were aimed only at citizens, none at foreign migrant workers or employers.',
        az: 'Maarifləndirmə tədbirləri yalnız vətəndaşlara yönəlmiş, heç biri xarici miqrant işçilərə və ya işəgötürənlərə yönəlməmişdir.',
        ru: 'Просветительские мероприятия были направлены только на граждан, ни одно — на иностранных трудовых мигрантов или работодателей.',
      },
      recommendation: {
        en: 'Target awareness campaigns at foreign migrant workers, describing the indicators of trafficking and where to seek help.',
        az: 'Maarifləndirmə kampaniyalarını insan alverinin əlamətlərini və kömək üçün müraciət yollarını izah etməklə xarici miqrant işçilərə yönəltmək.',
        ru: 'Направлять информационные кампании на иностранных трудовых мигрантов, разъясняя признаки торговли людьми и куда обращаться за помощью.',
      },
    },
  },
  {
    key: 'officials_trained',
    label: { en: 'Officials trained', az: 'Təlim keçmiş vəzifəli şəxslər', ru: 'Обученные должностные лица' },
    direction: 'higher_better',
    source: participants,
    refs: [ref(participants)],
  },
  {
    key: 'diplomats_trained',
    label: { en: 'Diplomats trained', az: 'Təlim keçmiş diplomatlar', ru: 'Обученные дипломаты' },
    direction: 'higher_better',
    source: participants,
    refs: [ref(participants, 'diplomats')],
    weakness: {
      when: zero,
      finding: {
        en: 'No anti-trafficking training was given to diplomatic personnel.',
        az: 'Diplomatik heyətə insan alverinə qarşı heç bir təlim keçirilməmişdir.',
        ru: 'Дипломатический персонал не прошёл обучения по противодействию торговле людьми.',
      },
      recommendation: {
        en: 'Provide anti-trafficking training and guidance to diplomatic personnel.',
        az: 'Diplomatik heyət üçün insan alverinə qarşı təlim və təlimat təmin etmək.',
        ru: 'Обеспечить обучение и методические указания по противодействию торговле людьми для дипломатического персонала.',
      },
    },
  },
  {
    key: 'recruitment_oversight',
    label: {
      en: 'Inspections of recruitment agencies and workplaces',
      az: 'Məşğulluq agentliklərinin və iş yerlərinin yoxlanışları',
      ru: 'Проверки кадровых агентств и рабочих мест',
    },
    direction: 'higher_better',
    source: 'oversight_activities.inspections',
    refs: [
      ref('oversight_activities.inspections', 'recruitment_agency_inspection'),
      ref('oversight_activities.inspections', 'workplace_inspection'),
    ],
  },
  {
    key: 'demand_measures',
    label: {
      en: 'Measures to reduce demand',
      az: 'Tələbin azaldılmasına yönəlmiş tədbirlər',
      ru: 'Меры по снижению спроса',
    },
    direction: 'higher_better',
    source: 'oversight_activities.kind',
    refs: [
      ref('oversight_activities.kind', 'demand_reduction_campaign'),
      ref('oversight_activities.kind', 'other_demand_measure'),
    ],
    weakness: {
      when: zero,
      finding: {
        en: 'No measure to reduce the demand for commercial sex or forced labour was recorded.',
        az: 'Kommersiya seksinə və ya məcburi əməyə tələbin azaldılmasına yönəlmiş heç bir tədbir qeydə alınmamışdır.',
        ru: 'Не учтено ни одной меры по снижению спроса на коммерческий секс или принудительный труд.',
      },
      recommendation: {
        en: 'Take measures to reduce the demand for commercial sex and forced labour.',
        az: 'Kommersiya seksinə və məcburi əməyə tələbin azaldılması üçün tədbirlər görmək.',
        ru: 'Принимать меры по снижению спроса на коммерческий секс и принудительный труд.',
      },
    },
  },
  {
    key: 'hotline_contacts',
    label: { en: 'Hotline contacts', az: 'Qaynar xəttə müraciətlər', ru: 'Обращения на горячую линию' },
    direction: 'higher_better',
    source: 'hotline_contacts.outcome_result',
    refs: [ref('hotline_contacts.outcome_result')],
  },
];
