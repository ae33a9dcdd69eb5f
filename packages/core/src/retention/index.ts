export * from './anonymise-person.ts';
export * from './erase-person.ts';
export * from './export-subject-data.ts';
export * from './legal-holds.ts';
export * from './plan-retention.ts';
export * from './retention-ports.ts';
export * from './retention-rules.ts';
export * from './run-retention.ts';
