import type { SentenceBand } from '../../../prosecution/sentence-bands.ts';
import type { ReportTable } from '../../report-model.ts';
import type { FigureRef } from '../narrative-pieces.ts';
import { countOf, type Item, medianOf, rowItems, totalOf } from '../narrative-plan.ts';
import { readFigure } from '../read-figure.ts';
import { sentenceBandOfCode } from './sentence-band-words.ts';

/** The cells the prosecution paragraph quotes, picked once for every language. */
export interface ProsecutionPlan {
  cases: FigureRef | null;
  casesPrevious: FigureRef | null;
  suspects: FigureRef | null;
  charged: FigureRef | null;
  companies: FigureRef | null;
  convicted: FigureRef | null;
  convictedPrevious: FigureRef | null;
  acquitted: FigureRef | null;
  prison: FigureRef | null;
  /** The configured prison bands with a sentence in them, in the table's order. */
  bands: (Item<string> & { band: SentenceBand })[];
  median: FigureRef | null;
  suspended: FigureRef | null;
  fineOnly: FigureRef | null;
  reduced: FigureRef | null;
  pending: FigureRef | null;
  complicityCases: FigureRef | null;
  officialsCharged: FigureRef | null;
  officialsConvicted: FigureRef | null;
  measures: FigureRef | null;
  testified: FigureRef | null;
  penalised: FigureRef | null;
}

type Tables = ReadonlyMap<string, ReportTable>;
const cell = (
  t: ReportTable | undefined,
  row: string | null,
  column: string | null,
  period: 'current' | 'previous' = 'current',
) => (t ? readFigure(t, row, column, period) : null);

export function planProsecution(tables: Tables): ProsecutionPlan | null {
  const cases = tables.get('criminal_cases.exploitation_complicity');
  const verdicts = tables.get('defendants_judged.verdict_exploitation');
  const kinds = tables.get('sentences.kind_history');
  if (!cases && !verdicts && !kinds) return null;
  const charged = tables.get('defendants_charged.exploitation_kind');
  const bands = tables.get('sentences.band_history');
  const byComplicity = tables.get('defendants_judged.verdict_complicity');
  return {
    cases: totalOf(cases, 'current'),
    casesPrevious: totalOf(cases, 'previous'),
    suspects: countOf(totalOf(tables.get('suspects_investigated.exploitation_kind'), 'current')),
    charged: totalOf(charged, 'current'),
    companies: countOf(cell(charged, null, 'company')),
    // Row totals: a zero is left unsaid (a list never quotes a zero cell).
    convicted: countOf(cell(verdicts, 'convicted', null)),
    convictedPrevious: countOf(cell(verdicts, 'convicted', null, 'previous')),
    acquitted: countOf(cell(verdicts, 'acquitted', null)),
    prison: countOf(cell(kinds, 'prison', null)),
    bands: rowItems(bands, bands?.rows.map((row) => row.code) ?? []).flatMap((item) => {
      const band = sentenceBandOfCode(item.code);
      return band ? [{ ...item, band }] : [];
    }),
    median: medianOf(totalOf(tables.get('sentences.median_months'), 'current')),
    suspended: countOf(cell(kinds, 'suspended', null)),
    fineOnly: countOf(cell(kinds, 'fine_only', null)),
    reduced: countOf(cell(kinds, null, 'reduced')),
    pending: totalOf(tables.get('cases_pending.stage_exploitation'), 'current'),
    complicityCases: countOf(cell(cases, null, 'official_involved')),
    officialsCharged: countOf(
      cell(tables.get('defendants_charged.complicity_sex'), 'official_involved', null),
    ),
    officialsConvicted: countOf(cell(byComplicity, 'convicted', 'official_involved')),
    measures: countOf(totalOf(tables.get('administrative_measures.measure'), 'current')),
    testified: countOf(totalOf(tables.get('victims_testified.role_sex'), 'current')),
    penalised: countOf(totalOf(tables.get('victims_penalised.penalty_sex'), 'current')),
  };
}
