import type { TFunction } from 'i18next';
import type { PublishedFigure } from './release-queries.ts';

/** A cell of a revision list in words: the figure, "not shown" (never a value), or absent. */
export function publishedFigureText(
  figure: PublishedFigure,
  t: TFunction,
  number: (n: number) => string,
): string {
  if (figure.status === 'not_shown') return t('releases.notShown');
  if (figure.status === 'absent') return t('releases.absent');
  return figure.value === null ? '–' : number(figure.value);
}
