import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** An account at the test provider: the claims its ID token carries and how it "authenticated". */
export interface TestAccount {
  claims: Record<string, unknown>;
  /** Authentication methods reported in the ID token's `amr` (e.g. ['pwd', 'otp']). */
  amr?: string[];
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Change an account's claims between sign-ins (keyed by login name = subject). */
  accounts: Map<string, TestAccount>;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (the oidc-provider package) on a random local port, with one
 * confidential client and a login page of our own: "Username" and "Password" (any password),
 * after which the account is signed in and consent is given in one step. PKCE is required.
 */
export async function startTestProvider(options: {
  redirectUri: string;
  postLogoutRedirectUri: string;
  accounts: Record<string, TestAccount>;
}): Promise<TestProvider> {
  const accounts = new Map(Object.entries(options.accounts));
  const clientId = 'opennrm-test';
  const clientSecret = 'test-client-secret-that-is-long-enough-for-hs256';
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        post_logout_redirect_uris: [options.postLogoutRedirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    // Claims in the ID token itself (a code flow would otherwise put them in userinfo only).
    conformIdTokenClaims: false,
    claims: {
      // amr from the login (TestAccount.amr), in every ID token as Entra ID and Keycloak send it.
      openid: ['sub', 'amr'],
      email: ['email', 'email_verified'],
      profile: ['name', 'roles', 'organisation', 'realm_access'],
    },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    cookies: { keys: ['test-provider-cookie-key'] },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, id) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ ...account.claims, sub: id }) };
    },
  });
  const handle = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith('/interaction/')) {
      interact(provider, accounts, req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    } else handle(req, res);
  });
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

async function interact(
  provider: Provider,
  accounts: Map<string, TestAccount>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (req.method === 'GET') {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="en"><head><title>Test provider</title></head><body><main>
<h1>Test identity provider</h1>
<form method="post" action="/interaction/${details.uid}">
<label>Username <input name="login" autocomplete="username"></label>
<label>Password <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit">Continue</button>
</form></main></body></html>`);
    return;
  }
  let body = '';
  for await (const chunk of req) body += String(chunk);
  const login = new URLSearchParams(body).get('login') ?? '';
  const account = accounts.get(login);
  if (!account) {
    await provider.interactionFinished(req, res, {
      error: 'access_denied',
      error_description: 'unknown account',
    });
    return;
  }
  const clientId = String(details.params.client_id);
  const grant = new provider.Grant({ accountId: login, clientId });
  grant.addOIDCScope(String(details.params.scope));
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, {
    login: { accountId: login, ...(account.amr ? { amr: account.amr } : {}) },
    consent: { grantId },
  });
}
