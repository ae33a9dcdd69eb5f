import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  getReferralRoute,
  getReferralSettingsRoute,
  inboxRoute,
  inboxSectionRoute,
  listConsentsRoute,
  listMessagesRoute,
  listNotificationsRoute,
  listPersonReferralsRoute,
  markNotificationsReadRoute,
  postMessageRoute,
  proposeReferralsRoute,
  recordConsentRoute,
  referralTransitionRoutes,
  sendReferralRoute,
  updateReferralSettingsRoute,
  withdrawConsentRoute,
} from '@opennrm/contracts';
import {
  type Ctx,
  describeReferral,
  describeReferrals,
  getInboxSection,
  getReferralInbox,
  getReferralSettings,
  listConsents,
  listNotifications,
  listPersonReferrals,
  listReferralMessages,
  loadReferralFor,
  markNotificationsRead,
  postReferralMessage,
  proposeReferrals,
  type Referral,
  recordConsent,
  referralTransitions,
  sendReferral,
  transitionReferral,
  updateReferralSettings,
  withdrawConsent,
} from '@opennrm/core';
import { ctxOf } from '../app/ctx-of.ts';
import type { AppEnv } from '../app/server-env.ts';
import { decodeCursor, encodeCursor, instantPart, uuidPart } from '../presenters/page-cursor.ts';
import {
  presentConsent,
  presentNotification,
  presentReferral,
  presentReferralDetail,
} from '../presenters/referral-presenters.ts';

async function detail(ctx: Ctx, referral: Referral) {
  return presentReferralDetail(await describeReferral(ctx, referral), ctx.clock.now());
}

async function present(ctx: Ctx, referrals: Referral[]) {
  const now = ctx.clock.now();
  return (await describeReferrals(ctx, referrals)).map((view) => presentReferral(view, now));
}

export function registerReferralRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(proposeReferralsRoute, async (c) =>
    c.json({ proposals: await proposeReferrals(ctxOf(c), c.req.valid('param').id) }, 200),
  );

  app.openapi(listPersonReferralsRoute, async (c) => {
    const ctx = ctxOf(c);
    const referrals = await listPersonReferrals(ctx, c.req.valid('param').id);
    return c.json({ referrals: await present(ctx, referrals) }, 200);
  });

  app.openapi(sendReferralRoute, async (c) => {
    const ctx = ctxOf(c);
    return c.json(
      await detail(ctx, await sendReferral(ctx, c.req.valid('param').id, c.req.valid('json'))),
      201,
    );
  });

  app.openapi(getReferralRoute, async (c) => {
    const ctx = ctxOf(c);
    return c.json(await detail(ctx, await loadReferralFor(ctx, c.req.valid('param').id)), 200);
  });

  for (const action of referralTransitions) {
    app.openapi(referralTransitionRoutes[action], async (c) => {
      const ctx = ctxOf(c);
      const referral = await transitionReferral(ctx, c.req.valid('param').id, action, c.req.valid('json'));
      return c.json(await detail(ctx, referral), 200);
    });
  }

  app.openapi(listMessagesRoute, async (c) => {
    const messages = await listReferralMessages(ctxOf(c), c.req.valid('param').id);
    return c.json({ messages: messages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })) }, 200);
  });

  app.openapi(postMessageRoute, async (c) => {
    const m = await postReferralMessage(ctxOf(c), c.req.valid('param').id, c.req.valid('json').body);
    return c.json({ message: { ...m, createdAt: m.createdAt.toISOString() } }, 201);
  });

  app.openapi(inboxRoute, async (c) => {
    const ctx = ctxOf(c);
    const inbox = await getReferralInbox(ctx);
    // The sections share their organisations and persons: one description (two reads) for the
    // whole page, cut back into its sections in the same order, instead of two reads per section.
    const views = await present(ctx, [
      ...inbox.incoming,
      ...inbox.outgoing,
      ...inbox.overdue,
      ...inbox.inProgress,
      ...inbox.recentlyClosed,
    ]);
    let from = 0;
    const next = (section: readonly Referral[]) => {
      from += section.length;
      return views.slice(from - section.length, from);
    };
    return c.json(
      {
        incoming: next(inbox.incoming),
        outgoing: next(inbox.outgoing),
        overdue: next(inbox.overdue),
        inProgress: next(inbox.inProgress),
        recentlyClosed: next(inbox.recentlyClosed),
        unreadNotifications: inbox.unreadNotifications,
      },
      200,
    );
  });

  app.openapi(inboxSectionRoute, async (c) => {
    const ctx = ctxOf(c);
    const { cursor, limit, ...q } = c.req.valid('query');
    const after = cursor ? decodeCursor<[string, string]>(cursor, [instantPart, uuidPart]) : undefined;
    const page = await getInboxSection(ctx, {
      ...q,
      section: c.req.valid('param').section,
      limit: limit ?? 50,
      ...(after ? { after: { at: new Date(after[0]), id: after[1] } } : {}),
      withTotal: !after,
    });
    const next = page.next;
    return c.json(
      {
        referrals: await present(ctx, page.referrals),
        nextCursor: next ? encodeCursor([next.at.toISOString(), next.id]) : null,
        total: page.total?.count ?? null,
        totalMore: page.total?.more ?? false,
      },
      200,
    );
  });

  app.openapi(listConsentsRoute, async (c) => {
    const consents = await listConsents(ctxOf(c), c.req.valid('param').id);
    return c.json({ consents: consents.map(presentConsent) }, 200);
  });

  app.openapi(recordConsentRoute, async (c) => {
    const consent = await recordConsent(ctxOf(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json({ consent: presentConsent(consent) }, 201);
  });

  app.openapi(withdrawConsentRoute, async (c) => {
    await withdrawConsent(ctxOf(c), c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.openapi(listNotificationsRoute, async (c) => {
    const { notifications, unread, organisationNames } = await listNotifications(ctxOf(c));
    return c.json(
      { notifications: notifications.map((n) => presentNotification(n, organisationNames)), unread },
      200,
    );
  });

  app.openapi(markNotificationsReadRoute, async (c) =>
    c.json({ marked: await markNotificationsRead(ctxOf(c), c.req.valid('json')) }, 200),
  );

  app.openapi(getReferralSettingsRoute, async (c) => c.json(await getReferralSettings(ctxOf(c)), 200));
  app.openapi(updateReferralSettingsRoute, async (c) =>
    c.json(await updateReferralSettings(ctxOf(c), c.req.valid('json')), 200),
  );
}
