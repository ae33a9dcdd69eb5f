import type { Locale } from '../../model.ts';
import { inPeriod as inPeriodAz } from '../../statistics/narrative/narrative-az.ts';
import { inPeriod as inPeriodEn, num as numEn } from '../../statistics/narrative/narrative-en.ts';
import type { NarrativeContext } from '../../statistics/narrative/narrative-language.ts';
import { formatDigits } from '../../statistics/narrative/narrative-language.ts';
import {
  type FigureRef,
  figurePiece,
  joinPieces,
  type Piece,
} from '../../statistics/narrative/narrative-pieces.ts';
import { changeOf, totalOf } from '../../statistics/narrative/narrative-plan.ts';
import { inPeriod as inPeriodRu } from '../../statistics/narrative/narrative-ru.ts';
import { readFigure } from '../../statistics/narrative/read-figure.ts';
import type { ReportTable } from '../../statistics/report-model.ts';

const headlines = ['investigations', 'prosecutions', 'convictions', 'victims', 'assisted'] as const;
type Headline = (typeof headlines)[number];

export interface SummaryPlan {
  items: { code: Headline; current: FigureRef; previous: FigureRef | null }[];
}

type Tables = ReadonlyMap<string, ReportTable>;

/** The headline figures of the summary, picked once for every language. */
export function planSummary(tables: Tables): SummaryPlan | null {
  const pick = (code: Headline): [FigureRef | null, FigureRef | null] => {
    const convicted = tables.get('defendants_judged.verdict_exploitation');
    switch (code) {
      case 'investigations': {
        const t = tables.get('criminal_cases.exploitation_complicity');
        return [totalOf(t, 'current'), totalOf(t, 'previous')];
      }
      case 'prosecutions': {
        const t = tables.get('defendants_charged.exploitation_kind');
        return [totalOf(t, 'current'), totalOf(t, 'previous')];
      }
      case 'convictions':
        return convicted
          ? [
              readFigure(convicted, 'convicted', null, 'current'),
              readFigure(convicted, 'convicted', null, 'previous'),
            ]
          : [null, null];
      case 'victims': {
        const t = tables.get('victims_identified.sex_age');
        return [totalOf(t, 'current'), totalOf(t, 'previous')];
      }
      case 'assisted': {
        const t = tables.get('persons_assisted.cooperation_standing');
        return [totalOf(t, 'current'), totalOf(t, 'previous')];
      }
    }
  };
  const items = headlines.flatMap((code) => {
    const [current, previous] = pick(code);
    return current ? [{ code, current, previous }] : [];
  });
  return items.length > 0 ? { items } : null;
}

const words: Record<
  Locale,
  {
    lead: (ctx: NarrativeContext) => string;
    labels: Record<Headline, string>;
    change: Record<'increase' | 'decrease' | 'same', string>;
  }
> = {
  en: {
    lead: (ctx) => `Key figures ${inPeriodEn(ctx.period)} (in brackets: ${inPeriodEn(ctx.previousPeriod)}): `,
    labels: {
      investigations: 'investigations',
      prosecutions: 'prosecutions (defendants charged)',
      convictions: 'convictions',
      victims: 'victims identified',
      assisted: 'persons assisted',
    },
    change: { increase: 'an increase', decrease: 'a decrease', same: 'no change' },
  },
  az: {
    lead: (ctx) =>
      `${inPeriodAz(ctx.period)} əsas göstəricilər (mötərizədə — ${inPeriodAz(ctx.previousPeriod)}): `,
    labels: {
      investigations: 'cinayət işləri',
      prosecutions: 'ittiham elan edilmiş təqsirləndirilən şəxslər',
      convictions: 'məhkum edilmiş şəxslər',
      victims: 'müəyyən edilmiş qurbanlar',
      assisted: 'yardım almış şəxslər',
    },
    change: { increase: 'artım', decrease: 'azalma', same: 'dəyişiklik yoxdur' },
  },
  ru: {
    lead: (ctx) =>
      `Основные показатели ${inPeriodRu(ctx.period)} (в скобках — ${inPeriodRu(ctx.previousPeriod)}): `,
    labels: {
      investigations: 'уголовные дела',
      prosecutions: 'обвиняемые, которым предъявлено обвинение',
      convictions: 'осуждённые',
      victims: 'идентифицированные жертвы',
      assisted: 'получившие помощь',
    },
    change: { increase: 'рост', decrease: 'снижение', same: 'без изменений' },
  },
};

/** A figure as the language writes it: English spells one to nine; the others use digits. */
function figure(ref: FigureRef, locale: Locale, ctx: NarrativeContext): Piece {
  if (locale === 'en') return ref.cell.value === 0 ? figurePiece(ref, 'none') : numEn(ref, ctx);
  return figurePiece(ref, ref.cell.value === null ? '—' : formatDigits(locale, ref.cell.value));
}

/**
 * "Key figures in 2014 (in brackets: in 2013): investigations — 23 (21, an increase); …": every
 * number a cell of the report, each comparison computed from the two cells.
 */
export function wordSummary(plan: SummaryPlan, locale: Locale, ctx: NarrativeContext): Piece[][] {
  const w = words[locale];
  const items = plan.items.map(({ code, current, previous }) => {
    const change = changeOf(current, previous);
    const bracket: Piece[] =
      previous && previous.cell.value !== null
        ? [' (', figure(previous, locale, ctx), change ? `, ${w.change[change]})` : ')']
        : [];
    return [`${w.labels[code]} — `, figure(current, locale, ctx), ...bracket];
  });
  return [[w.lead(ctx), ...joinPieces(items, '; ', '; '), '.']];
}
