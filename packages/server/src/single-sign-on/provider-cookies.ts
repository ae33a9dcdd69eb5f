import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../app/server-env.ts';
import type { PendingSignIn } from './create-oidc-client.ts';

/**
 * The browser keeps what a provider sign-in needs, so any server process can finish it and none
 * stores a token: the state, nonce and PKCE verifier until the provider answers (SameSite=Lax,
 * because that answer is a navigation from the provider's site), and the ID token while the
 * session lasts, only to name the session when signing out at the provider (id_token_hint).
 * The pending sign-in is sealed with the installation's sealer (AES-GCM, bound to the cookie's
 * name), as a sealed field is: the browser can neither read the verifier nor change any of it
 * unnoticed, so a sign-in cannot be finished with a state or verifier someone else chose.
 */
export const pendingCookie = 'opennrm_oidc_pending';
const pendingCookiePath = '/api/auth/oidc';
export const idTokenCookie = 'opennrm_oidc_id_token';
export const idTokenCookiePath = '/api/auth';
const pendingAad = `cookie:${pendingCookie}`;

/** The pending sign-in, or why there is none: never set (or used up), or not as we sealed it. */
export type PendingRead =
  | { ok: true; pending: PendingSignIn }
  | { ok: false; reason: 'sign_in_expired' | 'sign_in_tampered' };

export function keepPendingSignIn(c: Context<AppEnv>, pending: PendingSignIn): void {
  const sealed = c.get('deps').sealer.seal(JSON.stringify(pending), pendingAad);
  setCookie(c, pendingCookie, sealed, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.get('tls') || c.get('deps').secureCookies,
    path: pendingCookiePath,
    maxAge: 600,
  });
}

/** The pending sign-in, taken (used once): a second answer with the same state finds nothing. */
export function takePendingSignIn(c: Context<AppEnv>): PendingRead {
  const raw = getCookie(c, pendingCookie);
  deleteCookie(c, pendingCookie, { path: pendingCookiePath });
  if (!raw) return { ok: false, reason: 'sign_in_expired' };
  try {
    const opened = c.get('deps').sealer.unseal(raw, pendingAad);
    const { state, nonce, codeVerifier } = JSON.parse(opened) as Record<string, unknown>;
    if (typeof state === 'string' && typeof nonce === 'string' && typeof codeVerifier === 'string')
      return { ok: true, pending: { state, nonce, codeVerifier } };
  } catch {
    // Not sealed by us, or changed since: the authentication tag does not hold.
  }
  return { ok: false, reason: 'sign_in_tampered' };
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
