export * from './add-user.ts';
export * from './attack-published-report.ts';
export * from './ctdc-fixture-as-format-b.ts';
export * from './memory-store.ts';
export * from './sign-in-with-password.ts';
export * from './test-deps.ts';
