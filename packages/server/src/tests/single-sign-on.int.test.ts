import { type AuditEvent, defaultSecurity } from '@opennrm/core';
import { addUser } from '@opennrm/core/testing';
import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import { startTestProvider, type TestProvider } from '@opennrm/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadSingleSignOnConfig } from '../config/load-single-sign-on-config.ts';
import { type RunningServer, startServer } from '../serve.ts';
import { createOidcClient } from '../single-sign-on/create-oidc-client.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

/** A browser without a screen: cookies per origin, redirects followed by hand. */
class CookieJar {
  private readonly byOrigin = new Map<string, Map<string, string>>();
  cookies(url: URL) {
    return (this.byOrigin.get(url.origin) ?? new Map<string, string>()) as Map<string, string>;
  }
  async fetch(url: URL, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) {
    const jar = this.cookies(url);
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        ...(init.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...init.headers,
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
      },
      body: init.body,
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const gone = attributes.some((a) => /max-age=0/i.test(a.trim())) || value === '';
      if (gone) jar.delete(name);
      else jar.set(name, value);
    }
    this.byOrigin.set(url.origin, jar);
    return res;
  }
}

const location = (res: Response, from: URL) => new URL(res.headers.get('location') ?? '', from);

describeEachBackend('single sign-on through a real OpenID provider', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  let server: RunningServer;
  let provider: TestProvider;
  const env = (extra: Record<string, string> = {}) =>
    ({
      OPENNRM_OIDC_ISSUER: provider.issuer,
      OPENNRM_OIDC_CLIENT_ID: provider.clientId,
      OPENNRM_OIDC_CLIENT_SECRET: provider.clientSecret,
      OPENNRM_OIDC_NAME: 'Government ID',
      OPENNRM_PUBLIC_URL: server.url,
      ...extra,
    }) as NodeJS.ProcessEnv;
  const configure = (extra: Record<string, string> = {}) => {
    const config = loadSingleSignOnConfig(env(extra), (m) => {
      throw new Error(m);
    });
    t.deps.singleSignOn = config && createOidcClient(config);
  };
  const claimsFromProvider = () => ({
    OPENNRM_OIDC_ROLES_FROM: 'claims',
    OPENNRM_OIDC_ORGANISATION_FROM: 'claims',
    OPENNRM_OIDC_ROLE_MAP: 'nrm-audit=auditor,nrm-case=case_worker',
    OPENNRM_OIDC_ORGANISATION_MAP: `ngo=${t.organisations.ngo.id},police=${t.organisations.police.id}`,
  });

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database);
    server = await startServer(t.deps, '127.0.0.1', 0);
    provider = await startTestProvider({
      redirectUri: `${server.url}/api/auth/oidc/callback`,
      postLogoutRedirectUri: `${server.url}/sign-in`,
      accounts: {},
    });
  });
  afterAll(async () => {
    await provider?.close();
    await server?.close();
    await database?.close();
  });

  /** From the app's button to the provider's answer, signing in there as `login`: the callback URL. */
  async function throughProvider(jar: CookieJar, login: string): Promise<URL> {
    let url = location(await jar.fetch(new URL('/api/auth/oidc/start', server.url)), new URL(server.url));
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    for (let hop = 0; hop < 10; hop += 1) {
      if (url.origin === new URL(server.url).origin) return url;
      const res = await jar.fetch(url);
      if (res.status === 200 && url.pathname.startsWith('/interaction/')) {
        const body = new URLSearchParams({ login, password: 'anything' }).toString();
        url = location(await jar.fetch(url, { method: 'POST', body }), url);
      } else url = location(res, url);
    }
    throw new Error('the provider did not send the browser back');
  }
  /** The whole sign-in: where OpenNRM sends the browser at the end (/ or /sign-in?error=). */
  async function signIn(login: string, jar = new CookieJar()) {
    const callback = await throughProvider(jar, login);
    const res = await jar.fetch(callback);
    if (res.status !== 302) throw new Error(`the callback answered ${res.status}: ${await res.text()}`);
    const end = location(res, callback);
    return { jar, end: end.pathname + end.search };
  }
  const me = async (jar: CookieJar) => {
    const res = await jar.fetch(new URL('/api/me', server.url));
    return res.status === 200
      ? ((await res.json()) as { user: { id: string; email: string; roles: string[] }; csrfToken: string })
      : res.status;
  };
  const lastAudit = async (action: string) =>
    (await t.deps.store.audit.list({ action, limit: 1 }))[0] as AuditEvent;

  it('offers the provider by name and signs a known person in by verified e-mail, then by subject', async () => {
    configure();
    const info = await (await fetch(new URL('/api/auth/single-sign-on', server.url))).json();
    expect(info).toEqual({ provider: { name: 'Government ID', startUrl: '/api/auth/oidc/start' } });
    provider.accounts.set('amina', {
      claims: {
        email: t.users.auditor.email.toUpperCase(),
        email_verified: true,
        name: 'Amina',
        roles: ['nrm-admin'],
      },
    });
    const first = await signIn('amina');
    expect(first.end).toBe('/');
    const signedIn = await me(first.jar);
    expect(signedIn).toMatchObject({ user: { id: t.users.auditor.id, roles: ['auditor'] } });
    const event = await lastAudit('auth.signed_in');
    expect(event).toMatchObject({ actorUserId: t.users.auditor.id, details: { method: 'provider' } });
    // Linked: a new address at the provider still finds the same account.
    provider.accounts.set('amina', { claims: { email: 'amina@elsewhere.example', email_verified: true } });
    expect(await me((await signIn('amina')).jar)).toMatchObject({ user: { id: t.users.auditor.id } });
    // The ID token is never in the audit log.
    const events = await t.deps.store.audit.list({ limit: 20 });
    expect(JSON.stringify(events)).not.toMatch(/eyJ[\w-]+\.eyJ/);
  });

  it('refuses an answer whose state or PKCE verifier is not this browser’s', async () => {
    configure();
    provider.accounts.set('bahram', { claims: { email: t.users.investigator.email, email_verified: true } });
    const victim = new CookieJar();
    await victim.fetch(new URL('/api/auth/oidc/start', server.url));
    // The attacker's own code and state, planted in the victim's browser (login CSRF).
    const attackerCallback = await throughProvider(new CookieJar(), 'bahram');
    const planted = location(await victim.fetch(attackerCallback), attackerCallback);
    expect(planted.pathname + planted.search).toBe('/sign-in?error=invalid_response');
    expect(await me(victim)).toBe(401);
    // The pending sign-in is sealed: the browser cannot read the verifier, and a cookie changed by
    // one character (another verifier, another state) is refused before the provider is asked.
    const jar = new CookieJar();
    const callback = await throughProvider(jar, 'bahram');
    const cookies = jar.cookies(new URL(server.url));
    const sealed = cookies.get('opennrm_oidc_pending') ?? '';
    expect(sealed).not.toBe('');
    expect(() => JSON.parse(Buffer.from(sealed, 'base64url').toString())).toThrow();
    const flipped = sealed.at(-5) === 'A' ? 'B' : 'A';
    cookies.set('opennrm_oidc_pending', `${sealed.slice(0, -5)}${flipped}${sealed.slice(-4)}`);
    const end = location(await jar.fetch(callback), callback);
    expect(end.pathname + end.search).toBe('/sign-in?error=sign_in_tampered');
    expect(await me(jar)).toBe(401);
    expect((await lastAudit('auth.sign_in_failed')).details).toEqual({
      method: 'provider',
      reason: 'sign_in_tampered',
    });
    // Nor can the callback be replayed: the pending sign-in was used up.
    const replay = location(await jar.fetch(callback), callback);
    expect(replay.search).toBe('?error=sign_in_expired');
    expect((await lastAudit('auth.sign_in_failed')).details).toEqual({
      method: 'provider',
      reason: 'sign_in_expired',
    });
  });

  it('provisions only when configured, with roles and body from the mapping table only', async () => {
    provider.accounts.set('chingiz', {
      claims: {
        email: 'chingiz@ngo.example',
        email_verified: true,
        name: 'Chingiz',
        roles: ['nrm-audit', 'nrm-admin', 'national_coordinator'],
        organisation: 'ngo',
      },
    });
    configure(claimsFromProvider());
    expect((await signIn('chingiz')).end).toBe('/sign-in?error=no_account');
    expect((await lastAudit('auth.sign_in_failed')).details).toEqual({
      method: 'provider',
      reason: 'no_account',
    });
    configure({ ...claimsFromProvider(), OPENNRM_OIDC_PROVISION: '1' });
    const { jar, end } = await signIn('chingiz');
    expect(end).toBe('/');
    // nrm-admin maps to the administrator, but claims may not grant it; an unmapped value grants nothing.
    const created = await me(jar);
    expect(created).toMatchObject({ user: { email: 'chingiz@ngo.example', roles: ['auditor'] } });
    expect((await lastAudit('user.created')).details).toMatchObject({
      via: 'identity_provider',
      roles: ['auditor'],
      organisationId: t.organisations.ngo.id,
    });
    // An organisation the table does not list places no one.
    provider.accounts.set('dilara', {
      claims: {
        email: 'dilara@x.example',
        email_verified: true,
        roles: ['nrm-audit'],
        organisation: 'ministry',
      },
    });
    expect((await signIn('dilara')).end).toBe('/sign-in?error=unknown_organisation');
    // An address the provider has not verified never finds nor creates an account.
    provider.accounts.set('elvin', { claims: { email: t.users.auditor.email, email_verified: false } });
    expect((await signIn('elvin')).end).toBe('/sign-in?error=email_unverified');
    // Nor does a verified one hand over the administrator's account.
    provider.accounts.set('ilham', {
      claims: { email: t.users.system_administrator.email, email_verified: true },
    });
    expect((await signIn('ilham')).end).toBe('/sign-in?error=administrator_by_email');
  });

  it('maps roles and body from the claims at each sign-in, and never lets a deactivated user in', async () => {
    const user = await addUser(t.deps, t.organisations.ngo, ['case_worker'], 'farid@ngo.example');
    provider.accounts.set('farid', {
      claims: {
        email: 'farid@ngo.example',
        email_verified: true,
        roles: ['nrm-audit'],
        organisation: 'police',
      },
    });
    configure(claimsFromProvider());
    const { jar } = await signIn('farid');
    expect(await me(jar)).toMatchObject({ user: { id: user.id, roles: ['auditor'] } });
    expect((await t.deps.store.users.get(user.id))?.organisationId).toBe(t.organisations.police.id);
    expect((await lastAudit('user.updated')).details).toMatchObject({
      via: 'identity_provider',
      roles: { from: ['case_worker'], to: ['auditor'] },
    });
    await t.deps.store.users.update(user.id, { active: false });
    expect((await signIn('farid')).end).toBe('/sign-in?error=inactive_user');
    expect(await lastAudit('auth.sign_in_failed')).toMatchObject({
      entityId: user.id,
      details: { method: 'provider', reason: 'inactive_user' },
    });
  });

  it('lets the provider’s MFA stand in for the second factor a role requires, and only then', async () => {
    t.deps.security = { ...t.deps.security, secondFactorRoles: ['case_worker'] };
    try {
      await addUser(t.deps, t.organisations.ngo, ['case_worker'], 'gunel@ngo.example');
      configure({ OPENNRM_OIDC_MFA_AMR: 'mfa,otp' });
      provider.accounts.set('gunel', {
        claims: { email: 'gunel@ngo.example', email_verified: true },
        amr: ['pwd'],
      });
      expect((await signIn('gunel')).end).toBe('/sign-in?error=second_factor_missing');
      provider.accounts.set('gunel', {
        claims: { email: 'gunel@ngo.example', email_verified: true },
        amr: ['pwd', 'otp'],
      });
      const { jar, end } = await signIn('gunel');
      expect(end).toBe('/');
      // The whole role, not only the enrolment a password alone would leave them.
      const signedIn = (await (await jar.fetch(new URL('/api/me', server.url))).json()) as {
        permissions: string[];
      };
      expect(signedIn.permissions).toContain('person:read');
      expect((await lastAudit('auth.signed_in')).details).toEqual({ method: 'provider_mfa' });
    } finally {
      t.deps.security = { ...defaultSecurity, ...t.deps.security, secondFactorRoles: [] };
    }
  });

  it('signs out here and at the provider, which sends the browser back to sign-in', async () => {
    configure();
    provider.accounts.set('hasan', { claims: { email: t.users.prosecutor.email, email_verified: true } });
    const { jar } = await signIn('hasan');
    const signedIn = await me(jar);
    if (typeof signedIn === 'number') throw new Error(`not signed in: ${signedIn}`);
    const out = await jar.fetch(new URL('/api/auth/sign-out', server.url), {
      method: 'POST',
      headers: { 'x-csrf-token': signedIn.csrfToken },
    });
    expect(out.status).toBe(200);
    const { providerSignOutUrl } = (await out.json()) as { providerSignOutUrl: string };
    const endSession = new URL(providerSignOutUrl);
    expect(endSession.origin).toBe(provider.issuer);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${server.url}/sign-in`);
    expect(endSession.searchParams.get('id_token_hint')).toMatch(/^eyJ/);
    expect(await me(jar)).toBe(401);
    expect((await lastAudit('auth.signed_out')).details).toEqual({ atProvider: true });
    // The provider asks to confirm; confirming sends the browser back to OpenNRM's sign-in page.
    const page = await (await jar.fetch(endSession)).text();
    const form = /action="([^"]+)"/.exec(page)?.[1] ?? '';
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const confirmed = await jar.fetch(new URL(form, endSession), {
      method: 'POST',
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
    });
    expect(location(confirmed, endSession).href).toBe(`${server.url}/sign-in`);
  });
});
