import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ctdcSyntheticColumns, type Person, type Store } from '@opennrm/core';
import { connect, createStore } from '@opennrm/db';
import { describe, expect, it } from 'vitest';
import { freshDataDir, runCli } from './testing/run-cli.ts';

/** An identified person decided on `decidedOn`, with an exploitation in the Emirates. */
async function addIdentified(
  store: Store,
  organisationId: string,
  person: Partial<Person>,
  decidedOn: string,
) {
  const at = new Date(`${decidedOn}T10:00:00Z`);
  const id = randomUUID();
  await store.persons.create({
    id,
    code: `NRM-2024-${id.slice(0, 6)}`,
    organisationId,
    gender: 'Feminine',
    birthYear: null,
    ageBand: '18-20',
    childAtIdentification: false,
    citizenships: ['AZ'],
    languages: ['az'],
    status: 'identified',
    statusBodyType: 'Police',
    statusDecidedAt: at,
    stateDecided: true,
    firstScreenedAt: at,
    decisionDueAt: null,
    sealed: {},
    createdBy: randomUUID(),
    createdAt: at,
    updatedAt: at,
    ...person,
  });
  await store.decisions.create({
    id: randomUUID(),
    personId: id,
    outcome: 'identified',
    decidingOrganisationId: organisationId,
    decidingBodyType: 'Police',
    decidedOn,
    groundsSealed: null,
    reconsiders: null,
    recordedBy: randomUUID(),
    recordedAt: at,
  });
  await store.persons.saveExploitation({
    personId: id,
    forms: ['SexualExploitation'],
    industry: null,
    sexExploitationTypes: ['Prostitution'],
    meansOfControl: ['FalsePromises'],
    recruitmentMethods: [],
    recruiterRelationship: 'Familial',
    recruitmentCountries: [],
    transitCountries: [],
    exploitationCountries: ['AE'],
    periodFrom: null,
    periodTo: null,
    childAtExploitation: false,
    updatedBy: randomUUID(),
    updatedAt: at,
  });
  return id;
}

describe('opennrm export ctdc', () => {
  it('writes a k-anonymous format-B file and states the guarantee and the suppression on stderr', async () => {
    const dataDir = freshDataDir();
    expect((await runCli(['migrate'], { OPENNRM_DATA_DIR: dataDir })).code).toBe(0);
    const handle = await connect({ dataDir });
    const ids: string[] = [];
    try {
      const store = createStore(handle.db);
      const police = randomUUID();
      const at = new Date('2024-01-01T00:00:00Z');
      await store.organisations.create({
        id: police,
        name: 'Police',
        type: 'police',
        region: null,
        parentId: null,
        active: true,
        addressSealed: null,
        createdAt: at,
        updatedAt: at,
      });
      for (let i = 0; i < 12; i++)
        ids.push(await addIdentified(store, police, {}, `2024-04-0${(i % 9) + 1}`));
      ids.push(
        await addIdentified(store, police, { citizenships: ['GE'], gender: 'Masculine' }, '2024-08-08'),
      );
      ids.push(await addIdentified(store, police, {}, '2023-08-08'));
    } finally {
      await handle.close();
    }

    const out = join(dataDir, 'ctdc-2024.csv');
    const env = { OPENNRM_DATA_DIR: dataDir };
    const res = await runCli(['export', 'ctdc', '--out', out, '--from', '2024', '--to', '2024'], env);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('k = 11');
    expect(res.stderr).toContain('Quasi-identifiers: all 27 exported columns (yearOfRegistration, gender,');
    // The Georgian man joins the twelve women rather than being dropped: their group publishes
    // "*" for gender (withheld, not unknown) and the M49 sub-region both citizenships are in.
    expect(res.stderr).toContain('Records: 13 considered, 13 exported, 0 suppressed.');
    expect(res.stderr).toContain('Values withheld by column: gender 13.');
    expect(res.stderr).toContain('"*" means withheld, not unknown');
    expect(res.stderr).toMatch(
      /Cells that say something \(not empty, not "\*"\): \d+ of \d+ in the records; greedy suppression would have kept \d+\./,
    );

    const csv = readFileSync(out, 'utf8');
    const [header, ...lines] = csv.trimEnd().split('\r\n');
    expect(header).toBe(ctdcSyntheticColumns.join(','));
    expect(lines).toHaveLength(13);
    const row = Object.fromEntries(ctdcSyntheticColumns.map((c, i) => [c, lines[0]?.split(',')[i]]));
    expect(row).toMatchObject({
      yearOfRegistration: '2024',
      gender: '*',
      ageBroad: '18--20',
      citizenship: 'Western Asia',
      CountryOfExploitation: 'ARE',
      traffickMonths: '',
      meansFalsePromises: '1',
      isSexualExploit: '1',
      isForcedLabour: '',
      typeOfSexProstitution: '1',
      recruiterRelationFamily: '1',
    });
    expect(new Set(lines).size).toBe(1);
    for (const id of ids) expect(csv).not.toContain(id.slice(0, 6));

    // Below the administrator's k: refused, and the file already there is left as it was.
    const below = await runCli(['export', 'ctdc', '--out', out, '--k', '2', '--include-presumed'], env);
    expect(below.code).toBe(1);
    expect(below.stderr).toContain(
      'opennrm: k = 2 is below the minimum of 11 set in the Statistics settings',
    );
    expect(readFileSync(out, 'utf8')).toBe(csv);
    const settings = await connect({ dataDir });
    try {
      const store = createStore(settings.db);
      await store.configuration.set('statistics', { suppressionThreshold: 5, exportK: 2 }, new Date());
    } finally {
      await settings.close();
    }

    // All years, k = 2 (now the minimum): the Georgian man of 2024 and the woman of 2023 form a
    // group of two, published with a period, "*" for gender and their sub-region.
    const k2 = await runCli(['export', 'ctdc', '--out', out, '--k', '2', '--include-presumed'], env);
    expect(k2.stderr).toContain('Records: 14 considered, 14 exported, 0 suppressed.');
    expect(k2.stderr).toContain('Values withheld by column: gender 2.');
    const pair = readFileSync(out, 'utf8')
      .split('\r\n')
      .filter((l) => l.startsWith('2023--2024,*,18--20,Western Asia,ARE,'));
    expect(pair).toHaveLength(2);

    const handle2 = await connect({ dataDir });
    try {
      const events = await handle2.db
        .selectFrom('audit_events')
        .select(['details', 'actor_user_id', 'actor_organisation_id', 'actor_roles'])
        .where('action', '=', 'statistics.ctdc_exported')
        .execute();
      expect(events).toHaveLength(2);
      expect(events[0]).toMatchObject({
        actor_user_id: null,
        actor_organisation_id: null,
        actor_roles: [],
        details: { via: 'cli', k: 11, recordsExported: 13, method: 'partition' },
      });
    } finally {
      await handle2.close();
    }
  });

  it('explains wrong options and leaves no file behind', async () => {
    const dataDir = freshDataDir();
    const env = { OPENNRM_DATA_DIR: dataDir };
    const out = join(dataDir, 'never.csv');
    const noOut = await runCli(['export', 'ctdc'], env);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("required option '--out <file.csv>'");
    const badK = await runCli(['export', 'ctdc', '--out', out, '--k', 'eleven'], env);
    expect([badK.code, badK.stderr.trim()]).toEqual([2, 'opennrm: --k takes a whole number, not "eleven".']);
    const kOne = await runCli(['export', 'ctdc', '--out', out, '--k', '1'], env);
    expect(kOne.code).toBe(1);
    expect(kOne.stderr).toContain('k must be a whole number from 2 to 1000');
    expect(() => readFileSync(out)).toThrow();
  });
});
