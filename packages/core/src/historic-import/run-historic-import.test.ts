import { beforeEach, describe, expect, it } from 'vitest';
import type { Ctx } from '../context.ts';
import { ensureShippedIndicatorLists } from '../identification/ensure-shipped-indicator-lists.ts';
import type { Organisation } from '../model.ts';
import { actAs, addOrganisation, createMemoryStore, createTestDeps } from '../testing/index.ts';
import { column, sourceIdColumn, text } from './column-parsers.ts';
import { historicSheets } from './historic-sheets.ts';
import type { ImportSheet } from './import-report.ts';
import { runHistoricImport } from './run-historic-import.ts';
import type { SheetDefinition } from './sheet-definition.ts';

function sheet(name: string, rows: Record<string, string>[]): ImportSheet {
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return { name, headers, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
}

const persons = sheet('persons', [
  {
    source_id: 'P1',
    sex: 'Feminine',
    birth_year: '1990',
    citizenships: 'AZ',
    given_names: 'Leyla',
    family_name: 'Aliyeva',
  },
  {
    source_id: 'P2',
    sex: 'Feminine',
    birth_year: '1998',
    child_at_identification: 'yes',
    citizenships: 'AZ',
  },
]);
const decisions = sheet('decisions', [
  {
    source_id: 'D1',
    person_source_id: 'P1',
    outcome: 'identified',
    decided_on: '2014-03-20',
    grounds: 'Department decision.',
  },
  {
    source_id: 'D2',
    person_source_id: 'P2',
    outcome: 'identified',
    decided_on: '2014-05-02',
    grounds: 'Department decision.',
  },
]);

describe('historic import', () => {
  let store: ReturnType<typeof createMemoryStore>;
  let admin: Ctx;
  let police: Organisation;
  const run = (sheets: ImportSheet[], dryRun = false, definitions = historicSheets) =>
    runHistoricImport(
      admin,
      { organisationId: police.id, fileName: 'history.xlsx', fileSha256: 'ab'.repeat(32), sheets, dryRun },
      definitions,
    );

  beforeEach(async () => {
    store = createMemoryStore();
    const deps = createTestDeps(store);
    await ensureShippedIndicatorLists(deps);
    police = await addOrganisation(deps, 'police', 'Anti-Trafficking Department');
    const system = await addOrganisation(deps, 'system_operator', 'Operator');
    admin = actAs(deps, system, ['system_administrator']);
  });

  it('reports every bad cell with sheet, row and column in a dry run, and writes nothing', async () => {
    const report = await run(
      [
        sheet('persons', [
          { source_id: 'P1', sex: 'Woman' },
          { source_id: 'P1', sex: 'Feminine', birth_year: 'nineteen' },
        ]),
        sheet('decisions', [
          { source_id: 'D1', person_source_id: 'P9', outcome: 'identified', decided_on: '2014-02-30' },
        ]),
        sheet('shelters', [{ source_id: 'S1' }]),
      ],
      true,
    );
    expect(report.outcome).toBe('checked');
    expect(report.errors).toEqual(
      expect.arrayContaining([
        { sheet: 'persons', row: 2, column: 'sex', message: '"Woman" is not in the code list sexes.' },
        { sheet: 'persons', row: 3, column: 'birth_year', message: '"nineteen" is not a whole number.' },
        {
          sheet: 'persons',
          row: 3,
          column: 'source_id',
          message: 'source_id "P1" is already used on row 2.',
        },
        { sheet: 'decisions', row: 1, column: 'grounds', message: 'The required column grounds is missing.' },
        expect.objectContaining({ sheet: 'shelters', row: null, column: null }),
      ]),
    );
    expect(store.tables.identification.persons.size).toBe(0);
    expect(store.tables.audit.at(-1)).toMatchObject({ action: 'historic_import.checked' });
  });

  it('runs the use cases in the dry run too, then writes with the real dates, and a re-run changes nothing', async () => {
    const dry = await run([persons, decisions], true);
    expect(dry).toMatchObject({
      outcome: 'checked',
      errors: [],
      counts: { persons: { created: 2 }, decisions: { created: 2 } },
    });
    expect(store.tables.identification.persons.size).toBe(0);

    const done = await run([persons, decisions]);
    expect(done).toMatchObject({ outcome: 'imported', errors: [] });
    const people = [...store.tables.identification.persons.values()];
    expect(
      people.map((p) => [p.organisationId, p.status, p.statusDecidedAt?.toISOString().slice(0, 10)]),
    ).toEqual([
      [police.id, 'identified', '2014-03-20'],
      [police.id, 'identified', '2014-05-02'],
    ]);
    // Every row's event says it came through this import, by the administrator, for the police.
    const created = store.tables.audit.filter((e) => e.action === 'person.created');
    expect(
      created.map((e) => [e.actorUserId, e.actorOrganisationId, e.details.via, e.details.importId]),
    ).toEqual([
      [admin.actor.userId, police.id, 'import', done.importId],
      [admin.actor.userId, police.id, 'import', done.importId],
    ]);
    expect(store.tables.audit.at(-1)).toMatchObject({
      action: 'historic_import.imported',
      details: { fileSha256: 'ab'.repeat(32) },
    });

    const again = await run([persons, decisions]);
    expect(again).toMatchObject({
      outcome: 'imported',
      counts: { persons: { created: 0, unchanged: 2 }, decisions: { unchanged: 2 } },
    });
    expect(store.tables.identification.persons.size).toBe(2);
  });

  it('refuses a changed row and writes nothing of the file', async () => {
    await run([persons]);
    const changed = sheet('persons', [
      { source_id: 'P1', sex: 'Masculine', birth_year: '1990' },
      { source_id: 'P3', sex: 'Masculine' },
    ]);
    const report = await run([changed]);
    expect(report.outcome).toBe('refused');
    expect(report.errors).toEqual([
      expect.objectContaining({ sheet: 'persons', row: 2, column: 'source_id' }),
    ]);
    expect(report.errors[0]?.message).toMatch(/has changed since/);
    expect(store.tables.identification.persons.size).toBe(2);
  });

  it('turns a use case refusal into the row error: a decision in the future, a person named twice', async () => {
    const report = await run([
      sheet('persons', [
        {
          source_id: 'P1',
          sex: 'Feminine',
          birth_year: '1990',
          given_names: 'Leyla',
          family_name: 'Aliyeva',
        },
        {
          source_id: 'P2',
          sex: 'Feminine',
          birth_year: '1990',
          given_names: 'Leyla',
          family_name: 'Aliyeva',
        },
      ]),
      sheet('decisions', [
        {
          source_id: 'D1',
          person_source_id: 'P1',
          outcome: 'identified',
          decided_on: '2099-01-01',
          grounds: 'x',
        },
      ]),
    ]);
    expect(report.outcome).toBe('refused');
    expect(report.errors).toEqual([
      expect.objectContaining({
        sheet: 'persons',
        row: 3,
        message: expect.stringMatching(/confirm_not_duplicate/),
      }),
      expect.objectContaining({ sheet: 'decisions', row: 2, column: 'decided_on' }),
    ]);
    expect(store.tables.identification.persons.size).toBe(0);
  });

  it("takes IOM's HTCDS spreadsheet as it is for persons, and a second run changes nothing", async () => {
    const htcds: ImportSheet = {
      name: 'Sheet1',
      headers: [
        'cas_CaseOwner',
        'prs_FirstName',
        'prs_SecondName',
        'prs_Gender',
        'prs_Citizenship',
        'vic_TypeOfExploitation',
        'vic_LocationOfExploitation',
      ],
      rows: [
        { row: 2, cells: { cas_CaseOwner: 'Case Owner', prs_FirstName: 'First Name', prs_Gender: 'Gender' } },
        {
          row: 3,
          cells: {
            cas_CaseOwner: 'ATD',
            prs_FirstName: 'Aziz',
            prs_SecondName: 'Karimov',
            prs_Gender: 'Masculine',
            prs_Citizenship: 'UZB',
            vic_TypeOfExploitation: 'ForcedLabour',
            vic_LocationOfExploitation: 'AZE',
          },
        },
      ],
    };
    const first = await run([htcds]);
    expect(first).toMatchObject({ outcome: 'imported', errors: [], counts: { htcds: { created: 1 } } });
    const [person] = [...store.tables.identification.persons.values()];
    expect(person).toMatchObject({ gender: 'Masculine', citizenships: ['UZ'], organisationId: police.id });
    expect(store.tables.identification.exploitations.get(person!.id)).toMatchObject({
      forms: ['ForcedLabour'],
      exploitationCountries: ['AZ'],
    });
    expect((await run([htcds])).counts.htcds).toEqual({ created: 0, unchanged: 1, rejected: 0 });
  });

  it('takes the types of sexual exploitation, and names a type given without the form', async () => {
    const exploited = (rows: Record<string, string>[]) => sheet('exploitation', rows);
    const sexual = {
      source_id: 'E1',
      person_source_id: 'P1',
      forms: 'SexualExploitation',
      sex_exploitation_types: 'Prostitution;Pornography',
      recruiter_relationship: 'IntimatePartner',
    };
    const dry = await run(
      [
        persons,
        exploited([sexual, { ...sexual, source_id: 'E2', person_source_id: 'P2', forms: 'ForcedLabour' }]),
      ],
      true,
    );
    expect(dry.errors).toEqual([
      expect.objectContaining({ sheet: 'exploitation', row: 3, column: 'sex_exploitation_types' }),
    ]);
    expect((await run([persons, exploited([sexual])])).outcome).toBe('imported');
    const leyla = [...store.tables.identification.persons.values()].find((p) => p.birthYear === 1990);
    expect(store.tables.identification.exploitations.get(leyla!.id)).toMatchObject({
      sexExploitationTypes: ['Prostitution', 'Pornography'],
      recruiterRelationship: 'IntimatePartner',
    });
  });

  it('is for administrators only: a case worker may not import', async () => {
    const worker = actAs(createTestDeps(store), police, ['case_worker']);
    await expect(
      runHistoricImport(worker, {
        organisationId: police.id,
        fileName: 'f',
        fileSha256: 'x',
        sheets: [persons],
        dryRun: true,
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('takes a new module’s sheet from the registry without any change to the importer', async () => {
    const seen: string[] = [];
    const shelters: SheetDefinition = {
      name: 'shelter_stays',
      description: 'Stays in a shelter.',
      columns: [
        sourceIdColumn,
        column('person_source_id', text(), { required: true, description: 'Person.' }),
      ],
      references: [{ column: 'person_source_id', sheet: 'persons' }],
      async write(writer, values) {
        const personId = writer.recordOf('persons', values.person_source_id as string);
        seen.push(personId);
        return personId;
      },
    };
    const report = await run(
      [persons, sheet('shelter_stays', [{ source_id: 'S1', person_source_id: 'P2' }])],
      false,
      [...historicSheets, shelters],
    );
    expect(report).toMatchObject({ outcome: 'imported', counts: { shelter_stays: { created: 1 } } });
    expect(seen).toHaveLength(1);
  });
});
