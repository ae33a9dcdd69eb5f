import {
  addPlanActivity,
  addPlanIndicator,
  addPlanObjective,
  addRecommendation,
  type Ctx,
  createActionPlan,
  type Deps,
  type EvidenceLink,
  recordAwarenessActivity,
  recordHotlineContact,
  recordOfficialTraining,
  recordPlanEvaluation,
  setRecommendationStatus,
} from '@opennrm/core';

/**
 * The seed report's ten recommendations (TIP report 2015, Azerbaijan), each with the bodies
 * that answer for it (demo organisation names) and the statistics that show progress.
 */
const tip2015: { text: string; bodies: string[]; evidence?: EvidenceLink[] }[] = [
  {
    text: 'Vigorously investigate and prosecute government officials allegedly complicit in human trafficking, and sentence convicted offenders with dissuasive penalties',
    bodies: ["Prosecutor General's Office"],
  },
  {
    text: 'Strengthen efforts to identify foreign and domestic victims of labor trafficking by law enforcement within the country by creating standard operating procedures',
    bodies: ['MIA Anti-Trafficking Department'],
    evidence: [{ kind: 'statistic', tableKey: 'victims_identified.exploitation_age', row: 'labour' }],
  },
  {
    text: 'Increase law enforcement efforts against traffickers, including individuals or companies that subject migrant workers to forced labor, and increase the number of convicted offenders sentenced to time in prison',
    bodies: ['MIA Anti-Trafficking Department', "Prosecutor General's Office"],
  },
  {
    text: 'Improve communication among government agencies, including about victim referrals and potential cases',
    bodies: ['Office of the National Coordinator'],
    evidence: [{ kind: 'statistic', tableKey: 'referrals_sent.recipient_timeliness' }],
  },
  {
    text: 'Formalize the role of NGOs and other stakeholders in the National Referral Mechanism',
    bodies: ['Office of the National Coordinator'],
    evidence: [{ kind: 'statistic', tableKey: 'victims_identified.body_sex', row: 'ngo' }],
  },
  {
    text: 'Increase funding to victim service providers and expand the network of providers outside Baku',
    bodies: ['Office of the National Coordinator'],
    evidence: [{ kind: 'statistic', tableKey: 'funding_allocated.recipient_source' }],
  },
  {
    text: 'Provide safe accommodation for victims who choose not to cooperate with law enforcement',
    bodies: ['Victim Assistance Center'],
    evidence: [{ kind: 'statistic', tableKey: 'persons_assisted.cooperation_standing' }],
  },
  {
    text: 'Provide sensitivity training to law enforcement officers, prosecutors, and the judiciary, including on how to work with trafficking victims who have experienced psychological trauma',
    bodies: ['MIA Anti-Trafficking Department', "Prosecutor General's Office", 'Baku Grave Crimes Court'],
  },
  {
    text: 'Strengthen the capacity of the State Migration Service to identify and refer foreign trafficking victims',
    bodies: ['State Migration Service'],
    evidence: [{ kind: 'statistic', tableKey: 'victims_identified.nationality_sex', row: 'foreign' }],
  },
  {
    text: 'Target public awareness campaigns to foreign migrant workers, describing indicators of human trafficking and avenues to seek help',
    bodies: ['Office of the National Coordinator', 'Anti-trafficking hotline 152'],
  },
];

/**
 * The demo country's prevention and coordination: the National Action Plan 2014-2018 (enacted
 * July 2014, with an explicit timeline and, as the report says, no evaluation metrics until an
 * indicator is added), the ten recommendations with their 2015 status, awareness activities,
 * a training without diplomats and hotline contacts. Skipped when a plan exists already.
 */
export async function loadDemoPrevention(
  deps: Deps,
  actingAs: (email: string) => Promise<Ctx>,
): Promise<number> {
  if ((await deps.store.actionPlans.listPlans()).length > 0) return 0;
  const orgOf = async (name: string) => (await deps.store.organisations.findByName(name))?.id ?? '';
  const coordinator = await actingAs('coordinator@demo.opennrm.org');
  const plan = await createActionPlan(coordinator, {
    title: 'National Action Plan on Combating Trafficking in Human Beings 2014-2018',
    startYear: 2014,
    endYear: 2018,
    adoptedOn: '2014-07-24',
  });
  const prevention = await addPlanObjective(coordinator, plan.id, { code: '3', title: 'Prevention' });
  const protection = await addPlanObjective(coordinator, plan.id, {
    code: '4',
    title: 'Protection of victims',
  });
  const activities = [
    {
      objectiveId: prevention.id,
      code: '3.1',
      title: 'Train diplomats to protect citizens found as victims abroad',
      body: 'State Migration Service',
      deadline: '2015-12-31',
      trainingBodyTypes: ['diplomats' as const],
    },
    {
      objectiveId: prevention.id,
      code: '3.2',
      title: 'Awareness campaigns for citizens travelling abroad',
      body: 'MIA Anti-Trafficking Department',
      deadline: '2018-12-31',
      done: true,
    },
    {
      objectiveId: protection.id,
      code: '4.1',
      title: 'Shelters for youth released from correctional facilities',
      body: 'Victim Assistance Center',
      deadline: '2016-06-30',
    },
    {
      objectiveId: protection.id,
      code: '4.2',
      title: 'Victim assistance facilities outside Baku',
      body: 'Victim Assistance Center',
      deadline: '2017-12-31',
      budget: 250_000,
    },
  ];
  for (const a of activities) {
    await addPlanActivity(coordinator, plan.id, {
      objectiveId: a.objectiveId,
      code: a.code,
      title: a.title,
      responsibleOrganisationId: await orgOf(a.body),
      deadline: a.deadline,
      budgetAmount: a.budget ?? null,
      trainingBodyTypes: a.trainingBodyTypes,
    });
  }
  await addPlanIndicator(coordinator, plan.id, {
    name: 'Victims identified by state bodies',
    unit: 'persons',
    source: { kind: 'computed', tableKey: 'victims_identified.body_sex', row: 'state' },
    targets: { '2014': 10, '2015': 15, '2016': 20, '2017': 25, '2018': 30 },
  });
  await addPlanIndicator(coordinator, plan.id, {
    name: 'Diplomats trained',
    unit: 'persons',
    source: { kind: 'entered', note: 'Ministry of Foreign Affairs, training records' },
    baseline: 0,
    baselineYear: 2014,
    targets: { '2015': 40 },
  });
  await recordPlanEvaluation(coordinator, plan.id, {
    kind: 'internal',
    evaluator: 'Office of the National Coordinator',
    completedOn: '2015-03-31',
    findings: 'Explicit timeline; no evaluation metrics; no independent evaluation planned (GRETA).',
  });
  let number = 0;
  for (const r of tip2015) {
    number += 1;
    const added = await addRecommendation(coordinator, {
      source: 'tip_report',
      sourceYear: 2015,
      sourceReference: 'TIP 2015',
      number,
      text: r.text,
      responsibleOrganisationIds: await Promise.all(r.bodies.map(orgOf)),
    });
    await setRecommendationStatus(coordinator, added.id, {
      year: 2015,
      status: number === 4 || number === 5 ? 'in_progress' : 'not_started',
      actions: number === 5 ? 'OpenNRM puts NGOs in the referral mechanism as identifying bodies.' : '',
      evidence: r.evidence ?? [],
    });
  }
  const ngo = await actingAs('caseworker@demo.opennrm.org');
  const places = ['baku', 'ganja', 'sumgait', 'lankaran', 'shaki', 'guba', 'mingachevir', 'shirvan'];
  for (const [i, placeCode] of places.entries()) {
    await recordAwarenessActivity(i % 2 === 0 ? coordinator : ngo, {
      heldOn: `2014-${String(3 + i).padStart(2, '0')}-15`,
      title: 'Safe travel and work abroad',
      placeCode,
      audience: i === 7 ? 'children_and_students' : 'citizens_going_abroad',
      language: 'az',
      channel: i % 3 === 0 ? 'event' : 'poster',
      materials: ['posters', 'video_clips'],
      reach: 80 + i * 10,
    });
  }
  const police = await actingAs('investigator@demo.opennrm.org');
  await recordOfficialTraining(police, {
    startedOn: '2014-10-06',
    endedOn: '2014-10-08',
    title: 'Identifying victims of trafficking',
    topic: 'identification',
    participants: [
      { bodyType: 'police', participants: 24 },
      { bodyType: 'prosecutors', participants: 6 },
      { bodyType: 'judges', participants: 3 },
    ],
  });
  const hotline = await actingAs('hotline@demo.opennrm.org');
  const outcomes = [
    'information_given',
    'information_given',
    'referred_to_organisation',
    'emergency_to_police',
  ];
  for (const [i, outcome] of outcomes.entries()) {
    await recordHotlineContact(hotline, {
      contactedAt: new Date(deps.clock.now().getTime() - (i + 1) * 86_400_000).toISOString(),
      channel: 'phone',
      language: i === 1 ? 'ru' : 'az',
      callerType: i === 3 ? 'possible_victim' : 'relative_or_friend',
      topic: 'working_abroad',
      outcome,
    });
  }
  return 1;
}
