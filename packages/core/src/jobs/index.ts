export * from './job-ports.ts';
export * from './run-due-jobs.ts';
