export * from './add-user.ts';
export * from './attack-published-report.ts';
export * from './memory-store.ts';
export * from './test-deps.ts';
