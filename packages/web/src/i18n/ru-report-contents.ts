import type { enReportContents } from './en-report-contents.ts';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Russian text of the annual report's navigation and empty years. */
export const ruReportContents: Shape<typeof enReportContents> = {
  reportContents: {
    title: 'Содержание',
    noDataYear:
      'За период {{period}} не учтено ни одной записи. Выберите другой год или загрузите прежние годы в разделе «Прошлые годы».',
    noDataTable: 'Нет записей ни за {{current}}, ни за {{previous}}.',
    backToContents: 'К содержанию',
  },
};
