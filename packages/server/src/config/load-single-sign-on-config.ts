import { isRole, type Role, type SingleSignOnPolicy } from '@opennrm/core';

/** Sign-in through an OpenID Connect provider (docs/operations/single-sign-on.md). */
export interface SingleSignOnConfig {
  issuer: string;
  clientId: string;
  /** None: a public client (PKCE only); most providers give the server a secret. */
  clientSecret: string | null;
  /** Where the provider sends the browser back: <public URL>/api/auth/oidc/callback. */
  redirectUrl: string;
  /** Where the provider sends the browser after signing out there: the public URL's sign-in page. */
  postLogoutRedirectUrl: string;
  scopes: string;
  /** Shown on the button: "Sign in with <name>". */
  providerName: string;
  /** Dotted paths into the ID token: `roles`, `realm_access.roles`, `groups`. */
  rolesClaim: string;
  organisationClaim: string;
  policy: SingleSignOnPolicy;
}

type Fail = (message: string) => never;

/** OPENNRM_OIDC_*: null when OPENNRM_OIDC_ISSUER is unset (password sign-in only). */
export function loadSingleSignOnConfig(env: NodeJS.ProcessEnv, fail: Fail): SingleSignOnConfig | null {
  const issuer = env.OPENNRM_OIDC_ISSUER?.trim();
  if (!issuer) return null;
  const read = (name: string) => env[`OPENNRM_OIDC_${name}`]?.trim() || null;
  const clientId = read('CLIENT_ID') ?? fail('OPENNRM_OIDC_ISSUER is set: set OPENNRM_OIDC_CLIENT_ID too.');
  requireSafeUrl(issuer, 'OPENNRM_OIDC_ISSUER', fail);
  const publicUrl = env.OPENNRM_PUBLIC_URL?.trim().replace(/\/+$/, '') || null;
  const redirectUrl =
    read('REDIRECT_URL') ??
    (publicUrl
      ? `${publicUrl}/api/auth/oidc/callback`
      : fail(
          'Single sign-on needs OPENNRM_PUBLIC_URL (or OPENNRM_OIDC_REDIRECT_URL) for the provider to send people back.',
        ));
  requireSafeUrl(redirectUrl, 'OPENNRM_OIDC_REDIRECT_URL', fail);
  const rolesFrom = choice(read('ROLES_FROM'), 'OPENNRM_OIDC_ROLES_FROM', fail);
  const organisationFrom = choice(read('ORGANISATION_FROM'), 'OPENNRM_OIDC_ORGANISATION_FROM', fail);
  const administratorFromClaims = flag(read('ADMINISTRATOR_FROM_CLAIMS'));
  const roleMap = pairs(read('ROLE_MAP'), 'OPENNRM_OIDC_ROLE_MAP', fail, (role) => {
    if (!isRole(role)) fail(`OPENNRM_OIDC_ROLE_MAP: "${role}" is no role of OpenNRM.`);
    if (role === 'system_administrator' && !administratorFromClaims) {
      fail(
        'OPENNRM_OIDC_ROLE_MAP maps a claim to system_administrator: set OPENNRM_OIDC_ADMINISTRATOR_FROM_CLAIMS=1 if that is meant.',
      );
    }
    return role as Role;
  });
  const organisationMap = pairs(read('ORGANISATION_MAP'), 'OPENNRM_OIDC_ORGANISATION_MAP', fail, (id) => id);
  const provision = flag(read('PROVISION'));
  if (rolesFrom === 'claims' && Object.keys(roleMap).length === 0) {
    fail('OPENNRM_OIDC_ROLES_FROM=claims needs OPENNRM_OIDC_ROLE_MAP (claim value=role, ...).');
  }
  if (organisationFrom === 'claims' && Object.keys(organisationMap).length === 0) {
    fail(
      'OPENNRM_OIDC_ORGANISATION_FROM=claims needs OPENNRM_OIDC_ORGANISATION_MAP (claim value=organisation id, ...).',
    );
  }
  if (provision && (rolesFrom !== 'claims' || organisationFrom !== 'claims')) {
    fail(
      'OPENNRM_OIDC_PROVISION=1 creates users from the claims: set OPENNRM_OIDC_ROLES_FROM=claims and OPENNRM_OIDC_ORGANISATION_FROM=claims.',
    );
  }
  const matchBy = list(read('MATCH_BY') ?? 'subject,email');
  if (matchBy.length === 0 || matchBy.some((m) => m !== 'subject' && m !== 'email')) {
    fail(`OPENNRM_OIDC_MATCH_BY takes subject and/or email; it is "${read('MATCH_BY')}".`);
  }
  return {
    issuer,
    clientId,
    clientSecret: read('CLIENT_SECRET'),
    redirectUrl,
    postLogoutRedirectUrl: read('POST_LOGOUT_REDIRECT_URL') ?? `${new URL(redirectUrl).origin}/sign-in`,
    scopes: read('SCOPES') ?? 'openid email profile',
    providerName: read('NAME') ?? new URL(issuer).hostname,
    rolesClaim: read('ROLES_CLAIM') ?? 'roles',
    organisationClaim: read('ORGANISATION_CLAIM') ?? 'organisation',
    policy: {
      matchBy: matchBy as ('subject' | 'email')[],
      provision,
      rolesFrom,
      organisationFrom,
      roleMap,
      organisationMap,
      administratorFromClaims,
      secondFactorAmr: list(read('MFA_AMR') ?? 'mfa'),
      secondFactorAcr: list(read('MFA_ACR') ?? ''),
    },
  };
}

// Plain http only to this machine (a provider in a test, a development Keycloak).
function requireSafeUrl(raw: string, name: string, fail: Fail): void {
  const url = URL.canParse(raw) ? new URL(raw) : fail(`${name} is not a URL: "${raw}".`);
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    fail(`${name} must be an https:// address (plain http only on localhost); it is "${raw}".`);
  }
}

function choice(raw: string | null, name: string, fail: Fail): 'claims' | 'local' {
  if (raw === null || raw === 'local') return 'local';
  if (raw === 'claims') return 'claims';
  return fail(`${name} takes claims or local; it is "${raw}".`);
}

const flag = (raw: string | null) => raw === '1' || raw === 'true';
const list = (raw: string) =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function pairs<T>(raw: string | null, name: string, fail: Fail, value: (v: string) => T): Record<string, T> {
  const table: Record<string, T> = Object.create(null);
  for (const pair of list(raw ?? '')) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) fail(`${name}: "${pair}" is not claim value=target.`);
    table[pair.slice(0, at).trim()] = value(pair.slice(at + 1).trim());
  }
  return table;
}
