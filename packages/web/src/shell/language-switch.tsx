import { NativeSelect } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { type Locale, locales, type Me } from '../api/types.ts';
import { meKey } from '../auth/session.ts';
import { isLocale, rememberLocale, switchLocale } from '../i18n/i18n.ts';

/**
 * A native select: keyboard and screen-reader behaviour comes from the browser. Language names
 * are written in their own language so a user who cannot read the current one finds theirs.
 */
export function LanguageSwitch({ testId = 'language-switch' }: { testId?: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();

  const change = async (value: string) => {
    if (!isLocale(value)) return;
    rememberLocale(value);
    await switchLocale(value);
    const me = queryClient.getQueryData<Me | null>(meKey);
    if (!me) return;
    try {
      const { user } = await unwrap(api.PATCH('/api/me', { body: { locale: value } }));
      queryClient.setQueryData<Me | null>(meKey, (old) => (old ? { ...old, user } : old));
    } catch {
      // The page is already in the new language; only the saved preference failed, and the
      // local choice still applies on this device.
    }
  };

  return (
    <NativeSelect
      aria-label={t('header.language')}
      data-testid={testId}
      value={i18n.language}
      onChange={(event) => void change(event.currentTarget.value)}
      data={locales.map((locale: Locale) => ({ value: locale, label: t(`languages.${locale}`) }))}
      size="sm"
      w={150}
    />
  );
}
