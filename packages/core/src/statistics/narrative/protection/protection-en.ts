// The English wording of the protection paragraph; which cells it quotes is decided once for all
// languages in plan-protection.ts.

import { counted, inPeriod, num } from '../narrative-en.ts';
import type { NarrativeContext } from '../narrative-language.ts';
import { type FigureRef, figurePiece, joinPieces, type Piece } from '../narrative-pieces.ts';
import { currencyWordEn } from './currency-words.ts';
import type { ProtectionPlan } from './plan-protection.ts';

const isOne = (ref: FigureRef) => ref.cell.value === 1;
/** Amounts are in the national currency of the protection settings, named after the number. */
const money = (ref: FigureRef, ctx: NarrativeContext): Piece[] => [
  num(ref, ctx),
  ` ${currencyWordEn(ctx.currency)}`,
];

/** An amount in the currency of its own column ("800 US dollars"). */
const moneyIn = (ref: FigureRef, code: string, ctx: NarrativeContext): Piece[] => [
  num(ref, ctx),
  ` ${currencyWordEn(code)}`,
];

/** "5,200 manat (3,000 manat in 2013)", "800 US dollars (none in 2013)". */
function moneyDelivered(plan: ProtectionPlan, ctx: NarrativeContext): Piece[] {
  if (plan.serviceMoney.length === 0) return [];
  const items = plan.serviceMoney.map(({ code, figure, previous }) => [
    ...moneyIn(figure, code, ctx),
    ...(previous === null
      ? []
      : previous.cell.value === 0
        ? [' (', figurePiece(previous, 'none'), ` ${inPeriod(ctx.previousPeriod)})`]
        : [' (', ...moneyIn(previous, code, ctx), ` ${inPeriod(ctx.previousPeriod)})`]),
  ]);
  return [
    'Services delivered to victims with their cost recorded came to ',
    ...joinPieces(items, ', ', ' and '),
    '.',
  ];
}

export function protectionEn(plan: ProtectionPlan, ctx: NarrativeContext): Piece[][] {
  const given: Piece[][] = [];
  if (plan.allowances) {
    const allowance: Piece[] = plan.allowanceEach
      ? [
          ` with ${plan.oneTime ? 'a one-time allowance' : 'allowances'} of `,
          ...money(plan.allowanceEach, ctx),
        ]
      : plan.allowanceTotal
        ? [' with allowances totalling ', ...money(plan.allowanceTotal, ctx)]
        : [' with an allowance'];
    given.push([...counted(plan.allowances, 'victim', 'victims', ctx), ...allowance]);
  }
  const first = given.length === 0;
  if (plan.jobs)
    given.push([
      ...(first ? counted(plan.jobs, 'victim', 'victims', ctx) : [num(plan.jobs, ctx)]),
      ' with jobs',
    ]);
  if (plan.training)
    given.push([
      ...(given.length === 0 ? counted(plan.training, 'victim', 'victims', ctx) : [num(plan.training, ctx)]),
      ' with vocational training',
    ]);
  const cooperation: Piece[] =
    plan.assisted && plan.notCooperating
      ? [
          'Of the ',
          ...counted(plan.assisted, 'person', 'persons', ctx),
          ' who received assistance, ',
          num(plan.notCooperating, ctx),
          ` had chosen not to cooperate with law enforcement; no service depends on that choice.`,
        ]
      : [];
  const shelters: Piece[] = plan.admissions
    ? [
        'Shelters admitted presumed and identified victims ',
        ...counted(plan.admissions, 'time', 'times', ctx),
        ...(plan.restricted
          ? [
              ', ',
              num(plan.restricted, ctx),
              ` of them to ${isOne(plan.restricted) ? 'a facility' : 'facilities'} residents could not leave freely`,
            ]
          : []),
        ...(plan.ngoStays ? ['; ', num(plan.ngoStays, ctx), ' in shelters run by NGOs'] : []),
        '.',
      ]
    : [];
  const kinds = { deportation: 'deported', removal: 'removed' };
  const forced: Piece[] =
    plan.forcedReturns.length > 0
      ? [
          'Among presumed or identified victims, ',
          ...joinPieces(
            plan.forcedReturns.map(({ code, figure }, i) => [
              num(figure, ctx),
              i === 0 ? ` ${isOne(figure) ? 'was' : 'were'} ${kinds[code]}` : ` ${kinds[code]}`,
            ]),
            ', ',
            ' and ',
          ),
          '; the national coordinator was alerted to each.',
        ]
      : [];
  const funding: Piece[] = plan.funding
    ? [
        'Victim assistance was allocated ',
        ...money(plan.funding, ctx),
        ...(plan.fundingNgo === null
          ? []
          : plan.fundingNgo.cell.value === 0
            ? [', ', figurePiece(plan.fundingNgo, 'none'), ' of it to NGOs']
            : [', of which ', ...money(plan.fundingNgo, ctx), ' to NGOs']),
        '.',
      ]
    : [];
  return [
    given.length > 0 ? ['The government provided ', ...joinPieces(given, ', ', ' and '), '.'] : [],
    cooperation,
    shelters,
    forced,
    funding,
    moneyDelivered(plan, ctx),
  ];
}
