import { describe } from 'vitest';
import { type BackendName, testBackends } from './test-backends.ts';
import type { TestDatabase } from './test-database.ts';

/**
 * Runs the same describe block once per backend (`title [pglite]`, `title [postgres]`), so every
 * database behaviour is proven on the embedded default and on the production server alike.
 */
export function describeEachBackend(
  title: string,
  fn: (open: () => Promise<TestDatabase>, backend: BackendName) => void,
): void {
  for (const backend of testBackends()) {
    describe(`${title} [${backend.name}]`, () => fn(backend.open, backend.name));
  }
}
