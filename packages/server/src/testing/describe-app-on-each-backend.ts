import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { afterAll, beforeAll } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

/**
 * describeEachBackend with the demo app (a user per role, test-app.ts) set up once per file on
 * each backend's database, in beforeAll, and the database closed after: the set-up the HTTP flow
 * tests share. `app()` is that app, inside a test.
 */
export function describeAppOnEachBackend(title: string, tests: (app: () => TestApp) => void): void {
  describeEachBackend(title, (open) => {
    let database: TestDatabase | undefined;
    let app: TestApp | undefined;
    beforeAll(async () => {
      database = await open();
      app = await createTestApp(database);
    });
    afterAll(() => database?.close());
    tests(() => {
      if (!app) throw new Error('The test app is set up in beforeAll: call app() inside a test.');
      return app;
    });
  });
}
