// The English wording of the three paragraphs, kept in one file so a translator sees it whole;
// which cells are quoted is decided once for all languages in narrative-plan.ts.
import type { Period } from '../report-model.ts';
import {
  formatDigits,
  isCalendarYear,
  type NarrativeContext,
  type NarrativeLanguage,
} from './narrative-language.ts';
import {
  capitalise,
  type FigurePiece,
  type FigureRef,
  figurePiece,
  joinPieces,
  type Piece,
} from './narrative-pieces.ts';
import type { Item } from './narrative-plan.ts';

// English style guides (and the TIP report) spell one to nine and use digits from 10.
const words = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

export function num(ref: FigureRef, _ctx: NarrativeContext): FigurePiece {
  const { value } = ref.cell;
  // Every hidden figure is worded alike: "fewer than five" would tell a reader which are small.
  if (value === null) return figurePiece(ref, 'an undisclosed number');
  const word = Number.isInteger(value) ? words[value] : undefined;
  return figurePiece(ref, word || formatDigits('en', value));
}

const isOne = (ref: FigureRef) => ref.cell.value === 1;
const wasWere = (ref: FigureRef) => (isOne(ref) ? 'was' : 'were');

export function counted(ref: FigureRef, singular: string, plural: string, ctx: NarrativeContext): Piece[] {
  if (ref.cell.value === null) return [num(ref, ctx), ` of ${plural}`];
  return [num(ref, ctx), ` ${isOne(ref) ? singular : plural}`];
}

export function inPeriod(period: Period): string {
  return isCalendarYear(period) ? `in ${period.label}` : `in the period ${period.label}`;
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

export function comparedWith(previous: FigureRef | null, ctx: NarrativeContext): Piece[] {
  if (!previous) return [];
  const text = previous.cell.value === 0 ? figurePiece(previous, 'none') : num(previous, ctx);
  return [' compared with ', text, ` ${inPeriod(ctx.previousPeriod)}`];
}

const groupNouns: Record<string, [string, string]> = {
  women: ['woman', 'women'],
  girls: ['girl', 'girls'],
  men: ['man', 'men'],
  boys: ['boy', 'boys'],
  female_unknown_age: ['woman or girl of unknown age', 'women or girls of unknown age'],
  male_unknown_age: ['man or boy of unknown age', 'men or boys of unknown age'],
  other_sex: ['person of another gender', 'persons of another gender'],
  unknown_sex: ['person of unknown sex', 'persons of unknown sex'],
};
const bodies = { state: 'by state bodies', ngo: 'by non-governmental organisations alone' };
const forms = {
  sexual: 'sexual exploitation',
  labour: 'labour exploitation',
  sexual_and_labour: 'both sexual and labour exploitation',
  other: 'other forms of exploitation',
  unknown: 'an unrecorded form of exploitation',
};
const nationalities: Record<string, [string, string]> = {
  domestic: ['a citizen of the country', 'citizens of the country'],
  foreign: ['a foreign national', 'foreign nationals'],
  unknown: ['of unknown nationality', 'of unknown nationality'],
};
const changes = { increase: 'more than', decrease: 'fewer than', same: 'the same number as' };

export const narrativeEn: NarrativeLanguage = {
  identification(plan, ctx) {
    const { total, previous } = plan;
    const In = capitalise(inPeriod(ctx.period), 'en');
    const lead: Piece[] = [];
    if (total) {
      lead.push(`${In} ${ctx.source === 'ctdc' ? 'the dataset records' : 'the authorities identified'} `);
      if (total.cell.value === 0) lead.push(figurePiece(total, 'no'), ' victims');
      else lead.push(...counted(total, 'victim', 'victims', ctx));
      const groups = list(plan.groups, ({ code, figure }) => counted(figure, ...groupNouns[code]!, ctx));
      if (groups.length > 0) lead.push(' — ', ...groups, previous ? ' —' : '');
      else if (previous) lead.push(',');
      lead.push(...comparedWith(previous, ctx), '.');
    }
    const screened = [plan.screened, plan.presumed].flatMap((figure, i) => {
      if (!figure) return [];
      const what = i === 0 ? 'screened for indicators of trafficking' : 'found to be presumed victims';
      const oneWhat = i === 0 ? what : 'found to be a presumed victim';
      return [
        [
          ...counted(figure, 'person', 'persons', ctx),
          ` ${wasWere(figure)} ${isOne(figure) ? oneWhat : what}`,
        ],
      ];
    });
    return [
      lead,
      plan.change ? [`This is ${changes[plan.change]} ${inPeriod(ctx.previousPeriod)}.`] : [],
      sentence(
        'Of these, ',
        list(plan.bodies, ({ code, figure }, i) => [
          num(figure, ctx),
          i === 0 ? ` ${wasWere(figure)} identified ${bodies[code]}` : ` ${bodies[code]}`,
        ]),
      ),
      sentence(
        'By form of exploitation, ',
        list(plan.forms, ({ code, figure }, i) => [
          num(figure, ctx),
          i > 0 ? ' of ' : isOne(figure) ? ' was a victim of ' : ' were victims of ',
          forms[code],
        ]),
      ),
      sentence(
        'By nationality, ',
        list(plan.nationalities, ({ code, figure }, i) => {
          const noun = nationalities[code]![isOne(figure) ? 0 : 1]!;
          // "an undisclosed number of foreign nationals", never "an undisclosed number foreign nationals".
          const of = figure.cell.value === null && !noun.startsWith('of ') ? 'of ' : '';
          return [num(figure, ctx), i === 0 ? ` ${wasWere(figure)} ${noun}` : ` ${of}${noun}`];
        }),
      ),
      sentence(`${In}, `, joinPieces(screened, ', ', ' and ')),
    ];
  },

  decisions(plan, ctx) {
    const { due, median } = plan;
    const In = capitalise(inPeriod(ctx.period), 'en');
    const lead: Piece[] = [];
    if (due?.cell.value === 0)
      lead.push(`${In} `, figurePiece(due, 'no'), ' first identification decision fell due.');
    else if (due) {
      const timeliness = list(plan.timeliness, ({ code, figure }) => {
        const one = isOne(figure);
        const said = {
          on_time: `${wasWere(figure)} made on time`,
          late: one ? 'was made late or is still missing' : 'were made late or are still missing',
          pending: one ? 'still has time' : 'still have time',
        }[code];
        return [num(figure, ctx), ` ${said}`];
      });
      lead.push(
        `${In} first identification decisions were due for `,
        ...counted(due, 'person', 'persons', ctx),
      );
      lead.push(...(timeliness.length > 0 ? [': ', ...timeliness] : []), '.');
    }
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
    return [lead, medianSentence];
  },

  referrals(plan, ctx) {
    const { sent, previous, median, identityNotShared: notShared } = plan;
    const lead: Piece[] = [];
    if (sent) {
      lead.push(`${capitalise(inPeriod(ctx.period), 'en')} organisations sent `);
      if (sent.cell.value === 0) lead.push(figurePiece(sent, 'no'), ' referrals');
      else lead.push(...counted(sent, 'referral', 'referrals', ctx));
      lead.push(...(previous ? [',', ...comparedWith(previous, ctx)] : []), '.');
    }
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
      sentence(
        'Of these, ',
        list(plan.statuses, ({ code, figure }) => [
          num(figure, ctx),
          code === 'sent'
            ? isOne(figure)
              ? ' still awaits an answer'
              : ' still await an answer'
            : ` ${wasWere(figure)} ${code}`,
        ]),
      ),
      sentence(
        'Measured against the respond-by date, ',
        list(plan.timeliness, ({ code, figure }) => [
          num(figure, ctx),
          code === 'overdue'
            ? ` ${isOne(figure) ? 'is' : 'are'} overdue, with no answer yet`
            : ` ${wasWere(figure)} answered ${code === 'on_time' ? 'on time' : 'late'}`,
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
