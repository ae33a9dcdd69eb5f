import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../../..');

/** The code without its comments (a comment may say why cooperation is never asked for). */
function codeOf(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'generated' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * The person's cooperation with law enforcement is their own choice and never a condition of a
 * service, a stay, a permit, a reflection period or anything else (GRETA art. 12(6)). Besides
 * the HTTP test that records every kind of support for a person who will not cooperate, this
 * holds the code to it: only the files that record, store, show and count cooperation may
 * mention it at all, so no rule, route or screen can quietly start depending on it.
 */
const allowed = new Set([
  // The record itself: vocabulary, type, the use case that records it, the Support tab's read.
  'packages/core/src/protection/protection-vocabulary.ts',
  'packages/core/src/protection/protection.ts',
  'packages/core/src/protection/protection-ports.ts',
  'packages/core/src/protection/record-cooperation.ts',
  'packages/core/src/protection/get-person-support.ts',
  'packages/core/src/protection/index.ts',
  // Storage, API shape, presenter, routes.
  'packages/db/src/migrations/0014-protection.ts',
  'packages/db/src/migrations/0019-protection-report-indexes.ts',
  'packages/db/src/schema-protection.ts',
  'packages/db/src/stores/protection-store.ts',
  'packages/contracts/src/schemas/protection.ts',
  'packages/contracts/src/routes/protection-routes.ts',
  'packages/server/src/presenters/protection-presenters.ts',
  'packages/server/src/routes/protection-handlers.ts',
  // The in-memory store the unit tests use holds the record like the database does.
  'packages/core/src/testing/memory-protection-stores.ts',
  // Retention: a cooperation record is one of the person's dated events (the clock) and part of
  // what a subject access export hands over; neither decides anything about support.
  'packages/db/src/retention/person-events-sql.ts',
  'packages/db/src/retention/subject-records-query.ts',
]);
/** Folders whose files only count, word, show or load it (statistics, the web's Support tab, demo, import). */
const allowedFolders = [
  'packages/core/src/statistics/',
  'packages/db/src/statistics/',
  'packages/web/src/protection/',
  'packages/web/src/i18n/',
  'packages/cli/src/demo/',
  'packages/core/src/historic-import/',
  // The country report quotes the statistics' cooperation table as evidence and answers.
  'packages/core/src/country-report/',
  // The audit trail names the action of recording it (`protection.cooperation_recorded`) in words.
  'packages/core/src/audit/',
];

describe('cooperation with law enforcement is never a condition', () => {
  it('is mentioned only where it is recorded, stored, shown or counted', () => {
    const mentions = ['core', 'db', 'contracts', 'server', 'web', 'cli']
      .flatMap((pkg) => sources(join(root, 'packages', pkg, 'src')))
      .map((path) => relative(root, path))
      .filter((path) => /cooperat/i.test(codeOf(join(root, path))))
      .filter((path) => !allowed.has(path) && !allowedFolders.some((folder) => path.startsWith(folder)));
    expect(mentions).toEqual([]);
  });

  it('is read by no use case that gives, refuses or ends support', () => {
    const protection = join(root, 'packages/core/src/protection');
    const readers = readdirSync(protection)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .filter((name) =>
        /\.cooperation\b|cooperationNow|protection_cooperation/.test(
          readFileSync(join(protection, name), 'utf8'),
        ),
      );
    // The Support tab shows it; nothing else in the module reads it.
    expect(readers).toEqual(['get-person-support.ts']);
  });
});
