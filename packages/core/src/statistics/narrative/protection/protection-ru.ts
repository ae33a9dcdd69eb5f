// The Russian wording of the protection paragraph; which cells it quotes is decided once for all
// languages in plan-protection.ts.
import type { NarrativeContext } from '../narrative-language.ts';
import { type FigureRef, figurePiece, joinPieces, type Piece } from '../narrative-pieces.ts';
import { counted, dashList, forms, inPeriod, num, russianForm } from '../narrative-ru.ts';
import { currencyFormsRu } from './currency-words.ts';
import type { ProtectionPlan } from './plan-protection.ts';

/** After "предоставило": the dative (1 жертве, 2 жертвам, 5 жертвам). */
const victimsDative = forms('жертве', 'жертвам', 'жертвам');
const person = forms('человек', 'человека', 'человек');
/** Amounts are in the national currency of the protection settings, named after the number. */
const money = (ref: FigureRef, ctx: NarrativeContext): Piece[] =>
  counted(ref, currencyFormsRu(ctx.currency), ctx);

/** An amount in the currency of its own column ("800 долларов США"). */
const moneyIn = (ref: FigureRef, code: string, ctx: NarrativeContext): Piece[] =>
  counted(ref, currencyFormsRu(code), ctx);

/** "5 200 манатов (в 2013 году — 3 000 манатов)". */
function moneyDelivered(plan: ProtectionPlan, ctx: NarrativeContext): Piece[] {
  if (plan.serviceMoney.length === 0) return [];
  const items = plan.serviceMoney.map(({ code, figure, previous }) => [
    ...moneyIn(figure, code, ctx),
    ...(previous === null
      ? []
      : previous.cell.value === 0
        ? [` (${inPeriod(ctx.previousPeriod)} — `, figurePiece(previous, 'ничего'), ')']
        : [` (${inPeriod(ctx.previousPeriod)} — `, ...moneyIn(previous, code, ctx), ')']),
  ]);
  return [
    'Услуги, оказанные жертвам с указанной стоимостью, составили ',
    ...joinPieces(items, ', ', ' и '),
    '.',
  ];
}

export function protectionRu(plan: ProtectionPlan, ctx: NarrativeContext): Piece[][] {
  const given: Piece[][] = [];
  if (plan.allowances) {
    const allowance: Piece[] = plan.allowanceEach
      ? [` ${plan.oneTime ? 'единовременное пособие' : 'пособие'} в `, ...money(plan.allowanceEach, ctx)]
      : plan.allowanceTotal
        ? [' пособия на общую сумму ', ...money(plan.allowanceTotal, ctx)]
        : [' пособие'];
    given.push([...counted(plan.allowances, victimsDative, ctx), ...allowance]);
  }
  if (plan.jobs)
    given.push(
      given.length === 0
        ? [...counted(plan.jobs, victimsDative, ctx), ' работу']
        : [num(plan.jobs, ctx), ' — работу'],
    );
  if (plan.training)
    given.push(
      given.length === 0
        ? [...counted(plan.training, victimsDative, ctx), ' профессиональное обучение']
        : [num(plan.training, ctx), ' — профессиональное обучение'],
    );
  const cooperation: Piece[] =
    plan.assisted && plan.notCooperating
      ? [
          'Помощь получили ',
          ...counted(plan.assisted, person, ctx),
          ', из них решили не сотрудничать с правоохранительными органами — ',
          num(plan.notCooperating, ctx),
          '; ни одна услуга не зависит от этого выбора.',
        ]
      : [];
  const shelters: Piece[] = plan.admissions
    ? [
        'Приёмов предполагаемых и признанных жертв в приюты — ',
        num(plan.admissions, ctx),
        ...(plan.restricted
          ? [', из них в приюты, которые нельзя свободно покидать, — ', num(plan.restricted, ctx)]
          : []),
        ...(plan.ngoStays ? [', в приюты НПО — ', num(plan.ngoStays, ctx)] : []),
        '.',
      ]
    : [];
  const forced: Piece[] =
    plan.forcedReturns.length > 0
      ? [
          'Принудительно возвращены предполагаемые или признанные жертвы: ',
          ...dashList(plan.forcedReturns, { deportation: 'депортация', removal: 'выдворение' }, ctx),
          '; национальный координатор оповещён о каждом случае.',
        ]
      : [];
  const funding: Piece[] = plan.funding
    ? [
        `На помощь жертвам ${russianForm(plan.funding.cell.value, forms('выделен', 'выделено', 'выделено'))} `,
        ...money(plan.funding, ctx),
        ...(plan.fundingNgo === null
          ? []
          : plan.fundingNgo.cell.value === 0
            ? [', из них НПО — ', figurePiece(plan.fundingNgo, 'ничего')]
            : [', из них НПО — ', ...money(plan.fundingNgo, ctx)]),
        '.',
      ]
    : [];
  return [
    given.length > 0 ? ['Государство предоставило ', ...joinPieces(given, ', ', ' и '), '.'] : [],
    cooperation,
    shelters,
    forced,
    funding,
    moneyDelivered(plan, ctx),
  ];
}
