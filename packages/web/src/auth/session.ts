import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error.ts';
import { api, setCsrfToken, unwrap } from '../api/client.ts';
import type { Me } from '../api/types.ts';
import { i18n, isLocale, rememberLocale, switchLocale } from '../i18n/i18n.ts';
import { clearScreeningDrafts } from '../persons/screening-draft.ts';

export const meKey = ['me'] as const;

/** The user's saved language wins over the one chosen before sign-in. */
function adoptSession(me: Me): Me {
  setCsrfToken(me.csrfToken);
  if (isLocale(me.user.locale) && me.user.locale !== i18n.language) {
    rememberLocale(me.user.locale);
    void switchLocale(me.user.locale);
  }
  return me;
}

/** GET /api/me; `null` means "not signed in" (a 401 is an answer here, not a failure). */
async function fetchMe(): Promise<Me | null> {
  try {
    return adoptSession(await unwrap(api.GET('/api/me'), { ignoreUnauthenticated: true }));
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000, retry: 1 });
}

/** The signed-in session; only for components rendered inside RequireAuth. */
export function useSession(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSession() used outside a signed-in route');
  return data;
}

export function signedIn(queryClient: QueryClient, me: Me): void {
  queryClient.setQueryData(meKey, adoptSession(me));
}

/** Forget everything fetched under the old session: the next user must not see it. */
export function signedOut(queryClient: QueryClient): void {
  setCsrfToken(null);
  clearScreeningDrafts();
  queryClient.clear();
  queryClient.setQueryData(meKey, null);
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return async (everywhere: boolean) => {
    let atProvider: string | null = null;
    try {
      const answer: unknown = await unwrap(
        api.POST(everywhere ? '/api/auth/sign-out-everywhere' : '/api/auth/sign-out'),
        { ignoreUnauthenticated: true },
      );
      // Signed in through the identity provider: sign out there too; it sends the browser back.
      const url = (answer as { providerSignOutUrl?: unknown } | undefined)?.providerSignOutUrl;
      if (typeof url === 'string') atProvider = url;
    } finally {
      signedOut(queryClient);
    }
    if (atProvider) window.location.assign(atProvider);
  };
}
