// The English wording of the three paragraphs, kept in one file so a translator sees it whole;
// which cells are quoted is decided once for all languages in narrative-plan.ts. Written in
// British spelling; draft-narrative.ts turns it American for the TIP report.
import type { Period } from '../report-model.ts';
import { dayAndMonth, periodDays } from './narrative-dates.ts';
import { formatDigits, type NarrativeContext, type NarrativeLanguage } from './narrative-language.ts';
import {
  capitalise,
  type FigurePiece,
  type FigureRef,
  figurePiece,
  joinPieces,
  type Piece,
} from './narrative-pieces.ts';
import { type Change, changeOf, type Item, soleItem } from './narrative-plan.ts';

// English style guides (and the TIP report) spell one to nine and use digits from 10.
const words = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Every hidden figure reads alike (decision 0008): telling small ones apart would give them away. */
const undisclosed = 'an undisclosed number';

export function num(ref: FigureRef, _ctx: NarrativeContext): FigurePiece {
  const { value } = ref.cell;
  if (value === null) return figurePiece(ref, undisclosed);
  const word = Number.isInteger(value) ? words[value] : undefined;
  return figurePiece(ref, word || formatDigits('en', value));
}

const isOne = (ref: FigureRef) => ref.cell.value === 1;
const wasWere = (ref: FigureRef) => (isOne(ref) ? 'was' : 'were');

/** "three women", "one woman", "an undisclosed number of women". */
export function counted(ref: FigureRef, singular: string, plural: string, ctx: NarrativeContext): Piece[] {
  if (ref.cell.value === null) return [num(ref, ctx), ` of ${plural}`];
  return [num(ref, ctx), ` ${isOne(ref) ? singular : plural}`];
}

/** "in 2025", "from 1 January to 30 June 2025", "from 1 April 2014 to 31 March 2015". */
export function inPeriod(period: Period): string {
  const { first, last, calendarYear } = periodDays(period);
  if (calendarYear !== null) return `in ${calendarYear}`;
  const from =
    first.year === last.year ? dayAndMonth(first, 'en') : `${dayAndMonth(first, 'en')} ${first.year}`;
  return `from ${from} to ${dayAndMonth(last, 'en')} ${last.year}`;
}

/** After a figure: "in 2024", "in the period from 1 July to 31 December 2024" ("five from 1 July" misreads). */
function inPeriodCompared(period: Period): string {
  const said = inPeriod(period);
  return said.startsWith('from ') ? `in the period ${said}` : said;
}

/** "in 2025 or 2024"; "from … 2025 or from … 2024". */
function inEither(ctx: NarrativeContext): string {
  const previous = inPeriod(ctx.previousPeriod);
  return `${inPeriod(ctx.period)} or ${previous.startsWith('in ') ? previous.slice(3) : previous}`;
}

export function list<C extends string>(
  items: Item<C>[],
  word: (item: Item<C>, index: number) => Piece[],
): Piece[] {
  return joinPieces(items.map(word), ', ', ' and ');
}

/** A sentence from a list, or nothing when the list is empty. */
export function sentence(before: string, listed: Piece[], after = '.'): Piece[] {
  return listed.length > 0 ? [before, ...listed, after] : [];
}

/** " compared with 300 in 2024" (none for zero); kept for sections that word their own change. */
export function comparedWith(previous: FigureRef | null, ctx: NarrativeContext): Piece[] {
  if (!previous) return [];
  const text = previous.cell.value === 0 ? figurePiece(previous, 'none') : num(previous, ctx);
  return [' compared with ', text, ` ${inPeriod(ctx.previousPeriod)}`];
}

/**
 * The one comparison with the previous period, said once: ", up from 300 in 2024",
 * ", down from …", ", the same number as in 2024", ", compared with an undisclosed number …".
 */
export function comparison(
  current: FigureRef | null,
  previous: FigureRef | null,
  ctx: NarrativeContext,
): Piece[] {
  if (!previous) return [];
  const when = inPeriodCompared(ctx.previousPeriod);
  const change: Change | null = changeOf(current, previous);
  if (change === 'same') return [`, the same number as ${when}`];
  const text = previous.cell.value === 0 ? figurePiece(previous, 'none') : num(previous, ctx);
  const how = change === 'increase' ? 'up from' : change === 'decrease' ? 'down from' : 'compared with';
  return [`, ${how} `, text, ` ${when}`];
}

/** Where the figures come from, after the verb: " in Azerbaijan", " in the Ganja region". */
export function whereFrom(ctx: NarrativeContext, national = true): string {
  const { scope } = ctx;
  if (scope.kind === 'region') return ` in the ${scope.region} region`;
  if (scope.kind === 'organisation') return ` in the records of ${scope.name ?? 'the organisation'}`;
  return national && ctx.countryName ? ` in ${ctx.countryName}` : '';
}

/**
 * A lead sentence about a total and its comparison: "In 2025, 314 trafficking victims were
 * identified (…), up from 300 in 2024." / "No referrals were sent in 2025, down from 12 in
 * 2024." / "No … in 2025 or 2024." `inside` comes before the comparison.
 */
export function leadSentence(
  total: FigureRef,
  previous: FigureRef | null,
  noun: [string, string],
  verb: string,
  ctx: NarrativeContext,
  inside: Piece[] = [],
): Piece[] {
  if (total.cell.value === 0) {
    if (previous?.cell.value === 0)
      return [figurePiece(total, 'No'), ` ${noun[1]} were ${verb} ${inEither(ctx)}.`];
    return [
      figurePiece(total, 'No'),
      ` ${noun[1]} were ${verb} ${inPeriod(ctx.period)}`,
      ...comparison(total, previous, ctx),
      '.',
    ];
  }
  return [
    `${capitalise(inPeriod(ctx.period), 'en')}, `,
    ...counted(total, noun[0], noun[1], ctx),
    ` ${wasWere(total)} ${verb}`,
    ...inside,
    ...comparison(total, previous, ctx),
    '.',
  ];
}

const groupNouns: Record<string, [string, string, string]> = {
  women: ['a woman', 'woman', 'women'],
  girls: ['a girl', 'girl', 'girls'],
  men: ['a man', 'man', 'men'],
  boys: ['a boy', 'boy', 'boys'],
  female_unknown_age: [
    'a woman or girl of unknown age',
    'woman or girl of unknown age',
    'women or girls of unknown age',
  ],
  male_unknown_age: [
    'a man or boy of unknown age',
    'man or boy of unknown age',
    'men or boys of unknown age',
  ],
  other_sex: ['a person of another gender', 'person of another gender', 'persons of another gender'],
  unknown_sex: ['a person of unknown sex', 'person of unknown sex', 'persons of unknown sex'],
};
const bodies = { state: 'state bodies', ngo: 'non-governmental organisations alone' };
const forms = {
  sexual: 'sexual exploitation',
  labour: 'labour exploitation',
  sexual_and_labour: 'both sexual and labour exploitation',
  other: 'other forms of exploitation',
  unknown: 'an unrecorded form of exploitation',
};
const scopes = {
  internal: 'internal trafficking',
  transnational: 'transnational trafficking',
  unknown: 'trafficking of unrecorded scope',
};
const nationalities: Record<string, [string, string]> = {
  domestic: ['a citizen of the country', 'citizens of the country'],
  foreign: ['a foreign national', 'foreign nationals'],
  unknown: ['of unknown nationality', 'of unknown nationality'],
};

/**
 * "200 were victims of sexual exploitation, 100 of labour exploitation and an undisclosed number
 * were victims of …": the verb is repeated after a hidden figure, which cannot carry an ellipsis.
 */
function breakdown<C extends string>(
  items: Item<C>[],
  [one, many]: [string, string],
  what: (code: C) => string,
  ctx: NarrativeContext,
): Piece[] {
  return list(items, ({ code, figure }, i) => {
    const verb = i === 0 || figure.cell.value === null;
    return [
      num(figure, ctx),
      verb ? ` ${wasWere(figure)} ${isOne(figure) ? one : many} ${what(code)}` : ` of ${what(code)}`,
    ];
  });
}

export const narrativeEn: NarrativeLanguage = {
  identification(plan, ctx) {
    const { total } = plan;
    const ctdc = ctx.source === 'ctdc';
    const verb = ctdc ? 'registered in the dataset' : `identified${whereFrom(ctx)}`;
    // One victim: "(a girl)", not "(one girl)" after "one trafficking victim".
    const sole = soleItem(total, plan.groups);
    const groups: Piece[] = sole
      ? [` (${groupNouns[sole.code]![0]})`]
      : plan.groups.length > 0
        ? [
            ' (',
            ...list(plan.groups, ({ code, figure }) =>
              counted(figure, groupNouns[code]![1], groupNouns[code]![2], ctx),
            ),
            ')',
          ]
        : [];
    const lead = total
      ? leadSentence(total, plan.previous, ['trafficking victim', 'trafficking victims'], verb, ctx, groups)
      : [];
    const soleBody = soleItem(total, plan.bodies);
    const byBody: Piece[] = soleBody
      ? [`The victim was identified by ${bodies[soleBody.code]}.`]
      : plan.bodies.length > 0
        ? [
            capitalise(bodies[plan.bodies[0]!.code], 'en'),
            ' identified ',
            num(plan.bodies[0]!.figure, ctx),
            ...plan.bodies
              .slice(1)
              .flatMap(({ code, figure }) => [` and ${bodies[code]} `, num(figure, ctx)]),
            '.',
          ]
        : [];
    const screened = [plan.screened, plan.presumed].flatMap((figure, i) => {
      if (!figure) return [];
      const what = i === 0 ? 'screened for indicators of trafficking' : 'found to be presumed victims';
      const one = i === 0 ? what : 'found to be a presumed victim';
      const said = ` ${wasWere(figure)} ${isOne(figure) ? one : what}`;
      // "601 persons were screened … and 321 were found …": the noun once.
      return [
        i === 0 || !plan.screened
          ? [...counted(figure, 'person', 'persons', ctx), said]
          : [num(figure, ctx), said],
      ];
    });
    return [
      lead,
      ctdc ? [] : byBody,
      sentence(
        'By form of exploitation, ',
        breakdown(plan.forms, ['a victim of', 'victims of'], (c) => forms[c], ctx),
      ),
      sentence(
        'By type of trafficking, ',
        breakdown(plan.scopes, ['a victim of', 'victims of'], (c) => scopes[c], ctx),
      ),
      sentence(
        'By nationality, ',
        list(plan.nationalities, ({ code, figure }, i) => {
          const noun = nationalities[code]![isOne(figure) ? 0 : 1]!;
          const verb = i === 0 || figure.cell.value === null ? ` ${wasWere(figure)}` : '';
          return [num(figure, ctx), `${verb} ${noun}`];
        }),
      ),
      sentence(`${capitalise(inPeriod(ctx.period), 'en')}, `, joinPieces(screened, ', ', ' and ')),
    ];
  },

  decisions(plan, ctx) {
    const { due, median } = plan;
    const where = whereFrom(ctx, false);
    const lead: Piece[] = [];
    const timelinessWords = (code: 'on_time' | 'late' | 'pending', one: boolean) =>
      ({
        on_time: `${one ? 'was' : 'were'} made on time`,
        late: `${one ? 'was' : 'were'} made late or had not been made by the time of the report`,
        pending: `${one ? 'was' : 'were'} not yet overdue at the time of the report`,
      })[code];
    if (due?.cell.value === 0) {
      lead.push(
        figurePiece(due, 'No'),
        ` first identification decision fell due${where} ${inPeriod(ctx.period)}.`,
      );
    } else if (due) {
      const sole = soleItem(due, plan.timeliness);
      const In = capitalise(inPeriod(ctx.period), 'en');
      if (isOne(due))
        lead.push(`${In}, a first identification decision was due${where} for `, num(due, ctx), ' person');
      else
        lead.push(
          `${In}, first identification decisions were due${where} for `,
          ...counted(due, 'person', 'persons', ctx),
        );
      if (sole) lead.push(` and ${timelinessWords(sole.code, true)}`);
      else if (plan.timeliness.length > 0)
        lead.push(
          ': ',
          ...list(plan.timeliness, ({ code, figure }) => [
            num(figure, ctx),
            ` ${timelinessWords(code, isOne(figure))}`,
          ]),
        );
      lead.push('.');
    }
    const outcomeWords = (code: 'identified' | 'not_victim' | 'none', one: boolean) =>
      ({
        identified: one
          ? 'had been identified as a trafficking victim'
          : 'had been identified as trafficking victims',
        not_victim: one ? 'had been found not to be a victim' : 'had been found not to be victims',
        none: one ? 'was still awaiting a decision' : 'were still awaiting a decision',
      })[code];
    const soleOutcome = soleItem(due, plan.outcomes);
    const outcomes: Piece[] = soleOutcome
      ? [`By the time of the report, the person ${outcomeWords(soleOutcome.code, true)}.`]
      : sentence(
          'By the time of the report, ',
          list(plan.outcomes, ({ code, figure }) => [
            num(figure, ctx),
            ` ${outcomeWords(code, isOne(figure))}`,
          ]),
        );
    const byAge = joinPieces(
      plan.medianByAge.map(({ code, figure }) => [
        code === 'adult' ? 'adults: ' : 'children: ',
        ...counted(figure, 'day', 'days', ctx),
      ]),
      '; ',
      '; ',
    );
    const medianSentence: Piece[] = median
      ? [
          'The first decision came a median of ',
          ...counted(median, 'day', 'days', ctx),
          ' after the first screening as a presumed victim',
          ...(byAge.length > 0 ? [' (', ...byAge, ')'] : []),
          '.',
        ]
      : [];
    return [lead, outcomes, medianSentence];
  },

  referrals(plan, ctx) {
    const { sent, median, identityNotShared: notShared } = plan;
    const lead = sent
      ? leadSentence(sent, plan.previous, ['referral', 'referrals'], `sent${whereFrom(ctx, false)}`, ctx)
      : [];
    const statusWords = (code: ReferralStatusCode, one: boolean) =>
      code === 'sent'
        ? `${one ? 'was' : 'were'} still awaiting an answer at the time of the report`
        : `${one ? 'was' : 'were'} ${code}`;
    const timelinessWords = (code: ReferralTimelinessCode, one: boolean) =>
      ({
        on_time: `${one ? 'was' : 'were'} answered on time`,
        late: `${one ? 'was' : 'were'} answered late`,
        overdue: `${one ? 'was' : 'were'} overdue (no answer by the time of the report)`,
        pending: `${one ? 'was' : 'were'} not yet due for an answer`,
        withdrawn_unanswered: `${one ? 'was' : 'were'} withdrawn before an answer`,
      })[code];
    const soleStatus = soleItem(sent, plan.statuses);
    const soleTimeliness = soleItem(sent, plan.timeliness);
    const shared = list(plan.identityShared, ({ code, figure }, i) => [
      {
        consent: 'with their consent',
        child_rule: 'under the child rule',
        override: 'through an audited override',
      }[code],
      ' in ',
      ...(i === 0 ? counted(figure, 'referral', 'referrals', ctx) : [num(figure, ctx)]),
    ]);
    const identity: Piece[] =
      shared.length > 0
        ? [
            "The person's identity was shared with the recipient ",
            ...shared,
            ...(notShared ? ['; it was not shared in ', num(notShared, ctx)] : []),
            '.',
          ]
        : notShared
          ? [
              "The person's identity was not shared with the recipient in ",
              ...counted(notShared, 'referral', 'referrals', ctx),
              '.',
            ]
          : [];
    return [
      lead,
      soleStatus
        ? [`It ${statusWords(soleStatus.code, true)}.`]
        : sentence(
            'Of these, ',
            list(plan.statuses, ({ code, figure }) => [
              num(figure, ctx),
              ` ${statusWords(code, isOne(figure))}`,
            ]),
          ),
      soleTimeliness
        ? [`Measured against the respond-by date, it ${timelinessWords(soleTimeliness.code, true)}.`]
        : sentence(
            'Measured against the respond-by date, ',
            list(plan.timeliness, ({ code, figure }) => [
              num(figure, ctx),
              ` ${timelinessWords(code, isOne(figure))}`,
            ]),
          ),
      median
        ? [
            'Recipients took a median of ',
            ...counted(median, 'day', 'days', ctx),
            ' to accept or decline a referral.',
          ]
        : [],
      identity,
    ];
  },
};

type ReferralStatusCode = 'accepted' | 'completed' | 'declined' | 'withdrawn' | 'sent';
type ReferralTimelinessCode = 'on_time' | 'late' | 'overdue' | 'pending' | 'withdrawn_unanswered';
