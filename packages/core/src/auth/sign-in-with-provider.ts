import { recordAudit } from '../audit/record-audit.ts';
import type { Deps } from '../context.ts';
import type { User } from '../model.ts';
import {
  decideProviderSignIn,
  mapProviderOrganisation,
  type ProviderIdentity,
  type RefusalReason,
  type SingleSignOnPolicy,
} from '../policy/single-sign-on-policy.ts';
import type { Store } from '../ports.ts';
import { DomainError } from '../support/errors.ts';
import type { RequestMeta } from './actor.ts';
import { generateSecretToken } from './secret-token.ts';
import { type StartedSession, startSession } from './start-session.ts';

// What the person is told; the audit event keeps the reason, never the token's contents.
const messages: Record<RefusalReason, string> = {
  no_account: 'There is no OpenNRM account for you. Ask your administrator to create one.',
  email_unverified:
    'Your identity provider has not verified your e-mail address, so it cannot be matched to an account.',
  linked_elsewhere: 'This OpenNRM account is linked to another identity at your provider.',
  administrator_by_email:
    'An administrator account is not signed in through the identity provider by e-mail. Sign in with your password.',
  inactive_user: 'Your account is not active.',
  inactive_organisation: 'Your organisation is not active in this system.',
  no_mapped_role: 'Your identity provider gives you no role that OpenNRM accepts.',
  unknown_organisation: 'Your identity provider places you in no organisation that OpenNRM knows.',
  second_factor_missing:
    'Your role requires a second factor, and your identity provider did not report one. Sign in at the provider with multi-factor authentication and try again.',
};

/**
 * Signs in a person whom the identity provider has authenticated (the ID token is verified by
 * the caller). Finds the local user by the linked subject, then by verified e-mail (as the
 * operator configured), lets the policy decide, then provisions, updates roles and organisation
 * from the claims, links the subject and opens the session, in one transaction.
 */
export async function signInWithProvider(
  deps: Deps,
  identity: ProviderIdentity,
  policy: SingleSignOnPolicy,
  request: RequestMeta,
): Promise<StartedSession> {
  const { store } = deps;
  const match = await findLocalUser(store, identity, policy);
  const organisationId =
    !match.user || policy.organisationFrom === 'claims'
      ? mapProviderOrganisation(identity, policy)
      : match.user.organisationId;
  const organisation = organisationId ? await store.organisations.get(organisationId) : undefined;
  const decision = decideProviderSignIn({
    ...match,
    identity,
    organisation,
    policy,
    security: deps.security,
  });
  if (!decision.allow) return refuse(deps, decision.reason, match.user, request);
  if (decision.provision && !(identity.email && identity.emailVerified)) {
    return refuse(deps, 'email_unverified', undefined, request);
  }
  return store.transaction(async (tx) => {
    const user = decision.provision
      ? await provisionUser(deps, tx, identity, decision.roles, decision.organisationId, request)
      : await applyClaims(
          deps,
          tx,
          requireUser(match.user),
          decision.roles,
          decision.organisationId,
          request,
        );
    const now = deps.clock.now();
    if (match.linkedSubject === identity.subject)
      await tx.externalIdentities.touch(identity.issuer, identity.subject, now);
    else {
      await tx.externalIdentities.link({
        issuer: identity.issuer,
        subject: identity.subject,
        userId: user.id,
        createdAt: now,
        lastSignedInAt: now,
      });
    }
    return startSession(deps, tx, user, request, decision.providerSecondFactor ? 'provider_mfa' : 'provider');
  });
}

async function findLocalUser(
  store: Store,
  identity: ProviderIdentity,
  policy: SingleSignOnPolicy,
): Promise<{ user: User | undefined; matchedBy: 'subject' | 'email' | null; linkedSubject: string | null }> {
  for (const by of policy.matchBy) {
    if (by === 'subject') {
      const linked = await store.externalIdentities.find(identity.issuer, identity.subject);
      const user = linked ? await store.users.get(linked.userId) : undefined;
      if (user) return { user, matchedBy: 'subject', linkedSubject: identity.subject };
    } else if (identity.email) {
      const user = await store.users.findByEmail(identity.email);
      if (user) {
        const linked = await store.externalIdentities.findForUser(identity.issuer, user.id);
        return { user, matchedBy: 'email', linkedSubject: linked?.subject ?? null };
      }
    }
  }
  return { user: undefined, matchedBy: null, linkedSubject: null };
}

async function provisionUser(
  deps: Deps,
  tx: Store,
  identity: ProviderIdentity,
  roles: User['roles'],
  organisationId: string,
  request: RequestMeta,
): Promise<User> {
  const now = deps.clock.now();
  const email = (identity.email ?? '').trim().toLowerCase();
  const user: User = {
    id: deps.newId(),
    organisationId,
    email,
    displayName: identity.name?.trim() || email,
    locale: 'en',
    roles,
    active: true,
    // No password anyone knows: the account signs in through the provider until an administrator sets one.
    passwordHash: await deps.passwords.hash(generateSecretToken()),
    failedLogins: 0,
    lockedUntil: null,
    lastLoginAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await tx.users.create(user);
  await recordAudit({ store: tx, clock: deps.clock }, null, request, {
    action: 'user.created',
    entityType: 'user',
    entityId: user.id,
    details: { email, organisationId, roles, via: 'identity_provider' },
  });
  return user;
}

/** Roles and organisation from the claims replace the local ones (when so configured), audited. */
async function applyClaims(
  deps: Deps,
  tx: Store,
  user: User,
  roles: User['roles'],
  organisationId: string,
  request: RequestMeta,
): Promise<User> {
  const rolesChanged = roles.join(',') !== [...user.roles].sort().join(',');
  const organisationChanged = organisationId !== user.organisationId;
  if (!rolesChanged && !organisationChanged) return user;
  const now = deps.clock.now();
  await tx.users.update(user.id, { roles, organisationId, updatedAt: now });
  await recordAudit({ store: tx, clock: deps.clock }, null, request, {
    action: 'user.updated',
    entityType: 'user',
    entityId: user.id,
    details: {
      via: 'identity_provider',
      ...(rolesChanged ? { roles: { from: user.roles, to: roles } } : {}),
      ...(organisationChanged ? { organisationId: { from: user.organisationId, to: organisationId } } : {}),
    },
  });
  return { ...user, roles, organisationId, updatedAt: now };
}

async function refuse(
  deps: Deps,
  reason: RefusalReason,
  user: User | undefined,
  request: RequestMeta,
): Promise<never> {
  await recordAudit(deps, null, request, {
    action: 'auth.sign_in_failed',
    entityType: 'user',
    entityId: user?.id ?? null,
    details: { method: 'provider', reason },
  });
  throw new DomainError(
    reason === 'second_factor_missing' ? 'forbidden' : 'unauthenticated',
    messages[reason],
    { reason },
  );
}

/** Failures before any identity is known: the provider's answer was refused or never came. */
export type ProviderFailure =
  | 'sign_in_expired'
  /** The pending sign-in the browser brought back is not the one the server sealed. */
  | 'sign_in_tampered'
  | 'provider_error'
  | 'invalid_response'
  | 'provider_unavailable';

/**
 * Audits a provider sign-in that failed before the policy was asked: the reason, and the
 * provider's error code when it sent one (`access_denied`); never a token or a claim.
 */
export async function recordProviderSignInFailure(
  deps: Pick<Deps, 'store' | 'clock'>,
  reason: ProviderFailure,
  request: RequestMeta,
  providerError?: string,
): Promise<void> {
  await recordAudit(deps, null, request, {
    action: 'auth.sign_in_failed',
    entityType: 'user',
    details: {
      method: 'provider',
      reason,
      ...(providerError ? { providerError: providerError.replace(/[^\w.-]/g, '').slice(0, 60) } : {}),
    },
  });
}

function requireUser(user: User | undefined): User {
  if (!user) throw new Error('a matched user was expected');
  return user;
}
