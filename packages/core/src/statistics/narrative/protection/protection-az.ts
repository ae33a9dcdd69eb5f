// The Azerbaijani wording of the protection paragraph; which cells it quotes is decided once for
// all languages in plan-protection.ts. Nouns stay singular after a numeral (53 qurbana).
import { inPeriod, num, personWord } from '../narrative-az.ts';
import type { NarrativeContext } from '../narrative-language.ts';
import { type FigureRef, figurePiece, joinPieces, type Piece } from '../narrative-pieces.ts';
import { currencyWordAz } from './currency-words.ts';
import type { ProtectionPlan } from './plan-protection.ts';

/** Amounts are in the national currency of the protection settings, named after the number. */
const money = (ref: FigureRef, ctx: NarrativeContext): Piece[] => [
  num(ref, ctx),
  ` ${currencyWordAz(ctx.currency)}`,
];

/** An amount in the currency of its own column ("800 ABŞ dolları"). */
const moneyIn = (ref: FigureRef, code: string, ctx: NarrativeContext): Piece[] => [
  num(ref, ctx),
  ` ${currencyWordAz(code)}`,
];

/** "5 200 manat (2013-cü ildə: 3 000 manat)". */
function moneyDelivered(plan: ProtectionPlan, ctx: NarrativeContext): Piece[] {
  if (plan.serviceMoney.length === 0) return [];
  const items = plan.serviceMoney.map(({ code, figure, previous }) => [
    ...moneyIn(figure, code, ctx),
    ...(previous === null
      ? []
      : previous.cell.value === 0
        ? [` (${inPeriod(ctx.previousPeriod)}: `, figurePiece(previous, 'heç nə'), ')']
        : [` (${inPeriod(ctx.previousPeriod)}: `, ...moneyIn(previous, code, ctx), ')']),
  ]);
  return [
    'Qurbanlara dəyəri qeyd olunmaqla göstərilmiş xidmətlərin məbləği: ',
    ...joinPieces(items, ', ', ' və '),
    '.',
  ];
}

export function protectionAz(plan: ProtectionPlan, ctx: NarrativeContext): Piece[][] {
  const given: Piece[][] = [];
  if (plan.allowances) {
    const allowance: Piece[] = plan.allowanceEach
      ? [
          ' ',
          ...money(plan.allowanceEach, ctx),
          ` məbləğində ${plan.oneTime ? 'birdəfəlik ' : ''}müavinət vermişdir`,
        ]
      : plan.allowanceTotal
        ? [' cəmi ', ...money(plan.allowanceTotal, ctx), ' müavinət vermişdir']
        : [' müavinət vermişdir'];
    given.push([num(plan.allowances, ctx), ' qurbana', ...allowance]);
  }
  const also: Piece[][] = [];
  if (plan.jobs) also.push([num(plan.jobs, ctx), ' qurbanı işlə']);
  if (plan.training) also.push([num(plan.training, ctx), ' qurbanı peşə təhsili ilə']);
  if (also.length > 0) given.push([...joinPieces(also, ', ', ', '), ' təmin etmişdir']);
  const cooperation: Piece[] =
    plan.assisted && plan.notCooperating
      ? [
          'Yardım almış ',
          num(plan.assisted, ctx),
          personWord(plan.assisted, ' nəfər'),
          'dən ',
          num(plan.notCooperating, ctx),
          personWord(plan.notCooperating, ' nəfər'),
          ' hüquq-mühafizə orqanları ilə əməkdaşlıq etməməyi seçmişdir; heç bir xidmət bu seçimdən asılı deyil.',
        ]
      : [];
  const shelters: Piece[] = plan.admissions
    ? [
        'Ehtimal olunan və tanınmış qurbanların sığınacaqlara qəbulu — ',
        num(plan.admissions, ctx),
        ...(plan.restricted
          ? [', o cümlədən sərbəst çıxmaq mümkün olmayan sığınacaqlara — ', num(plan.restricted, ctx)]
          : []),
        ...(plan.ngoStays ? [', QHT sığınacaqlarına — ', num(plan.ngoStays, ctx)] : []),
        '.',
      ]
    : [];
  const kinds = { deportation: 'deportasiya', removal: 'çıxarılma' };
  const forced: Piece[] =
    plan.forcedReturns.length > 0
      ? [
          'Ehtimal olunan və ya tanınmış qurbanların məcburi qaytarılması: ',
          ...joinPieces(
            plan.forcedReturns.map(({ code, figure }) => [`${kinds[code]} — `, num(figure, ctx)]),
            ', ',
            ', ',
          ),
          '; hər biri barədə milli koordinator xəbərdar edilmişdir.',
        ]
      : [];
  const funding: Piece[] = plan.funding
    ? [
        'Qurbanlara yardıma ',
        ...money(plan.funding, ctx),
        ' ayrılmışdır',
        ...(plan.fundingNgo === null
          ? []
          : plan.fundingNgo.cell.value === 0
            ? [', bundan QHT-lərə ', figurePiece(plan.fundingNgo, 'heç nə'), ' çatmamışdır']
            : [', bundan QHT-lərə ', ...money(plan.fundingNgo, ctx), ' çatmışdır']),
        '.',
      ]
    : [];
  return [
    given.length > 0 ? ['Hökumət ', ...joinPieces(given, ', ', ', '), '.'] : [],
    cooperation,
    shelters,
    forced,
    funding,
    moneyDelivered(plan, ctx),
  ];
}
