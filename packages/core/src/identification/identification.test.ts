import { beforeEach, describe, expect, it } from 'vitest';
import type { Deps } from '../context.ts';
import type { Organisation } from '../model.ts';
import { actAs, addOrganisation, createMemoryStore, createTestDeps } from '../testing/index.ts';
import { createPerson } from './create-person.ts';
import { ensureShippedIndicatorLists } from './ensure-shipped-indicator-lists.ts';
import { findPossibleDuplicates } from './find-possible-duplicates.ts';
import { getPersonFile } from './get-person-file.ts';
import { listPersons } from './list-persons.ts';
import { recordDecision } from './record-decision.ts';
import { recordScreening } from './record-screening.ts';
import { revealPersonIdentity } from './reveal-person-identity.ts';
import { sharePerson } from './share-person.ts';
import { updatePerson } from './update-person.ts';

const listKey = 'ilo-ec-2009-adult-labour';

describe('identification', () => {
  let deps: ReturnType<typeof createTestDeps>;
  let store: ReturnType<typeof createMemoryStore>;
  let ngo: Organisation;
  let police: Organisation;
  let other: Organisation;

  beforeEach(async () => {
    store = createMemoryStore();
    deps = createTestDeps(store);
    await ensureShippedIndicatorLists(deps);
    ngo = await addOrganisation(deps, 'ngo', 'Safe Home');
    police = await addOrganisation(deps, 'police', 'ATD');
    other = await addOrganisation(deps, 'migration_service', 'SMS');
  });

  const caseWorker = () => actAs(deps, ngo, ['case_worker']);
  const investigator = () => actAs(deps, police, ['investigator']);

  async function registerMaria(d: Deps = deps) {
    const ctx = { ...caseWorker(), ...d };
    return createPerson(ctx, {
      gender: 'Feminine',
      birthYear: 1994,
      citizenships: ['PH'],
      identity: {
        givenNames: 'Maria',
        familyName: 'Santos',
        birthDate: '1994-03-02',
        notes: 'Met at the bus station',
      },
    });
  }

  it('gives a code, seals identity at rest and keeps it out of lists', async () => {
    const { person } = await registerMaria();
    expect(person.code).toMatch(/^NRM-\d{4}-000001$/);
    const stored = JSON.stringify(store.tables.identification.persons.get(person.id));
    expect(stored).not.toContain('Maria');
    expect(stored).not.toContain('bus station');
    const { persons, total } = await listPersons(caseWorker(), { limit: 50, withTotal: true });
    expect(total?.count).toBe(1);
    expect(JSON.stringify(persons)).not.toContain('Maria');
  });

  it('warns of a duplicate registered elsewhere with another script, naming no organisation', async () => {
    await registerMaria();
    const sms = actAs(deps, other, ['case_worker']);
    const attempt = createPerson(sms, {
      gender: 'Feminine',
      identity: { givenNames: 'Мария', familyName: 'Сантос', birthDate: '1994-03-02' },
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'conflict',
      details: {
        reason: 'possible_duplicate',
        possibleDuplicates: [{ holder: 'elsewhere', personId: null, code: null }],
      },
    });
    const confirmed = await createPerson(sms, {
      gender: 'Feminine',
      confirmDuplicates: true,
      identity: { givenNames: 'Мария', familyName: 'Сантос', birthDate: '1994-03-02' },
    });
    expect(confirmed.possibleDuplicates).toHaveLength(1);
    expect(JSON.stringify(confirmed.possibleDuplicates)).not.toContain('NRM-');
    expect(JSON.stringify(confirmed.possibleDuplicates)).not.toContain(ngo.id);
    // The holder itself is shown its own record, by code, to open it.
    const own = await findPossibleDuplicates(caseWorker(), { name: 'Maria Santos', birthDate: '1994-03-02' });
    expect(own.duplicates.map((d) => d.holder)).toEqual(['yours', 'elsewhere']);
  });

  it('keeps a person away from an organisation with no link: 403 on open, absent from its lists', async () => {
    const { person } = await registerMaria();
    await expect(getPersonFile(investigator(), person.id)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await listPersons(investigator(), { limit: 50, withTotal: true })).total?.count).toBe(0);
    await sharePerson(caseWorker(), person.id, {
      organisationId: police.id,
      reason: 'identification decision',
    });
    expect((await getPersonFile(investigator(), person.id)).person.code).toBe(person.code);
    expect((await listPersons(investigator(), { limit: 50, withTotal: true })).total?.count).toBe(1);
  });

  it('records a reveal in the audit log before returning the identity', async () => {
    const { person } = await registerMaria();
    const before = store.tables.audit.length;
    const revealed = await revealPersonIdentity(caseWorker(), person.id, 'to call her');
    expect(revealed.identity.givenNames).toBe('Maria');
    const event = store.tables.audit.at(-1);
    expect(store.tables.audit.length).toBe(before + 1);
    expect(event?.action).toBe('person.identity_revealed');
    expect(JSON.stringify(event)).not.toContain('Maria');
  });

  it('scores a screening on the server, requires a reason to disagree, and starts the decision deadline', async () => {
    const { person } = await registerMaria();
    const answers = [
      { indicator: 'deceptive_recruitment.nature_of_job', answer: 'yes' as const },
      { indicator: 'deceptive_recruitment.conditions_of_work', answer: 'yes' as const },
    ];
    await expect(
      recordScreening(caseWorker(), person.id, {
        listKey,
        population: 'adult',
        answers,
        outcome: 'presumed_victim',
      }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      details: { fields: { outcomeReason: 'required' } },
    });
    // Friday 9:00 + 5 working days = next Friday 9:00.
    const friday = new Date('2026-01-16T09:00:00Z');
    deps.clock.advance(2 * 86_400_000);
    const screening = await recordScreening(caseWorker(), person.id, {
      listKey,
      population: 'adult',
      answers,
      outcome: 'presumed_victim',
      outcomeReason: 'She described confiscated documents the list does not ask about.',
      screenedAt: friday,
    });
    expect(screening.result.recommendation).toBe('not_presumed');
    // The shipped lists are at version 2 (provenance and az/ru wording); the screening keeps its status.
    expect(screening.listVersion).toBe(2);
    expect(screening.listStatus).toBe('unverified');
    const file = await getPersonFile(caseWorker(), person.id);
    expect(file.person.decisionDueAt?.toISOString()).toBe('2026-01-23T09:00:00.000Z');
  });

  it('counts an NGO identification as such until the state decides; the overdue list follows the deadline', async () => {
    const { person } = await registerMaria();
    await recordScreening(caseWorker(), person.id, {
      listKey,
      population: 'adult',
      answers: [],
      outcome: 'presumed_victim',
      outcomeReason: 'Interview',
      screenedAt: new Date('2026-01-05T09:00:00Z'),
    });
    deps.clock.advance(30 * 86_400_000);
    expect(
      (await listPersons(caseWorker(), { overdue: true, limit: 10, withTotal: true })).total?.count,
    ).toBe(1);
    await recordDecision(caseWorker(), person.id, {
      outcome: 'identified',
      decidedOn: '2026-01-20',
      grounds: 'NGO assessment',
    });
    let file = await getPersonFile(caseWorker(), person.id);
    expect(file.ngoOnly).toBe(true);
    expect(file.person.statusBodyType).toBe('NGO');
    expect(
      (await listPersons(caseWorker(), { ngoOnly: true, limit: 10, withTotal: true })).total?.count,
    ).toBe(1);
    await sharePerson(caseWorker(), person.id, {
      organisationId: police.id,
      reason: 'identification decision',
    });
    const ngoDecision = file.decisions[0]?.id;
    await recordDecision(investigator(), person.id, {
      outcome: 'identified',
      decidedOn: '2026-01-25',
      grounds: 'Police certified',
      reconsiders: ngoDecision,
    });
    file = await getPersonFile(caseWorker(), person.id);
    expect(file.ngoOnly).toBe(false);
    expect(file.person.stateDecided).toBe(true);
    expect(file.person.statusBodyType).toBe('Police');
    expect(file.overdue).toBe(false);
    expect(
      (await listPersons(caseWorker(), { overdue: true, limit: 10, withTotal: true })).total?.count,
    ).toBe(0);
  });

  it('refuses a decision from a body with no link and a reconsideration of an unknown decision', async () => {
    const { person } = await registerMaria();
    await expect(
      recordDecision(investigator(), person.id, {
        outcome: 'identified',
        decidedOn: '2026-01-10',
        grounds: 'x',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      recordDecision(caseWorker(), person.id, {
        outcome: 'not_victim',
        decidedOn: '2026-01-10',
        grounds: 'x',
        reconsiders: crypto.randomUUID(),
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(
      recordDecision(caseWorker(), person.id, {
        outcome: 'identified',
        decidedOn: '2999-01-01',
        grounds: 'x',
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('gives national roles figures, not lists', async () => {
    const coordinator = actAs(deps, other, ['national_coordinator']);
    await expect(listPersons(coordinator, { limit: 10 })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('stops matching the old spelling once a name is corrected', async () => {
    const { person } = await registerMaria();
    await updatePerson(caseWorker(), person.id, { identity: { givenNames: 'Marisol', familyName: 'Reyes' } });
    const sms = actAs(deps, other, ['case_worker']);
    expect(
      (await findPossibleDuplicates(sms, { name: 'Maria Santos', birthDate: '1994-03-02' })).duplicates,
    ).toEqual([]);
    expect(
      (await findPossibleDuplicates(sms, { name: 'Marisol Reyes', birthDate: '1994-03-02' })).duplicates,
    ).toHaveLength(1);
  });
});
