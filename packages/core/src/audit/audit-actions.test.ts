import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditActions } from './audit-actions.ts';
import { auditActionGroupLabels, auditActionLabels } from './labels/audit-action-labels.ts';

const packagesDir = fileURLToPath(new URL('../../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // Test fixtures (`testing/`) write made-up events on purpose; only the product's code counts.
    if (statSync(path).isDirectory())
      return ['node_modules', 'testing'].includes(name) ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * Actions as written in the code that acts: `action: 'x.y'` (also either side of a ternary) and
 * the helpers that take the action as their third argument. The type of `recordAudit` already
 * refuses an unlisted action; this catches a direct `audit.append` or a cast.
 */
function writtenActions(): Map<string, string> {
  const found = new Map<string, string>();
  const code = /'([a-z_]+\.[a-z_]+)'/g;
  for (const pkg of ['core', 'server', 'cli', 'db']) {
    for (const file of sourceFiles(join(packagesDir, pkg, 'src'))) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!/\baction:|audit(Run)?\(ctx, tx,|\? '[a-z_]+\.[a-z_]+' :/.test(line)) continue;
        for (const m of line.matchAll(code)) found.set(m[1] ?? '', file);
      }
    }
  }
  return found;
}

describe('audit actions', () => {
  it('every action written anywhere is listed and has words in English, Azerbaijani and Russian', () => {
    const written = writtenActions();
    // The scan must see the code at all: a broken pattern would pass every check below.
    expect(written.size).toBeGreaterThan(80);
    const listed = new Set<string>(auditActions);
    for (const [action, file] of written) expect(listed.has(action), `${action} (${file})`).toBe(true);
    for (const action of auditActions) {
      const [en, az, ru] = (['en', 'az', 'ru'] as const).map((l) => auditActionLabels[l][action]);
      expect(en, action).toBeTruthy();
      // A translation that is the English words was never translated.
      expect(az && az !== en, `${action} az`).toBe(true);
      expect(ru && ru !== en, `${action} ru`).toBe(true);
    }
  });

  it('every family of actions has a heading in every language', () => {
    for (const action of auditActions) {
      const group = action.split('.')[0] as keyof (typeof auditActionGroupLabels)['en'];
      for (const locale of ['en', 'az', 'ru'] as const)
        expect(auditActionGroupLabels[locale][group]).toBeTruthy();
    }
  });
});
