import {
  type Ctx,
  createPerson,
  type Deps,
  recordConsent,
  recordDecision,
  recordExploitation,
  recordScreening,
  sendReferral,
  sharePerson,
  transitionReferral,
} from '@opennrm/core';
import { demoPersons } from './demo-persons.ts';

const day = 86_400_000;

/** Registers the demo persons through the same use cases as the app, as the demo users. */
export async function loadDemoPersons(deps: Deps): Promise<number> {
  if ((await deps.store.persons.list({ limit: 1 }, { kind: 'all' })).persons.length > 0) return 0;
  const now = deps.clock.now().getTime();
  for (const demo of demoPersons) {
    const ctx = await actingAs(deps, demo.by);
    const { person } = await createPerson(ctx, { ...demo.person, confirmDuplicates: true });
    await recordExploitation(ctx, person.id, demo.exploitation);
    if (demo.screen) {
      const listKey =
        demo.screen.population === 'child' ? 'ilo-ec-2009-child-labour' : 'ilo-ec-2009-adult-labour';
      await recordScreening(ctx, person.id, {
        listKey,
        population: demo.screen.population,
        answers: demo.screen.answers.map((indicator) => ({ indicator, answer: 'yes' as const })),
        outcome: 'presumed_victim',
        outcomeReason: 'Demo screening',
        screenedAt: new Date(now - demo.screen.daysAgo * day),
      });
    }
    for (const email of demo.shareWith ?? []) {
      const target = await deps.store.users.findByEmail(email);
      if (target)
        await sharePerson(ctx, person.id, {
          organisationId: target.organisationId,
          reason: 'Demo: identification and services',
        });
    }
    if (demo.referTo?.length) {
      const recipients = await Promise.all(demo.referTo.map((r) => actingAs(deps, r.user)));
      await recordConsent(ctx, person.id, {
        purposes: ['share_identity', 'receive_services'],
        organisationIds: recipients.map((r) => r.actor.organisationId),
        means: 'written',
        givenOn: new Date(now - 15 * day).toISOString().slice(0, 10),
      });
      for (const [i, r] of demo.referTo.entries()) {
        const recipient = recipients[i] as Ctx;
        const referral = await sendReferral(ctx, person.id, {
          toOrganisationId: recipient.actor.organisationId,
          services: r.services,
          shareIdentity: true,
        });
        if (r.accept) await transitionReferral(recipient, referral.id, 'accept');
      }
    }
    for (const decision of demo.decisions ?? []) {
      await recordDecision(await actingAs(deps, decision.by), person.id, {
        outcome: decision.outcome,
        decidedOn: new Date(now - decision.daysAgo * day).toISOString().slice(0, 10),
        grounds: decision.grounds,
      });
    }
  }
  return demoPersons.length;
}

export async function actingAs(deps: Deps, email: string): Promise<Ctx> {
  const user = await deps.store.users.findByEmail(email);
  const organisation = user && (await deps.store.organisations.get(user.organisationId));
  if (!user || !organisation) throw new Error(`Demo user ${email} is missing.`);
  return {
    ...deps,
    actor: {
      userId: user.id,
      organisationId: organisation.id,
      organisationType: organisation.type,
      roles: user.roles,
      credentialId: 'demo',
    },
    request: { requestId: 'demo', clientIp: null, userAgent: 'opennrm demo' },
  };
}
