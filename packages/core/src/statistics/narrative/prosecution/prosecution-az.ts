// The Azerbaijani wording of the prosecution paragraph; which cells it quotes is prosecution-plan.ts's.
// Nouns stay singular after a numeral (26 insan alverçisi, 3 iş).
import { azerbaijaniOrdinalSuffix } from '../azerbaijani-suffixes.ts';
import { inPeriod, num, personWord, previousInBrackets } from '../narrative-az.ts';
import { isCalendarYear, type NarrativeContext } from '../narrative-language.ts';
import {
  capitalFirst,
  capitalise,
  type FigureRef,
  figurePiece,
  joinPieces,
  type Piece,
} from '../narrative-pieces.ts';
import type { ProsecutionPlan } from './prosecution-plan.ts';
import { sentenceBandPhrase } from './sentence-band-words.ts';

/** A count before a noun, "heç bir" for zero. */
const n = (ref: FigureRef, ctx: NarrativeContext): Piece =>
  ref.cell.value === 0 ? figurePiece(ref, 'heç bir') : num(ref, ctx);
const persons = (ref: FigureRef, ctx: NarrativeContext): Piece[] => [
  num(ref, ctx),
  personWord(ref, ' nəfər'),
];

function endOf(ctx: NarrativeContext): string {
  const p = ctx.period;
  return isCalendarYear(p)
    ? `${p.label}-${azerbaijaniOrdinalSuffix(Number(p.label))} ilin sonunda`
    : 'dövrün sonunda';
}

export function prosecutionAz(plan: ProsecutionPlan, ctx: NarrativeContext): Piece[][] {
  const In = capitalise(inPeriod(ctx.period), 'az');
  const out: Piece[][] = [];
  if (plan.cases) {
    const suspects = plan.suspects ? [' (', num(plan.suspects, ctx), ' şübhəli şəxs)'] : [];
    out.push([
      `${In} dövlət orqanları insan alverinə dair `,
      n(plan.cases, ctx),
      ' cinayət işi',
      ...suspects,
      ' üzrə istintaq aparmışdır',
      ...previousInBrackets(plan.casesPrevious, ctx),
      '.',
    ]);
  }
  if (plan.charged) {
    const companies = plan.companies ? [', o cümlədən ', num(plan.companies, ctx), ' şirkət'] : [];
    out.push([
      n(plan.charged, ctx),
      ' təqsirləndirilən şəxs',
      ...companies,
      ' barəsində cinayət təqibi həyata keçirilmişdir.',
    ]);
  }
  if (plan.convicted) {
    const s: Piece[] = [`${In} hökumət `, n(plan.convicted, ctx), ' insan alverçisini məhkum etmişdir'];
    s.push(...previousInBrackets(plan.convictedPrevious, ctx));
    if (plan.acquitted) s.push(', ', ...persons(plan.acquitted, ctx), ' bəraət almışdır');
    if (plan.prison) {
      s.push('; ', ...persons(plan.prison, ctx), 'ə azadlıqdan məhrumetmə cəzası təyin edilmişdir');
      const listed = joinPieces(
        plan.bands.map(({ band, figure }) => [
          ...persons(figure, ctx),
          `ə ${sentenceBandPhrase(band, 'az')}`,
        ]),
        ', ',
        ' və ',
      );
      if (listed.length > 0) s.push(': ', ...listed);
    }
    out.push([...s, '.']);
  }
  const other: Piece[][] = [];
  if (plan.suspended) other.push([num(plan.suspended, ctx), ' cəza şərti olmuşdur']);
  if (plan.fineOnly) other.push([num(plan.fineOnly, ctx), ' hökm yalnız cərimə ilə olmuşdur']);
  if (plan.reduced)
    other.push([
      num(plan.reduced, ctx),
      ' cəza apellyasiyada azaldılmış və ya daha yüngül cəza ilə əvəz edilmişdir',
    ]);
  if (other.length > 0) out.push(capitalFirst([...joinPieces(other, ', ', ' və '), '.'], 'az'));
  if (plan.median)
    out.push(['Azadlıqdan məhrumetmə müddətinin medianı ', num(plan.median, ctx), ' ay olmuşdur.']);
  if (plan.pending && plan.pending.cell.value !== 0)
    out.push([capitalise(endOf(ctx), 'az'), ' ', num(plan.pending, ctx), ' iş hələ başa çatmamışdı.']);
  if (plan.complicityCases) {
    const s: Piece[] = [
      'Vəzifəli şəxslərin iştirakı: ',
      num(plan.complicityCases, ctx),
      ' iş üzrə istintaq aparılmışdır',
    ];
    if (plan.officialsCharged)
      s.push(', ', num(plan.officialsCharged, ctx), ' vəzifəli şəxs barəsində cinayət təqibi başlanmışdır');
    if (plan.officialsConvicted) s.push(', ', ...persons(plan.officialsConvicted, ctx), ' məhkum edilmişdir');
    if (plan.measures) s.push(' və ', num(plan.measures, ctx), ' inzibati tədbir görülmüşdür');
    out.push([...s, '.']);
  }
  if (plan.testified)
    out.push(capitalFirst([num(plan.testified, ctx), ' qurban cinayət prosesində ifadə vermişdir.'], 'az'));
  if (plan.penalised)
    out.push([
      'Qurbanlar məcbur edildikləri əməllərə görə ',
      num(plan.penalised, ctx),
      ' dəfə cəzalandırılmışdır.',
    ]);
  return out;
}
