/** English text of the annual report's navigation and empty years. */
export const enReportContents = {
  reportContents: {
    title: 'Contents',
    noDataYear:
      'No records were counted for {{period}}. Choose another year, or load earlier years under Previous years.',
    noDataTable: 'No records in {{current}} or {{previous}}.',
    backToContents: 'Back to contents',
  },
} as const;
