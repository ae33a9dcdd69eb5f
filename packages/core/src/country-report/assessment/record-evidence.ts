import type { RecordEvidence } from './evidence-definitions.ts';

const zero = (current: number) => current === 0;

/**
 * Evidence counted from the action plan records (a plan is a record, not a figure of the
 * statistics catalogue): the plan in force and its indicators. The rest of prevention is read
 * from the catalogue's tables (prevention-evidence.ts), as the questionnaires read it.
 */
export const recordEvidence: readonly RecordEvidence[] = [
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
