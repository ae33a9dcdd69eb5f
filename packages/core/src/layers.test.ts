import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The layers of ARCHITECTURE.md are enforced by biome's noRestrictedImports (biome.json
 * overrides, one per package). This proves the rule bites: a file with an import past its
 * layer, written into each package, fails the lint naming the rule; the allowed neighbours pass.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const biome = join(root, 'node_modules/.bin/biome');
const rule = 'lint/style/noRestrictedImports';

type Probe = { pkg: string; forbidden: string[]; allowed: string[] };
const probes: Probe[] = [
  {
    pkg: 'core',
    forbidden: ['@opennrm/db', 'kysely', 'pg', 'hono', 'node:fs', 'node:net'],
    allowed: ['node:crypto'],
  },
  {
    pkg: 'contracts',
    forbidden: ['@opennrm/core', '@opennrm/db', 'node:fs'],
    allowed: ['@opennrm/core/vocabulary', '@opennrm/core/screening', '@hono/zod-openapi'],
  },
  {
    pkg: 'db',
    forbidden: ['@opennrm/server', '@opennrm/cli', '@opennrm/contracts', 'hono'],
    allowed: ['@opennrm/core', 'kysely'],
  },
  {
    pkg: 'server',
    forbidden: ['@opennrm/cli', '@opennrm/web', '@opennrm/testing', 'kysely', '@electric-sql/pglite'],
    allowed: ['@opennrm/core', '@opennrm/db', '@opennrm/contracts', 'hono'],
  },
  {
    pkg: 'web',
    forbidden: ['@opennrm/core', '@opennrm/core/vocabulary', '@opennrm/server', 'node:fs'],
    allowed: ['@opennrm/contracts', '@opennrm/contracts/vocabulary', 'react'],
  },
  {
    pkg: 'cli',
    forbidden: ['@opennrm/web', 'kysely', 'pg'],
    allowed: ['@opennrm/core', '@opennrm/db', '@opennrm/server'],
  },
  { pkg: 'e2e', forbidden: ['@opennrm/core'], allowed: ['@opennrm/testing', 'playwright-core'] },
  { pkg: 'testing', forbidden: ['@opennrm/core', '@opennrm/server'], allowed: ['oidc-provider'] },
];

const name = `layer-probe-${process.pid}.ts`;
const fileOf = (pkg: string) => `packages/${pkg}/src/${name}`;

/** Runs biome on the paths; the (path, line) of every noRestrictedImports diagnostic. */
function restrictedImports(paths: string[]): { ok: boolean; hits: string[] } {
  try {
    execFileSync(biome, ['lint', '--only=style/noRestrictedImports', '--max-diagnostics=none', ...paths], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, hits: [] };
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    const hits = [...`${stdout}\n${stderr}`.matchAll(/^(\S+?):(\d+):\d+ (\S+)/gm)]
      .filter((m) => m[3] === rule)
      .map((m) => `${m[1]}:${m[2]}`);
    return { ok: false, hits };
  }
}

describe('layers (biome noRestrictedImports per package)', () => {
  afterAll(() => {
    for (const p of probes) rmSync(join(root, fileOf(p.pkg)), { force: true });
  });

  it('fails a file that imports past its layer, naming the rule, and passes its allowed imports', () => {
    for (const p of probes) {
      const lines = [...p.forbidden, ...p.allowed].map((m, i) => `import * as m${i} from '${m}';`);
      lines.push(`export const all = [${lines.map((_, i) => `m${i}`).join(', ')}];`);
      writeFileSync(join(root, fileOf(p.pkg)), `${lines.join('\n')}\n`);
    }
    try {
      const { ok, hits } = restrictedImports(probes.map((p) => fileOf(p.pkg)));
      expect(ok).toBe(false);
      const expected = probes.flatMap((p) => p.forbidden.map((_, i) => `${fileOf(p.pkg)}:${i + 1}`));
      expect(hits.sort()).toEqual(expected.sort());
    } finally {
      for (const p of probes) rmSync(join(root, fileOf(p.pkg)), { force: true });
    }
  }, 60_000);

  it('holds on the real tree', () => {
    expect(restrictedImports(['packages'])).toEqual({ ok: true, hits: [] });
  }, 120_000);
});
