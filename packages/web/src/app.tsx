import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { isApiError } from './api/api-error.ts';
import { setUnauthenticatedHandler } from './api/client.ts';
import { meKey } from './auth/session.ts';
import { i18n } from './i18n/i18n.ts';
import { createAppRouter } from './router.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // 4xx answers will not change by asking again; network and 5xx failures might.
        retry: (count, error) =>
          count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);

  // A 401 on any request means the session is gone: dropping `me` makes RequireAuth send the
  // user to sign-in with `next` set, so they come back to where they were.
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      queryClient.setQueryData(meKey, null);
    });
    return () => setUnauthenticatedHandler(null);
  }, [queryClient]);

  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
