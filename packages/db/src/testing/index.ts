export { type ScenarioRecord, seedScenario } from '../statistics/statistics-scenario.ts';
export { createDatabaseTestDeps } from './create-database-test-deps.ts';
export { describeEachBackend } from './describe-each-backend.ts';
export { type FreshPostgresDatabase, freshPostgresDatabase } from './fresh-postgres-database.ts';
export type { TestDatabasesInfo } from './provided-context.ts';
export { readScaleFigures, recomputeReportingDates } from './scale-test-queries.ts';
export { type BackendName, type TestBackend, testBackends } from './test-backends.ts';
export type { TestDatabase } from './test-database.ts';
