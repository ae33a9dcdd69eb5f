import type { Locale } from '../../model.ts';
import type { NarrativeParagraph, Period, ReportTable } from '../report-model.ts';
import { monthsInDates, yearsOf } from './narrative-dates.ts';
import { narrativeSections } from './narrative-sections.ts';
import { readFigure } from './read-figure.ts';

// Checks shared by the narrative tests: the text's numbers are exactly its figures, in order,
// and each figure is the table cell it names.

const numberWords = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every number a reader sees: digits in the locale's grouping, and English one..nine. */
export function numbersIn(text: string, locale: Locale): number[] {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.5);
  const group = escapeRegExp(parts.find((part) => part.type === 'group')!.value);
  const decimal = escapeRegExp(parts.find((part) => part.type === 'decimal')!.value);
  const words = locale === 'en' ? `|\\b(?:${numberWords.join('|')})\\b` : '';
  const pattern = new RegExp(
    `\\d{1,3}(?:${group}\\d{3})+(?:${decimal}\\d+)?|\\d+(?:${decimal}\\d+)?${words}`,
    'gi',
  );
  return [...text.matchAll(pattern)].map(([token]) => {
    const word = numberWords.indexOf(token.toLowerCase());
    if (word >= 0) return word + 1;
    return Number(token.replace(new RegExp(group, 'g'), '').replace(new RegExp(decimal), '.'));
  });
}

/** The text without the periods' dates ("1 January", "30 июня", "2025-ci") and years. */
function withoutDates(text: string, input: InvariantInput): string {
  const months = monthsInDates[input.locale].join('|');
  const years = [...yearsOf(input.period), ...yearsOf(input.previousPeriod)].join('|');
  return text
    .replaceAll(input.period.label, ' ')
    .replaceAll(input.previousPeriod.label, ' ')
    .replace(new RegExp(`\\b\\d{1,2}(?= (?:${months}))`, 'giu'), ' ')
    .replace(new RegExp(`\\b(?:${years})\\b`, 'g'), ' ');
}

export interface InvariantInput {
  locale: Locale;
  tables: ReportTable[];
  period: Period;
  previousPeriod: Period;
  threshold: number;
}

/** Problems found (empty = the narrative agrees with its tables). */
export function narrativeProblems(input: InvariantInput, paragraphs: NarrativeParagraph[]): string[] {
  const problems: string[] = [];
  const tables = new Map(input.tables.map((table) => [table.key, table]));
  for (const { text, figures } of paragraphs) {
    // The periods' days and years are the only numbers that are not figures, besides the
    // sections' fixed phrases (band bounds), longest first.
    const fixed = narrativeSections
      .flatMap((section) => section.fixedPhrases?.[input.locale] ?? [])
      .sort((a, b) => b.length - a.length);
    const withoutPeriods = fixed.reduce(
      (rest, phrase) => rest.replaceAll(phrase, ' '),
      withoutDates(text, input),
    );
    const said = numbersIn(withoutPeriods, input.locale);
    const listed = figures.flatMap((figure) => numbersIn(figure.text, input.locale));
    if (said.join('|') !== listed.join('|'))
      problems.push(`text says ${said} but figures say ${listed}: ${text}`);
    let cursor = 0;
    for (const figure of figures) {
      const where = `${figure.table} ${figure.row}/${figure.column} ${figure.period}`;
      const table = tables.get(figure.table);
      const cell = table && readFigure(table, figure.row, figure.column, figure.period)?.cell;
      if (!cell) problems.push(`${where}: no such cell`);
      else if (cell.value !== figure.value)
        problems.push(`${where}: ${figure.value} but the cell is ${cell.value}`);
      const at = text.indexOf(figure.text, cursor);
      if (at < 0) problems.push(`${where}: "${figure.text}" not in order in: ${text}`);
      else cursor = at + figure.text.length;
      const inFigure = numbersIn(figure.text, input.locale);
      if (figure.value !== null && inFigure.join() !== [Math.round(figure.value * 10) / 10].join()) {
        if (!(figure.value === 0 && inFigure.length === 0)) problems.push(`${where}: text "${figure.text}"`);
      }
      if (figure.value === null && inFigure.length > 0) {
        problems.push(`${where}: hidden figure says "${figure.text}"`);
      }
      const isCount = table?.measure.kind === 'count';
      // A zero in a breakdown is left out of lists; said in words ("none at foreign migrant
      // workers", the point a TIP report makes), it is a figure of its own.
      const inWords = inFigure.length === 0;
      if (isCount && figure.value === 0 && (figure.row !== null || figure.column !== null) && !inWords) {
        problems.push(`${where}: a zero in a list`);
      }
    }
  }
  return problems;
}
