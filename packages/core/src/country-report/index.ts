export * from './fill-submission-template.ts';
export * from './get-filled-submission.ts';
export * from './record-country-report-download.ts';
export * from './submission-template.ts';
export * from './submission-templates.ts';
