// The Azerbaijani wording of the three paragraphs, kept in one file so a translator sees it whole;
// which cells are quoted is decided once for all languages in narrative-plan.ts. Official
// register: "-mişdir" ("müəyyən edilmişdir", "göndərilmişdir"), never the colloquial "-ib".
import type { Period } from '../report-model.ts';
import { azerbaijaniOrdinalSuffix } from './azerbaijani-suffixes.ts';
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
import { changeOf, type Item, soleItem } from './narrative-plan.ts';

// Azerbaijani nouns stay singular after a numeral (54 qurban, 3 kişi), so no plural forms here.
/**
 * A figure before a noun. Every hidden figure reads alike (decision 0008); a noun that needs a
 * numeral ("nəfər") must not follow it (see personWord), and lists that can hold one are dash
 * lists, whose hidden form is "— sayı açıqlanmır".
 */
export function num(ref: FigureRef, _ctx: NarrativeContext): FigurePiece {
  const { value } = ref.cell;
  if (value !== null) return figurePiece(ref, formatDigits('az', value));
  return figurePiece(ref, 'açıqlanmayan sayda');
}

/** A figure after a dash: "xarici vətəndaşlar — 12" / "— sayı açıqlanmır"; `unit` only after a number. */
export function dashFigure(ref: FigureRef, ctx: NarrativeContext, unit = ''): Piece[] {
  if (ref.cell.value === null) return [figurePiece(ref, 'sayı açıqlanmır')];
  return unit ? [num(ref, ctx), unit] : [num(ref, ctx)];
}

const ordinal = (year: number) => `${year}-${azerbaijaniOrdinalSuffix(year)}`;

/**
 * "2025-ci ildə", "2025-ci ilin 1 yanvar – 30 iyun dövründə", "2014-cü ilin 1 aprel – 2015-ci
 * ilin 31 mart dövründə"; `tail` goes after the case ending ("ki": "2024-cü ildəki").
 */
export function inPeriod(period: Period, tail = ''): string {
  const { first, last, calendarYear } = periodDays(period);
  if (calendarYear !== null) return `${ordinal(calendarYear)} ildə${tail}`;
  const from = dayAndMonth(first, 'az');
  const to = dayAndMonth(last, 'az');
  const range =
    first.year === last.year
      ? `${ordinal(first.year)} ilin ${from} – ${to}`
      : `${ordinal(first.year)} ilin ${from} – ${ordinal(last.year)} ilin ${to}`;
  return `${range} dövründə${tail}`;
}

/** "2025-ci və 2024-cü illərdə" / "… dövründə və … dövründə". */
function inBoth(ctx: NarrativeContext): string {
  const now = periodDays(ctx.period).calendarYear;
  const before = periodDays(ctx.previousPeriod).calendarYear;
  if (now !== null && before !== null) return `${ordinal(now)} və ${ordinal(before)} illərdə`;
  return `${inPeriod(ctx.period)} və ${inPeriod(ctx.previousPeriod)}`;
}

export function dashList<C extends string>(
  items: Item<C>[],
  labels: Record<C, string>,
  ctx: NarrativeContext,
): Piece[] {
  return joinPieces(
    items.map(({ code, figure }) => [`${labels[code]} — `, ...dashFigure(figure, ctx)]),
    ', ',
    ', ',
  );
}

export function sentence(before: string, listed: Piece[], after = '.'): Piece[] {
  return listed.length > 0 ? [before, ...listed, after] : [];
}

/** " (2024-cü ildə: 56)"; kept for sections that word their own comparison. */
export function previousInBrackets(previous: FigureRef | null, ctx: NarrativeContext): Piece[] {
  return previous ? [` (${inPeriod(ctx.previousPeriod)}: `, ...dashFigure(previous, ctx), ')'] : [];
}

/**
 * The one comparison, after the lead's verb: ", bu da 2024-cü ildəki 300 qurban ilə müqayisədə
 * çoxdur"; "; 2024-cü ildə isə heç bir … ", "; 2024-cü il üzrə sayı açıqlanmır".
 * `noun` names what was counted ("qurban", "yönləndirmə"); the verbs say it was done or not.
 */
export function comparison(
  current: FigureRef | null,
  previous: FigureRef | null,
  noun: string,
  [verbDone, verbNone]: [string, string],
  ctx: NarrativeContext,
): Piece[] {
  if (!previous) return [];
  const change = changeOf(current, previous);
  if (change === 'same') return [`, bu da ${inPeriod(ctx.previousPeriod, 'ki')} qədərdir`];
  if (previous.cell.value === 0)
    return [
      `; ${inPeriod(ctx.previousPeriod)} isə `,
      figurePiece(previous, 'heç bir'),
      ` ${noun} ${verbNone}`,
    ];
  // "heç bir qurbanı müəyyən edilməmişdir; 2013-cü ildə isə 5 qurban müəyyən edilmişdir"
  if (current?.cell.value === 0)
    return [`; ${inPeriod(ctx.previousPeriod)} isə `, num(previous, ctx), ` ${noun} ${verbDone}`];
  if (previous.cell.value === null || change === null) {
    const when = periodDays(ctx.previousPeriod).calendarYear;
    const label =
      when !== null
        ? `${ordinal(when)} il üzrə`
        : inPeriod(ctx.previousPeriod).replace(/ dövründə$/, ' dövrü üzrə');
    return previous.cell.value === null
      ? [`; ${label} ${noun} `, figurePiece(previous, 'sayı açıqlanmır')]
      : [`; ${inPeriod(ctx.previousPeriod)} bu say `, num(previous, ctx), ' olmuşdur'];
  }
  const more = change === 'increase' ? 'çoxdur' : 'azdır';
  return [
    `, bu da ${inPeriod(ctx.previousPeriod, 'ki')} `,
    num(previous, ctx),
    ` ${noun} ilə müqayisədə ${more}`,
  ];
}

/** "nəfər" counts and needs a numeral; after "açıqlanmayan sayda" the noun is "şəxs". */
export function personWord(ref: FigureRef, word: string): string {
  return ref.cell.value === null && word === ' nəfər' ? ' şəxs' : word;
}

/** The locative of a name by vowel harmony: "Azərbaycanda", "Gürcüstanda", "Rusiyada". */
function locative(name: string): string {
  const vowel = [...name.toLocaleLowerCase('az')].reverse().find((letter) => 'aıoueəiöü'.includes(letter));
  return `${name}${vowel && 'aıou'.includes(vowel) ? 'da' : 'də'}`;
}

/** Where the figures come from: "Azərbaycanda" / "ölkədə", "«Gəncə» regionunda", "«…» təşkilatının məlumatlarına görə". */
export function whereFrom(ctx: NarrativeContext, national = true): string {
  const { scope } = ctx;
  if (scope.kind === 'region') return ` «${scope.region}» regionunda`;
  if (scope.kind === 'organisation') return ` «${scope.name ?? '—'}» təşkilatının məlumatlarına görə`;
  if (!national) return '';
  return ctx.countryName ? ` ${locative(ctx.countryName)}` : ' ölkədə';
}

const groups: Record<string, [string, string, string, string]> = {
  // [before the number, after it, dash-list label, a single victim]
  women: ['', ' qadın', 'qadınlar', 'qadın'],
  girls: ['', ' qız', 'qızlar', 'qız'],
  men: ['', ' kişi', 'kişilər', 'kişi'],
  boys: ['', ' oğlan', 'oğlanlar', 'oğlan'],
  female_unknown_age: [
    'yaşı məlum olmayan ',
    ' qadın və ya qız',
    'yaşı məlum olmayan qadın və qızlar',
    'yaşı məlum olmayan qadın və ya qız',
  ],
  male_unknown_age: [
    'yaşı məlum olmayan ',
    ' kişi və ya oğlan',
    'yaşı məlum olmayan kişi və oğlanlar',
    'yaşı məlum olmayan kişi və ya oğlan',
  ],
  other_sex: [
    'fərqli gender kimliyi olan ',
    ' nəfər',
    'fərqli gender kimliyi olan şəxslər',
    'fərqli gender kimliyi olan şəxs',
  ],
  unknown_sex: [
    'cinsiyyəti məlum olmayan ',
    ' nəfər',
    'cinsiyyəti məlum olmayan şəxslər',
    'cinsiyyəti məlum olmayan şəxs',
  ],
};

function groupList(items: Item[], ctx: NarrativeContext): Piece[] {
  if (items.some(({ figure }) => figure.cell.value === null)) {
    return joinPieces(
      items.map(({ code, figure }) => [`${groups[code]![2]} — `, ...dashFigure(figure, ctx)]),
      ', ',
      ', ',
    );
  }
  return joinPieces(
    items.map(({ code, figure }) => [groups[code]![0], num(figure, ctx), groups[code]![1]]),
    ', ',
    ' və ',
  );
}

export const narrativeAz: NarrativeLanguage = {
  identification(plan, ctx) {
    const { total } = plan;
    const In = capitalise(inPeriod(ctx.period), 'az');
    const ctdc = ctx.source === 'ctdc';
    const [where, done, notDone] = ctdc
      ? [' verilənlər toplusunda', 'qeydə alınmışdır', 'qeydə alınmamışdır']
      : [whereFrom(ctx), 'müəyyən edilmişdir', 'müəyyən edilməmişdir'];
    const previous = plan.previous;
    const lead: Piece[] = [];
    if (total?.cell.value === 0 && plan.previous?.cell.value === 0) {
      lead.push(
        `${capitalise(inBoth(ctx), 'az')}${where} insan alverinin `,
        figurePiece(total, 'heç bir'),
        ` qurbanı ${notDone}.`,
      );
    } else if (total?.cell.value === 0) {
      lead.push(`${In}${where} insan alverinin `, figurePiece(total, 'heç bir'), ` qurbanı ${notDone}`);
      lead.push(...comparison(total, previous, 'qurban', [done, notDone], ctx), '.');
    } else if (total?.cell.value === null) {
      lead.push(
        `${In}${where} ${ctdc ? 'qeydə alınmış' : 'müəyyən edilmiş'} insan alveri qurbanlarının `,
        figurePiece(total, 'sayı açıqlanmır'),
      );
      // A hidden total still has its groups said (each language quotes the same cells).
      if (plan.groups.length > 0) lead.push(' (', ...groupList(plan.groups, ctx), ')');
      lead.push(...comparison(total, previous, 'qurban', [done, notDone], ctx), '.');
    } else if (total) {
      // "insan alverinin 314 qurbanı": the crime is named, "qurban" alone also means "sacrifice".
      lead.push(`${In}${where} insan alverinin `, num(total, ctx), ` qurbanı ${done}`);
      const sole = soleItem(total, plan.groups);
      if (sole) lead.push(` (${groups[sole.code]![3]})`);
      else if (plan.groups.length > 0) lead.push(' (', ...groupList(plan.groups, ctx), ')');
      lead.push(...comparison(total, previous, 'qurban', [done, notDone], ctx), '.');
    }
    const screening = [plan.screened, plan.presumed].flatMap((figure, i) =>
      figure
        ? [
            [
              i === 0
                ? 'insan alveri əlamətlərinə görə skrininqdən keçənlər — '
                : 'ehtimal olunan qurban hesab edilənlər — ',
              ...dashFigure(figure, ctx, ' nəfər'),
            ],
          ]
        : [],
    );
    const soleBody = soleItem(total, plan.bodies);
    return [
      lead,
      ctdc
        ? []
        : soleBody
          ? [
              `Qurban ${soleBody.code === 'state' ? 'dövlət orqanları' : 'yalnız qeyri-hökumət təşkilatları'} tərəfindən müəyyən edilmişdir.`,
            ]
          : sentence(
              'Müəyyən edən orqana görə: ',
              dashList(
                plan.bodies,
                { state: 'dövlət orqanları', ngo: 'yalnız qeyri-hökumət təşkilatları' },
                ctx,
              ),
            ),
      sentence(
        'İstismar formasına görə: ',
        dashList(
          plan.forms,
          {
            sexual: 'cinsi istismar',
            labour: 'əmək istismarı',
            sexual_and_labour: 'həm cinsi, həm də əmək istismarı',
            other: 'digər formalar',
            unknown: 'forması müəyyən edilməmişdir',
          },
          ctx,
        ),
      ),
      sentence(
        'İnsan alverinin növünə görə: ',
        dashList(
          plan.scopes,
          {
            internal: 'daxili insan alveri',
            transnational: 'transmilli insan alveri',
            unknown: 'növü müəyyən edilməmişdir',
          },
          ctx,
        ),
      ),
      sentence(
        'Vətəndaşlığa görə: ',
        dashList(
          plan.nationalities,
          {
            domestic: 'ölkə vətəndaşları',
            foreign: 'xarici vətəndaşlar',
            unknown: 'vətəndaşlığı məlum olmayanlar',
          },
          ctx,
        ),
      ),
      sentence(`${In}: `, joinPieces(screening, ', ', ', ')),
    ];
  },

  decisions(plan, ctx) {
    const { due, median } = plan;
    const In = capitalise(inPeriod(ctx.period), 'az');
    const where = whereFrom(ctx, false);
    const timelinessLabels = {
      on_time: 'vaxtında qəbul edilmişdir',
      late: 'gecikmə ilə qəbul edilmiş və ya hesabat tarixinədək qəbul edilməmişdir',
      pending: 'son tarix hesabat tarixinədək keçməmişdir',
    };
    const soleTimeliness = {
      on_time: 'qərar vaxtında qəbul edilmişdir',
      late: 'qərar gecikmə ilə qəbul edilmiş və ya hesabat tarixinədək qəbul edilməmişdir',
      pending: 'son tarix hesabat tarixinədək keçməmişdir',
    };
    const lead: Piece[] = [];
    if (due?.cell.value === 0) {
      lead.push(
        `${In}${where} `,
        figurePiece(due, 'heç bir'),
        ' şəxs üzrə müəyyən edilmə barədə ilk qərarın son tarixi çatmamışdır.',
      );
    } else if (due?.cell.value === null) {
      lead.push(
        `${In}${where} müəyyən edilmə barədə ilk qərarın son tarixi çatmış şəxslərin `,
        figurePiece(due, 'sayı açıqlanmır'),
        ...sentence(': ', dashList(plan.timeliness, timelinessLabels, ctx), ''),
        '.',
      );
    } else if (due) {
      const sole = soleItem(due, plan.timeliness);
      lead.push(
        `${In}${where} `,
        num(due, ctx),
        ' nəfər üzrə müəyyən edilmə barədə ilk qərarın son tarixi çatmışdır',
      );
      if (sole) lead.push(`; ${soleTimeliness[sole.code]}`);
      else lead.push(...sentence(': ', dashList(plan.timeliness, timelinessLabels, ctx), ''));
      lead.push('.');
    }
    const soleOutcome = soleItem(due, plan.outcomes);
    const outcomes: Piece[] = soleOutcome
      ? [
          {
            identified: 'Hesabat tarixinə şəxs insan alverinin qurbanı kimi müəyyən edilmişdir.',
            not_victim: 'Hesabat tarixinə şəxsin qurban olmadığı müəyyən edilmişdir.',
            none: 'Hesabat tarixinə şəxs barədə qərar hələ qəbul edilməmişdir.',
          }[soleOutcome.code],
        ]
      : sentence(
          'Hesabat tarixinə: ',
          dashList(
            plan.outcomes,
            {
              identified: 'insan alverinin qurbanı kimi müəyyən edilmişdir',
              not_victim: 'qurban olmadığı müəyyən edilmişdir',
              none: 'qərar hələ qəbul edilməmişdir',
            },
            ctx,
          ),
        );
    const byAge = joinPieces(
      plan.medianByAge.map(({ code, figure }) => [
        code === 'adult' ? 'yetkinlər — ' : 'uşaqlar — ',
        num(figure, ctx),
        ' gün',
      ]),
      ', ',
      ', ',
    );
    const medianSentence: Piece[] = median
      ? [
          'İlk «ehtimal olunan qurban» skrininqindən ilk qərara qədər median müddət ',
          num(median, ctx),
          ' gün olmuşdur',
          ...(byAge.length > 0 ? [' (', ...byAge, ')'] : []),
          '.',
        ]
      : [];
    return [lead, outcomes, medianSentence];
  },

  referrals(plan, ctx) {
    const { sent, median, identityNotShared: notShared } = plan;
    const In = capitalise(inPeriod(ctx.period), 'az');
    const where = whereFrom(ctx, false);
    const previous = plan.previous;
    const lead: Piece[] = [];
    if (sent?.cell.value === 0 && plan.previous?.cell.value === 0) {
      lead.push(
        `${capitalise(inBoth(ctx), 'az')}${where} `,
        figurePiece(sent, 'heç bir'),
        ' yönləndirmə göndərilməmişdir.',
      );
    } else if (sent?.cell.value === 0) {
      lead.push(`${In}${where} `, figurePiece(sent, 'heç bir'), ' yönləndirmə göndərilməmişdir');
      lead.push(
        ...comparison(sent, previous, 'yönləndirmə', ['göndərilmişdir', 'göndərilməmişdir'], ctx),
        '.',
      );
    } else if (sent?.cell.value === null) {
      lead.push(`${In}${where} göndərilmiş yönləndirmələrin `, figurePiece(sent, 'sayı açıqlanmır'));
      lead.push(
        ...comparison(sent, previous, 'yönləndirmə', ['göndərilmişdir', 'göndərilməmişdir'], ctx),
        '.',
      );
    } else if (sent) {
      lead.push(`${In}${where} `, num(sent, ctx), ' yönləndirmə göndərilmişdir');
      lead.push(
        ...comparison(sent, previous, 'yönləndirmə', ['göndərilmişdir', 'göndərilməmişdir'], ctx),
        '.',
      );
    }
    const statusLabels = {
      accepted: 'qəbul edilmişdir',
      completed: 'icra edilmişdir',
      declined: 'rədd edilmişdir',
      withdrawn: 'geri götürülmüşdür',
      sent: 'hesabat tarixinə cavab gözləyirdi',
    };
    const timelinessLabels = {
      on_time: 'vaxtında cavablandırılmışdır',
      late: 'gecikmə ilə cavablandırılmışdır',
      overdue: 'müddəti keçmiş və cavablandırılmamışdır',
      pending: 'cavab müddəti hesabat tarixinədək bitməmişdir',
      withdrawn_unanswered: 'cavabdan əvvəl geri götürülmüşdür',
    };
    const soleStatus = soleItem(sent, plan.statuses);
    const soleTimeliness = soleItem(sent, plan.timeliness);
    const shared = dashList(
      plan.identityShared,
      {
        consent: 'razılıq əsasında',
        child_rule: 'uşaq qaydası ilə',
        override: 'razılıq olmadan (audit jurnalına yazılmaqla)',
      },
      ctx,
    );
    const identity: Piece[] =
      shared.length > 0
        ? [
            'Şəxsin kimlik məlumatları alana ötürülmüşdür: ',
            ...shared,
            ...(notShared ? ['; ötürülməmişdir — ', ...dashFigure(notShared, ctx)] : []),
            '.',
          ]
        : notShared
          ? [
              'Şəxsin kimlik məlumatlarının alana ötürülmədiyi yönləndirmələr — ',
              ...dashFigure(notShared, ctx),
              '.',
            ]
          : [];
    return [
      lead,
      soleStatus
        ? [`Yönləndirmə ${statusLabels[soleStatus.code]}.`]
        : sentence('Onlardan: ', dashList(plan.statuses, statusLabels, ctx)),
      soleTimeliness
        ? [`Cavab müddətinə görə: yönləndirmə ${timelinessLabels[soleTimeliness.code]}.`]
        : sentence('Cavab müddətinə görə: ', dashList(plan.timeliness, timelinessLabels, ctx)),
      median
        ? [
            'Yönləndirmənin göndərilməsindən qəbul və ya rədd edilməsinə qədər median müddət ',
            num(median, ctx),
            ' gün olmuşdur.',
          ]
        : [],
      identity,
    ];
  },
};
