import type { CountryNarrative } from '@opennrm/core';

const titles = {
  en: 'Trafficking in persons: country narrative',
  az: 'İnsan alveri: ölkə hesabatı',
  ru: 'Торговля людьми: страновой доклад',
} as const;

const periodWords = { en: 'Reporting period', az: 'Hesabat dövrü', ru: 'Отчётный период' } as const;

/** The document's title and its period line in the narrative's language. */
export function narrativeDocumentHeading(narrative: CountryNarrative): { title: string; period: string } {
  return {
    title: titles[narrative.locale],
    period: `${periodWords[narrative.locale]}: ${narrative.period.label}`,
  };
}

/** Each part's paragraphs as the document says them: the edit where edited, else the draft. */
export function paragraphsOf(part: CountryNarrative['parts'][number]): string[] {
  return part.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
