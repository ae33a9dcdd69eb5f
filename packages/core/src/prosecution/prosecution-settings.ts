import type { Store } from '../ports.ts';
import { defaultSentenceBands, type SentenceBand } from './sentence-bands.ts';

/** An article of the country's criminal code a case may be opened under. */
export interface LegalArticle {
  code: string;
  /** Short title in each language the web shows. */
  title: { en: string; az: string; ru: string };
  /** Penalty range in months, as the code states it (for the page; not enforced on sentences). */
  minMonths: number | null;
  maxMonths: number | null;
}

/**
 * Prosecution configuration: the articles of the criminal code cases are opened under. The demo
 * ships Azerbaijan's criminal code art. 144-1 (trafficking in persons) and 144-2 (forced
 * labour), penalties 5-15 years; and the bands of prison terms the report counts sentences in
 * (sentence-bands.ts; default: the demo's six).
 */
export interface ProsecutionSettings {
  articles: LegalArticle[];
  sentenceBands: readonly SentenceBand[];
}

export const defaultProsecutionSettings: ProsecutionSettings = {
  articles: [
    {
      code: '144-1',
      title: { en: 'Trafficking in persons', az: 'İnsan alveri', ru: 'Торговля людьми' },
      minMonths: 60,
      maxMonths: 180,
    },
    {
      code: '144-2',
      title: { en: 'Forced labour', az: 'Məcburi əmək', ru: 'Принудительный труд' },
      minMonths: 60,
      maxMonths: 180,
    },
  ],
  sentenceBands: defaultSentenceBands,
};

export const prosecutionSettingsKey = 'prosecution';

export async function readProsecutionSettings(store: Store): Promise<ProsecutionSettings> {
  const stored = (await store.configuration.get(prosecutionSettingsKey)) as
    | Partial<ProsecutionSettings>
    | undefined;
  return { ...defaultProsecutionSettings, ...(stored ?? {}) };
}
