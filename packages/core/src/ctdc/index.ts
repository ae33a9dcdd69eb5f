export * from './ctdc-record.ts';
export * from './dataset-store.ts';
export * from './detect-ctdc-format.ts';
export * from './parse-ctdc-row.ts';
