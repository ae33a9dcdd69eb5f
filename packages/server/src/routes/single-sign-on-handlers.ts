import type { OpenAPIHono } from '@hono/zod-openapi';
import { oidcCallbackRoute, oidcStartRoute, singleSignOnRoute } from '@opennrm/contracts';
import {
  DomainError,
  type ProviderFailure,
  recordProviderSignInFailure,
  signInWithProvider,
} from '@opennrm/core';
import type { Context } from 'hono';
import type { AppEnv } from '../app/server-env.ts';
import { sendError } from '../errors/error-response.ts';
import { ProviderUnavailableError } from '../single-sign-on/create-oidc-client.ts';
import { keepIdToken, keepPendingSignIn, takePendingSignIn } from '../single-sign-on/provider-cookies.ts';
import { setSessionCookie } from './auth-handlers.ts';

const notConfigured = (c: Context<AppEnv>) =>
  sendError(c, 'not_found', 'Sign-in through an identity provider is not configured here.');

/** Back to the sign-in page, which says why in the person's language. */
const toSignIn = (c: Context<AppEnv>, reason: string) =>
  c.redirect(`/sign-in?error=${encodeURIComponent(reason)}`, 302);

/**
 * Sign-in through an OpenID Connect provider: leave with PKCE, state and nonce kept in the
 * browser; come back, let openid-client check the answer and the ID token, then the use case
 * (and its policy) decides who this is and what they may hold.
 */
export function registerSingleSignOnRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(singleSignOnRoute, (c) => {
    const client = c.get('deps').singleSignOn;
    const provider = client ? { name: client.config.providerName, startUrl: oidcStartRoute.path } : null;
    return c.json({ provider }, 200);
  });

  app.openapi(oidcStartRoute, async (c) => {
    const client = c.get('deps').singleSignOn;
    if (!client) return notConfigured(c);
    try {
      const { url, pending } = await client.startSignIn();
      keepPendingSignIn(c, pending);
      return c.redirect(url.href, 302);
    } catch (error) {
      return fail(c, 'provider_unavailable', error);
    }
  });

  app.openapi(oidcCallbackRoute, async (c) => {
    const deps = c.get('deps');
    const client = deps.singleSignOn;
    if (!client) return notConfigured(c);
    const read = takePendingSignIn(c);
    if (!read.ok) return fail(c, read.reason);
    const { pending } = read;
    const providerError = c.req.valid('query').error;
    if (providerError) return fail(c, 'provider_error', undefined, providerError);
    let answer: Awaited<ReturnType<typeof client.finishSignIn>>;
    try {
      answer = await client.finishSignIn(new URL(c.req.url).search, pending);
    } catch (error) {
      return fail(
        c,
        error instanceof ProviderUnavailableError ? 'provider_unavailable' : 'invalid_response',
        error,
      );
    }
    try {
      const started = await signInWithProvider(deps, answer.identity, client.config.policy, c.get('meta'));
      setSessionCookie(c, started.sessionToken);
      keepIdToken(c, answer.idToken);
      return c.redirect('/', 302);
    } catch (error) {
      const reason = (error as DomainError).details as { reason?: string } | undefined;
      if (error instanceof DomainError && reason?.reason) return toSignIn(c, reason.reason);
      throw error;
    }
  });
}

async function fail(c: Context<AppEnv>, reason: ProviderFailure, error?: unknown, providerError?: string) {
  // The logger keeps the error's class and code only: openid-client's messages may quote the answer.
  if (error) c.get('log').warn({ reason, err: error }, 'oidc.sign_in_failed');
  await recordProviderSignInFailure(c.get('deps'), reason, c.get('meta'), providerError);
  return toSignIn(c, reason);
}
