/**
 * What global-setup hands to the test workers (through vitest's provide/inject). Declared on
 * vitest's ProvidedContext so `inject()` is typed.
 */
export interface TestDatabasesInfo {
  /** Path of a tarball of a migrated PGlite data directory. */
  pgliteTemplate: string;
  /** The throwaway PostgreSQL server, or null when its binaries are not installed. */
  postgres: { url: string; template: string } | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    opennrmTestDatabases: TestDatabasesInfo;
  }
}
