import type { ProviderIdentity } from '@opennrm/core';
import * as oidc from 'openid-client';
import type { SingleSignOnConfig } from '../config/load-single-sign-on-config.ts';

/** What the sign-in route keeps in the browser between leaving for the provider and coming back. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface OidcClient {
  readonly config: SingleSignOnConfig;
  /** The provider's authorization URL (code flow, PKCE S256, state, nonce) and what to keep. */
  startSignIn(): Promise<{ url: URL; pending: PendingSignIn }>;
  /** Exchanges the code; refuses a wrong state, nonce or code verifier, or a bad ID token. */
  finishSignIn(
    callbackQuery: string,
    pending: PendingSignIn,
  ): Promise<{ identity: ProviderIdentity; idToken: string }>;
  /** RP-initiated logout, or null when the provider advertises no end_session_endpoint. */
  endSessionUrl(idToken: string): Promise<URL | null>;
}

export class ProviderUnavailableError extends Error {
  override name = 'ProviderUnavailableError';
}

/**
 * The OpenID Connect relying party, on openid-client. The provider's metadata and keys are
 * fetched at first use (a provider that is down does not stop OpenNRM from starting; password
 * sign-in goes on) and kept; a failed discovery is tried again at the next sign-in.
 */
export function createOidcClient(config: SingleSignOnConfig): OidcClient {
  let discovered: Promise<oidc.Configuration> | null = null;
  const discover = () => {
    discovered ??= oidc
      .discovery(
        new URL(config.issuer),
        config.clientId,
        config.clientSecret ?? undefined,
        config.clientSecret ? undefined : oidc.None(),
        // Plain http only where the configuration allowed it: a provider on this machine.
        new URL(config.issuer).protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = null;
        throw new ProviderUnavailableError(`The identity provider cannot be reached: ${String(error)}`);
      });
    return discovered;
  };

  return {
    config,
    async startSignIn() {
      const provider = await discover();
      const pending = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
      };
      const url = oidc.buildAuthorizationUrl(provider, {
        redirect_uri: config.redirectUrl,
        scope: config.scopes,
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url, pending };
    },
    async finishSignIn(callbackQuery, pending) {
      const provider = await discover();
      // The registered redirect URL with the provider's answer: never the Host header we were reached at.
      const current = new URL(config.redirectUrl);
      current.search = callbackQuery;
      const tokens = await oidc.authorizationCodeGrant(provider, current, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims || !tokens.id_token) throw new Error('The provider sent no ID token.');
      return { identity: readIdentity(claims, config), idToken: tokens.id_token };
    },
    async endSessionUrl(idToken) {
      const provider = await discover();
      if (!provider.serverMetadata().end_session_endpoint) return null;
      return oidc.buildEndSessionUrl(provider, {
        id_token_hint: idToken,
        post_logout_redirect_uri: config.postLogoutRedirectUrl,
      });
    },
  };
}

/** The claims OpenNRM uses, read defensively: a claim of the wrong shape counts as absent. */
export function readIdentity(claims: Record<string, unknown>, config: SingleSignOnConfig): ProviderIdentity {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
  const texts = (value: unknown) =>
    Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : typeof value === 'string'
        ? [value]
        : [];
  return {
    issuer: String(claims.iss),
    subject: String(claims.sub),
    email: text(claims.email),
    emailVerified: claims.email_verified === true,
    name: text(claims.name),
    roleValues: texts(claimAt(claims, config.rolesClaim)),
    organisationValue: text(claimAt(claims, config.organisationClaim)),
    amr: texts(claims.amr),
    acr: text(claims.acr),
  };
}

/** `realm_access.roles` reads claims.realm_access.roles (Keycloak); a plain name reads one claim. */
function claimAt(claims: Record<string, unknown>, path: string): unknown {
  let at: unknown = claims;
  for (const part of path.split('.')) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, part)) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}
