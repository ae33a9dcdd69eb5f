// The Russian wording of the prosecution paragraph; which cells it quotes is prosecution-plan.ts's.
import { isCalendarYear, type NarrativeContext } from '../narrative-language.ts';
import { capitalise, type FigureRef, figurePiece, joinPieces, type Piece } from '../narrative-pieces.ts';
import { counted, forms, inPeriod, num, previousInBrackets } from '../narrative-ru.ts';
import type { ProsecutionPlan } from './prosecution-plan.ts';
import { sentenceBandPhrase } from './sentence-band-words.ts';

const criminalCase = forms('уголовное дело', 'уголовных дела', 'уголовных дел');
const toPersons = forms('лицу', 'лицам', 'лицам');
const toCompanies = forms('компании', 'компаниям', 'компаниям');
const traffickers = forms('торговца людьми', 'торговцев людьми', 'торговцев людьми');
const person = forms('человек', 'человека', 'человек');
const month = forms('месяц', 'месяца', 'месяцев');

const zero = (ref: FigureRef, text: string, many: Piece[]): Piece[] =>
  ref.cell.value === 0 ? [figurePiece(ref, text)] : many;

/** "label — figure" pairs: Russian statistical prose, no agreement to get wrong. */
const dashed = (pairs: [string, FigureRef | null][], ctx: NarrativeContext): Piece[] =>
  joinPieces(
    pairs.flatMap(([label, ref]) => (ref ? [[`${label} — `, num(ref, ctx)]] : [])),
    ', ',
    ', ',
  );

function endOf(ctx: NarrativeContext): string {
  return isCalendarYear(ctx.period) ? `на конец ${ctx.period.label} года` : 'на конец периода';
}

export function prosecutionRu(plan: ProsecutionPlan, ctx: NarrativeContext): Piece[][] {
  const In = capitalise(inPeriod(ctx.period), 'ru');
  const out: Piece[][] = [];
  if (plan.cases) {
    const suspects = plan.suspects ? [' (подозреваемых — ', num(plan.suspects, ctx), ')'] : [];
    out.push([
      `${In} органы расследовали `,
      ...zero(plan.cases, 'ни одного уголовного дела', counted(plan.cases, criminalCase, ctx)),
      ' о торговле людьми',
      ...suspects,
      ...previousInBrackets(plan.casesPrevious, 'ни одного', ctx),
      '.',
    ]);
  }
  if (plan.charged) {
    const companies = plan.companies ? [', в том числе ', ...counted(plan.companies, toCompanies, ctx)] : [];
    out.push([
      'Обвинение предъявлено ',
      ...zero(plan.charged, 'никому', counted(plan.charged, toPersons, ctx)),
      ...companies,
      '.',
    ]);
  }
  if (plan.convicted) {
    const s: Piece[] = [
      `${In} суды осудили `,
      ...zero(plan.convicted, 'ни одного торговца людьми', counted(plan.convicted, traffickers, ctx)),
      ...previousInBrackets(plan.convictedPrevious, 'ни одного', ctx),
    ];
    if (plan.acquitted) s.push(', оправданных — ', num(plan.acquitted, ctx));
    if (plan.prison) {
      s.push('; к лишению свободы приговорены ', ...counted(plan.prison, person, ctx));
      const listed = dashed(
        plan.bands.map(({ band, figure }) => [sentenceBandPhrase(band, 'ru'), figure]),
        ctx,
      );
      if (listed.length > 0) s.push(': ', ...listed);
    }
    out.push([...s, '.']);
  }
  const other = dashed(
    [
      ['условных сроков', plan.suspended],
      ['только штрафов', plan.fineOnly],
      ['наказаний, смягчённых в апелляции,', plan.reduced],
    ],
    ctx,
  );
  if (other.length > 0) out.push([capitalise(other[0] as string, 'ru'), ...other.slice(1), '.']);
  if (plan.median) out.push(['Медианный срок лишения свободы — ', ...counted(plan.median, month, ctx), '.']);
  if (plan.pending && plan.pending.cell.value !== 0)
    out.push([`Дел, не завершённых ${endOf(ctx)}, — `, num(plan.pending, ctx), '.']);
  if (plan.complicityCases) {
    const listed = dashed(
      [
        ['расследуемых дел', plan.complicityCases],
        ['обвиняемых должностных лиц', plan.officialsCharged],
        ['осуждённых из них', plan.officialsConvicted],
        ['административных мер', plan.measures],
      ],
      ctx,
    );
    out.push(['Соучастие должностных лиц: ', ...listed, '.']);
  }
  if (plan.testified)
    out.push(['Жертв, давших показания в уголовном процессе, — ', num(plan.testified, ctx), '.']);
  if (plan.penalised)
    out.push([
      'Случаев наказания жертв за деяния, к которым их принудили, — ',
      num(plan.penalised, ctx),
      '.',
    ]);
  return out;
}
