import { describe, expect, it } from 'vitest';
// The generator is a build script: it reads the server's route registry, which the web app itself
// never imports (web -> contracts only). The test may, to hold the committed file to the routes.
import { generateApiTypes, readCommittedApiTypes } from '../../../../scripts/generate-api-types.mjs';

/** The first lines that differ, so a failure names the route that changed, not 7,000 lines. */
function firstDifference(committed: string, current: string): string {
  const a = committed.split('\n');
  const b = current.split('\n');
  const at = a.findIndex((line, i) => line !== b[i]);
  const from = Math.max(0, (at === -1 ? a.length : at) - 3);
  return [
    `committed, from line ${from + 1}:`,
    ...a.slice(from, from + 8),
    'generated now:',
    ...b.slice(from, from + 8),
  ].join('\n');
}

describe('the API types generated from the OpenAPI document', () => {
  it('are those of the routes the server declares now', { timeout: 60_000 }, async () => {
    const committed = readCommittedApiTypes();
    const current = await generateApiTypes();
    const stale = committed !== current;
    expect(
      stale
        ? `Stale: run \`npm run generate:api-types\`.\n${firstDifference(committed, current)}`
        : 'current',
    ).toBe('current');
  });
});
