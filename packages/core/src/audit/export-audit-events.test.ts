import { describe, expect, it } from 'vitest';
import { actAs, addOrganisation, createMemoryStore, createTestDeps } from '../testing/index.ts';
import { auditExportLimit, exportAuditEvents } from './export-audit-events.ts';
import { recordAudit } from './record-audit.ts';

describe('exporting the audit log', () => {
  it('refuses past the bound with words that say how to get the file, and lets a narrower filter through', async () => {
    const deps = createTestDeps(createMemoryStore());
    const office = await addOrganisation(deps, 'system_operator');
    const auditor = actAs(deps, office, ['auditor']);
    for (let i = 0; i < auditExportLimit; i++) {
      await recordAudit(deps, null, null, { action: 'auth.sign_in_failed', entityType: 'user' });
    }
    await recordAudit(deps, null, null, { action: 'retention.run', entityType: 'retention' });

    await expect(exportAuditEvents(auditor, {})).rejects.toMatchObject({
      code: 'validation_failed',
      message: expect.stringMatching(/More than 10000 events match: narrow the filters/),
    });
    const narrow = await exportAuditEvents(auditor, { action: 'retention.run' });
    expect(narrow.events.map((e) => e.action)).toEqual(['retention.run']);
    // The refused attempt wrote nothing; the export that ran is on the trail with its rows.
    const exported = (await deps.store.audit.list({ action: 'audit.exported', limit: 10 })).map(
      (e) => e.details,
    );
    expect(exported).toEqual([{ filter: { action: 'retention.run' }, rows: 1 }]);
  });

  it('is refused to a role the policy does not let read the trail', async () => {
    const deps = createTestDeps(createMemoryStore());
    const ngo = await addOrganisation(deps, 'ngo');
    await expect(exportAuditEvents(actAs(deps, ngo, ['case_worker']), {})).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
