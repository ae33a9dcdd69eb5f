import 'i18next';
import type { en } from './en.ts';

// Typed keys: a misspelt t('...') key is a compile error instead of an English-only string.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
