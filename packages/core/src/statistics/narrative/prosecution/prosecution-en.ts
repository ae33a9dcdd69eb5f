// The English wording of the prosecution paragraph; which cells it quotes is prosecution-plan.ts's.

import { comparedWith, counted, inPeriod, num } from '../narrative-en.ts';
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

const isOne = (ref: FigureRef) => ref.cell.value === 1;
const wasWere = (ref: FigureRef) => (isOne(ref) ? 'was' : 'were');
const none = (ref: FigureRef, noun: string): Piece[] => [figurePiece(ref, 'no'), ` ${noun}`];

const endOf = (ctx: NarrativeContext) => (isCalendarYear(ctx.period) ? ctx.period.label : 'the period');

export function prosecutionEn(plan: ProsecutionPlan, ctx: NarrativeContext): Piece[][] {
  const In = capitalise(inPeriod(ctx.period), 'en');
  const out: Piece[][] = [];
  if (plan.cases) {
    const cases =
      plan.cases.cell.value === 0
        ? none(plan.cases, 'criminal cases')
        : counted(plan.cases, 'criminal case', 'criminal cases', ctx);
    const suspects = plan.suspects
      ? [' involving ', ...counted(plan.suspects, 'suspect', 'suspects', ctx)]
      : [];
    out.push([
      `${In} the government investigated `,
      ...cases,
      ' of trafficking',
      ...suspects,
      ...(plan.casesPrevious ? [',', ...comparedWith(plan.casesPrevious, ctx)] : []),
      '.',
    ]);
  }
  if (plan.charged) {
    const charged =
      plan.charged.cell.value === 0
        ? none(plan.charged, 'defendants')
        : counted(plan.charged, 'defendant', 'defendants', ctx);
    const companies = plan.companies
      ? [', including ', ...counted(plan.companies, 'company', 'companies', ctx)]
      : [];
    out.push(['They prosecuted ', ...charged, ...companies, '.']);
  }
  if (plan.convicted) {
    const convicted =
      plan.convicted.cell.value === 0
        ? none(plan.convicted, 'traffickers')
        : counted(plan.convicted, 'trafficker', 'traffickers', ctx);
    const sentence: Piece[] = [`The government convicted `, ...convicted, ` ${inPeriod(ctx.period)}`];
    if (plan.convictedPrevious) sentence.push(',', ...comparedWith(plan.convictedPrevious, ctx));
    if (plan.acquitted) sentence.push(', and acquitted ', num(plan.acquitted, ctx));
    if (plan.prison) {
      sentence.push('; ', num(plan.prison, ctx), ` ${wasWere(plan.prison)} sentenced to prison`);
      const listed = joinPieces(
        plan.bands.map(({ band, figure }) => [num(figure, ctx), ` to ${sentenceBandPhrase(band, 'en')}`]),
        ', ',
        ' and ',
      );
      if (listed.length > 0) sentence.push(': ', ...listed);
    }
    out.push([...sentence, '.']);
  }
  const other: Piece[][] = [];
  if (plan.suspended)
    other.push([
      ...counted(plan.suspended, 'sentence', 'sentences', ctx),
      ` ${wasWere(plan.suspended)} suspended`,
    ]);
  if (plan.fineOnly)
    other.push([num(plan.fineOnly, ctx), ` ${isOne(plan.fineOnly) ? 'was a fine' : 'were fines'} only`]);
  if (plan.reduced)
    other.push([
      num(plan.reduced, ctx),
      ` ${wasWere(plan.reduced)} reduced or replaced by a lighter sentence on appeal`,
    ]);
  if (other.length > 0) out.push(capitalFirst([...joinPieces(other, ', ', ' and '), '.'], 'en'));
  if (plan.median)
    out.push(['The median prison term was ', ...counted(plan.median, 'month', 'months', ctx), '.']);
  if (plan.pending && plan.pending.cell.value !== 0)
    out.push(
      capitalFirst(
        [
          ...counted(plan.pending, 'case', 'cases', ctx),
          ` ${wasWere(plan.pending)} still pending at the end of ${endOf(ctx)}.`,
        ],
        'en',
      ),
    );
  if (plan.complicityCases) {
    const s: Piece[] = [
      'Official complicity: ',
      ...counted(plan.complicityCases, 'case', 'cases', ctx),
      ' investigated',
    ];
    if (plan.officialsCharged)
      s.push(', ', ...counted(plan.officialsCharged, 'official', 'officials', ctx), ' prosecuted');
    if (plan.officialsConvicted) s.push(', ', num(plan.officialsConvicted, ctx), ' convicted');
    if (plan.measures)
      s.push(
        ' and ',
        ...counted(plan.measures, 'administrative measure', 'administrative measures', ctx),
        ' taken',
      );
    out.push([...s, '.']);
  }
  if (plan.testified)
    out.push(
      capitalFirst(
        [...counted(plan.testified, 'victim', 'victims', ctx), ' testified in criminal proceedings.'],
        'en',
      ),
    );
  if (plan.penalised)
    out.push([
      `Victims were penalised `,
      ...counted(plan.penalised, 'time', 'times', ctx),
      ' for acts they were compelled to commit.',
    ]);
  return out;
}
