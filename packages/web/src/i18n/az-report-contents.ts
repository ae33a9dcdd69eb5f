import type { enReportContents } from './en-report-contents.ts';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Azerbaijani text of the annual report's navigation and empty years. */
export const azReportContents: Shape<typeof enReportContents> = {
  reportContents: {
    title: 'Mündəricat',
    noDataYear:
      '{{period}} üzrə heç bir qeyd sayılmayıb. Başqa il seçin və ya əvvəlki illəri «Əvvəlki illər» bölməsində yükləyin.',
    noDataTable: '{{current}} və {{previous}} üzrə qeyd yoxdur.',
    backToContents: 'Mündəricata qayıt',
  },
};
