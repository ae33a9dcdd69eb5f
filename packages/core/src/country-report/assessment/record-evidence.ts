import type { RecordEvidence } from './evidence-definitions.ts';

const zero = (current: number) => current === 0;

/**
 * Evidence counted from the prevention records and the action plan (not yet figures of the
 * statistics catalogue): awareness activities and their audiences, officials trained, demand
 * reduction and recruitment oversight, the plan in force and its indicators.
 */
export const recordEvidence: readonly RecordEvidence[] = [
  {
    key: 'awareness_activities',
    label: {
      en: 'Awareness activities',
      az: 'Maarifləndirmə tədbirləri',
      ru: 'Информационно-просветительские мероприятия',
    },
    direction: 'higher_better',
    source: 'prevention: awareness activities',
    record: true,
  },
  {
    key: 'awareness_for_foreigners_and_employers',
    label: {
      en: 'Awareness activities aimed at foreign migrant workers or employers',
      az: 'Xarici miqrant işçilərə və ya işəgötürənlərə yönəlmiş maarifləndirmə tədbirləri',
      ru: 'Просветительские мероприятия для иностранных трудовых мигрантов или работодателей',
    },
    direction: 'higher_better',
    source: 'prevention: awareness activities by audience',
    record: true,
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
    source: 'prevention: trainings of officials, participants',
    record: true,
  },
  {
    key: 'diplomats_trained',
    label: { en: 'Diplomats trained', az: 'Təlim keçmiş diplomatlar', ru: 'Обученные дипломаты' },
    direction: 'higher_better',
    source: 'prevention: trainings of officials, participants who are diplomats',
    record: true,
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
    source: 'prevention: oversight activities, inspections',
    record: true,
  },
  {
    key: 'demand_measures',
    label: {
      en: 'Measures to reduce demand',
      az: 'Tələbin azaldılmasına yönəlmiş tədbirlər',
      ru: 'Меры по снижению спроса',
    },
    direction: 'higher_better',
    source: 'prevention: demand reduction campaigns and measures',
    record: true,
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
    key: 'plan_in_force',
    label: {
      en: 'National action plan in force',
      az: 'Qüvvədə olan Milli Fəaliyyət Planı',
      ru: 'Действующий национальный план действий',
    },
    direction: 'higher_better',
    source: 'action plan: adopted, covering the year',
    record: true,
    weakness: {
      when: zero,
      finding: {
        en: 'No national action plan was in force.',
        az: 'Qüvvədə olan Milli Fəaliyyət Planı olmamışdır.',
        ru: 'Национальный план действий не действовал.',
      },
      recommendation: {
        en: 'Adopt and implement a national action plan.',
        az: 'Milli Fəaliyyət Planını qəbul etmək və icra etmək.',
        ru: 'Принять и выполнять национальный план действий.',
      },
    },
  },
  {
    key: 'plan_indicators',
    label: {
      en: 'Indicators of the action plan',
      az: 'Fəaliyyət Planının göstəriciləri',
      ru: 'Показатели плана действий',
    },
    direction: 'higher_better',
    source: 'action plan: indicators with targets',
    record: true,
    weakness: {
      when: (current, figures) => current === 0 && (figures.get('plan_in_force') ?? 0) > 0,
      finding: {
        en: 'The national action plan has no evaluation metrics.',
        az: 'Milli Fəaliyyət Planında qiymətləndirmə göstəriciləri yoxdur.',
        ru: 'В национальном плане действий нет показателей для оценки.',
      },
      recommendation: {
        en: 'Give the national action plan indicators with targets and an independent evaluation.',
        az: 'Milli Fəaliyyət Planına hədəfləri olan göstəricilər və müstəqil qiymətləndirmə daxil etmək.',
        ru: 'Дополнить национальный план действий показателями с целевыми значениями и независимой оценкой.',
      },
    },
  },
];
