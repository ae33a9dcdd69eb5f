import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../app/server-env.ts';
import type { PendingSignIn } from './create-oidc-client.ts';

/**
 * The browser keeps what a provider sign-in needs, so any server process can finish it and none
 * stores a token: the state, nonce and PKCE verifier until the provider answers (SameSite=Lax,
 * because that answer is a navigation from the provider's site), and the ID token while the
 * session lasts, only to name the session when signing out at the provider (id_token_hint).
 */
export const pendingCookie = 'opennrm_oidc_pending';
const pendingCookiePath = '/api/auth/oidc';
export const idTokenCookie = 'opennrm_oidc_id_token';
export const idTokenCookiePath = '/api/auth';

export function keepPendingSignIn(c: Context<AppEnv>, pending: PendingSignIn): void {
  setCookie(c, pendingCookie, Buffer.from(JSON.stringify(pending)).toString('base64url'), {
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.get('tls') || c.get('deps').secureCookies,
    path: pendingCookiePath,
    maxAge: 600,
  });
}

/** The pending sign-in, taken (used once): a second answer with the same state finds nothing. */
export function takePendingSignIn(c: Context<AppEnv>): PendingSignIn | null {
  const raw = getCookie(c, pendingCookie);
  deleteCookie(c, pendingCookie, { path: pendingCookiePath });
  if (!raw) return null;
  try {
    const value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Record<string, unknown>;
    const { state, nonce, codeVerifier } = value;
    if (typeof state !== 'string' || typeof nonce !== 'string' || typeof codeVerifier !== 'string')
      return null;
    return { state, nonce, codeVerifier };
  } catch {
    return null;
  }
}

export function keepIdToken(c: Context<AppEnv>, idToken: string): void {
  const deps = c.get('deps');
  setCookie(c, idTokenCookie, idToken, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: c.get('tls') || deps.secureCookies,
    path: idTokenCookiePath,
    maxAge: deps.security.sessionAbsoluteHours * 3600,
  });
}

/** The provider's end-session address for this browser's provider session, or null. */
export async function providerSignOutUrl(c: Context<AppEnv>): Promise<string | null> {
  const client = c.get('deps').singleSignOn;
  const idToken = getCookie(c, idTokenCookie);
  if (!client || !idToken) return null;
  try {
    return (await client.endSessionUrl(idToken))?.href ?? null;
  } catch (error) {
    // The provider is down: sign out here all the same; the person is told nothing worse.
    c.get('log').warn({ err: error }, 'oidc.end_session_unavailable');
    return null;
  }
}
