import {
  addDefendant,
  type Ctx,
  type DefendantInput,
  type Deps,
  linkCaseVictim,
  openCriminalCase,
  recordAdministrativeMeasure,
  recordDefendantStage,
  type StageInput,
} from '@opennrm/core';

/** A stage on the defendant's current version (the demo records them one after another). */
async function stages(ctx: Ctx, caseId: string, defendantId: string, list: StageInput[]): Promise<void> {
  for (const stage of list) {
    const d = await ctx.store.prosecution.getDefendant(defendantId);
    await recordDefendantStage(ctx, caseId, defendantId, { ...stage, version: d?.version ?? 1 });
  }
}

const noSentence = { fine: 0, confiscation: false, compensationOrdered: 0, compensationPaid: 0 };
const person = (over: Partial<DefendantInput>): DefendantInput => ({
  kind: 'natural_person',
  name: '',
  sex: 'unknown',
  ageBand: 'unknown',
  citizenship: 'AZ',
  publicOfficial: false,
  publicFunction: null,
  investigatedOn: '',
  ...over,
});

/**
 * The seed report's prosecution stories as demo cases, through the use cases as the demo users:
 * the businesswoman sentenced to 8.5 years for the forced labour of a domestic worker, replaced
 * on appeal by one year suspended; the police officer who took a foreign worker's documents and
 * made him work, dismissed and prosecuted (in the complicity compartment, which only the
 * integrity unit and the assigned prosecutor see); a 2013 sexual exploitation conviction; a
 * company under investigation. Names are invented. Skipped when a case exists already.
 */
export async function loadDemoProsecution(
  deps: Deps,
  actingAs: (email: string) => Promise<Ctx>,
): Promise<number> {
  const police = await actingAs('investigator@demo.opennrm.org');
  const existing = await deps.store.prosecution.listCases(
    {
      organisationId: police.actor.organisationId,
      userId: police.actor.userId,
      ordinary: true,
      assignedComplicity: false,
      allComplicity: true,
    },
    {},
    { limit: 1, offset: 0 },
  );
  if (existing.total > 0) return 0;
  const integrity = await actingAs('integrity@demo.opennrm.org');
  const prosecutorUserId = (await deps.store.users.findByEmail('prosecutor@demo.opennrm.org'))?.id ?? null;
  // The demo persons in the order they were registered (load-demo-persons.ts): Jasur is second.
  const registered = await deps.store.persons.list({ limit: 20 }, { kind: 'all' });
  const jasur = registered.persons.sort((a, b) => a.code.localeCompare(b.code))[1]?.id;

  // The businesswoman: 8.5 years, replaced on appeal by one year suspended.
  const domestic = await openCriminalCase(police, {
    reference: 'ATD-2014-017',
    openedBy: 'police_anti_trafficking',
    openedOn: '2014-02-10',
    legalBasis: ['144-2'],
    exploitationForms: ['DomesticServitude'],
    prosecutorUserId,
  });
  const businesswoman = await addDefendant(
    police,
    domestic.id,
    person({ name: 'Sevda Rahimova', sex: 'female', ageBand: '45-59', investigatedOn: '2014-02-10' }),
  );
  await stages(police, domestic.id, businesswoman.id, [
    { stage: 'charged', occurredOn: '2014-04-01' },
    { stage: 'trial', occurredOn: '2014-06-02' },
    { stage: 'verdict', occurredOn: '2014-09-15', verdict: 'convicted' },
    {
      stage: 'sentence',
      occurredOn: '2014-09-15',
      sentence: { ...noSentence, prisonMonths: 102, suspended: false, compensationOrdered: 5000 },
    },
    { stage: 'appeal', occurredOn: '2014-12-03' },
    {
      stage: 'sentence',
      occurredOn: '2015-02-20',
      sentence: { ...noSentence, prisonMonths: 12, suspended: true, compensationOrdered: 5000 },
    },
    { stage: 'final', occurredOn: '2015-02-20' },
  ]);

  // The police officer: an ordinary forced-labour case until the suspect turns out to be an
  // officer; from then on the integrity unit and the assigned prosecutor hold it.
  const officerCase = await openCriminalCase(police, {
    reference: 'ATD-2014-031',
    openedBy: 'police_anti_trafficking',
    openedOn: '2014-05-12',
    legalBasis: ['144-2'],
    exploitationForms: ['ForcedLabour'],
    prosecutorUserId,
  });
  if (jasur)
    await linkCaseVictim(police, officerCase.id, {
      personId: jasur,
      role: 'victim_witness',
      testified: true,
      testifiedOn: '2014-10-01',
      protectionMeasures: ['testimony_by_video', 'legal_aid'],
    });
  const officer = await addDefendant(
    police,
    officerCase.id,
    person({
      name: 'Rovshan Mammadov',
      sex: 'male',
      ageBand: '30-44',
      publicOfficial: true,
      publicFunction: 'Police officer, district police department',
      investigatedOn: '2014-05-12',
    }),
  );
  await recordAdministrativeMeasure(integrity, officerCase.id, officer.id, {
    measure: 'dismissal',
    decidedOn: '2014-06-01',
  });
  await stages(integrity, officerCase.id, officer.id, [
    { stage: 'charged', occurredOn: '2014-07-01' },
    { stage: 'trial', occurredOn: '2014-11-10' },
  ]);

  // A 2013 conviction for sexual exploitation (three to six years) and a company under investigation.
  const sexual = await openCriminalCase(police, {
    reference: 'ATD-2013-008',
    openedBy: 'police_anti_trafficking',
    openedOn: '2013-03-04',
    legalBasis: ['144-1'],
    exploitationForms: ['SexualExploitation'],
    prosecutorUserId,
  });
  const recruiter = await addDefendant(
    police,
    sexual.id,
    person({ name: 'Elnur Hasanli', sex: 'male', ageBand: '30-44', investigatedOn: '2013-03-04' }),
  );
  await stages(police, sexual.id, recruiter.id, [
    { stage: 'charged', occurredOn: '2013-05-20' },
    { stage: 'trial', occurredOn: '2013-07-08' },
    { stage: 'verdict', occurredOn: '2013-10-14', verdict: 'convicted' },
    {
      stage: 'sentence',
      occurredOn: '2013-10-14',
      sentence: { ...noSentence, prisonMonths: 60, suspended: false },
    },
    { stage: 'final', occurredOn: '2013-11-30' },
  ]);
  const construction = await openCriminalCase(police, {
    reference: 'ATD-2015-002',
    openedBy: 'labour_inspectorate_referral',
    openedOn: '2015-01-19',
    legalBasis: ['144-2'],
    exploitationForms: ['ForcedLabour'],
    prosecutorUserId,
  });
  await addDefendant(
    police,
    construction.id,
    person({
      kind: 'company',
      name: 'Demo Construction LLC',
      citizenship: null,
      investigatedOn: '2015-01-19',
    }),
  );
  return 4;
}
