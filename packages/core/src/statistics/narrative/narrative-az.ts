// The Azerbaijani wording of the three paragraphs, kept in one file so a translator sees it whole;
// which cells are quoted is decided once for all languages in narrative-plan.ts.
import type { Period } from '../report-model.ts';
import { azerbaijaniOrdinalSuffix } from './azerbaijani-suffixes.ts';
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

// Azerbaijani nouns stay singular after a numeral (54 qurban, 3 kişi), so no plural forms here.
export function num(ref: FigureRef, _ctx: NarrativeContext): FigurePiece {
  const { value } = ref.cell;
  if (value !== null) return figurePiece(ref, formatDigits('az', value));
  // Every hidden figure is worded alike: "5-dən az" would tell a reader which are small.
  return figurePiece(ref, 'açıqlanmayan sayda');
}

/** "2014-cü ildə" / "… dövründə", with `tail` between the noun and its case ending. */
export function inPeriod(period: Period, tail = ''): string {
  if (!isCalendarYear(period)) return `${period.label} dövründə${tail}`;
  return `${period.label}-${azerbaijaniOrdinalSuffix(Number(period.label))} ildə${tail}`;
}

export function dashList<C extends string>(
  items: Item<C>[],
  labels: Record<C, string>,
  ctx: NarrativeContext,
): Piece[] {
  return joinPieces(
    items.map(({ code, figure }) => [`${labels[code]} — `, num(figure, ctx)]),
    ', ',
    ', ',
  );
}

export function sentence(before: string, listed: Piece[], after = '.'): Piece[] {
  return listed.length > 0 ? [before, ...listed, after] : [];
}

export function previousInBrackets(previous: FigureRef | null, ctx: NarrativeContext): Piece[] {
  return previous ? [` (${inPeriod(ctx.previousPeriod)}: `, num(previous, ctx), ')'] : [];
}

/** "nəfər" counts and needs a numeral; after "açıqlanmayan sayda" the noun is "şəxs". */
export function personWord(ref: FigureRef, word: string): string {
  return ref.cell.value === null && word === ' nəfər' ? ' şəxs' : word;
}

const groups: Record<string, [string, string]> = {
  women: ['', ' qadın'],
  girls: ['', ' qız'],
  men: ['', ' kişi'],
  boys: ['', ' oğlan'],
  female_unknown_age: ['yaşı məlum olmayan ', ' qadın və ya qız'],
  male_unknown_age: ['yaşı məlum olmayan ', ' kişi və ya oğlan'],
  other_sex: ['fərqli gender kimliyi olan ', ' nəfər'],
  unknown_sex: ['cinsi məlum olmayan ', ' nəfər'],
};

export const narrativeAz: NarrativeLanguage = {
  identification(plan, ctx) {
    const { total, previous } = plan;
    const In = capitalise(inPeriod(ctx.period), 'az');
    const [who, done, notDone] =
      ctx.source === 'ctdc'
        ? ['verilənlər toplusunda', 'qeydə alınıb', 'qeydə alınmayıb']
        : ['səlahiyyətli orqanlar tərəfindən', 'müəyyən edilib', 'müəyyən edilməyib'];
    const lead: Piece[] = [];
    if (total?.cell.value === 0)
      lead.push(`${In} ${who} `, figurePiece(total, 'heç bir'), ` qurban ${notDone}`);
    else if (total) lead.push(`${In} ${who} `, num(total, ctx), ` qurban ${done}`);
    if (total) {
      const listed = joinPieces(
        plan.groups.map(({ code, figure }) => {
          const [before, after] = groups[code]!;
          return [before, num(figure, ctx), personWord(figure, after)];
        }),
        ', ',
        ' və ',
      );
      if (listed.length > 0) lead.push(' — ', ...listed);
      lead.push(...previousInBrackets(previous, ctx), '.');
    }
    const previousLabel = inPeriod(ctx.previousPeriod, 'ki');
    const change =
      plan.change &&
      {
        increase: `Bu, ${previousLabel}ndən çoxdur.`,
        decrease: `Bu, ${previousLabel}ndən azdır.`,
        same: `Bu, ${previousLabel} qədərdir.`,
      }[plan.change];
    const screening = [plan.screened, plan.presumed].flatMap((figure, i) =>
      figure
        ? [
            [
              i === 0
                ? 'insan alveri əlamətlərinə görə skrininqdən keçənlər — '
                : 'ehtimal olunan qurban hesab edilənlər — ',
              num(figure, ctx),
              personWord(figure, ' nəfər'),
            ],
          ]
        : [],
    );
    return [
      lead,
      change ? [change] : [],
      sentence(
        'Müəyyən edən orqana görə: ',
        dashList(plan.bodies, { state: 'dövlət orqanları', ngo: 'yalnız qeyri-hökumət təşkilatları' }, ctx),
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
            unknown: 'forması məlum deyil',
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
      sentence(`${In} `, joinPieces(screening, ', ', ', ')),
    ];
  },

  decisions(plan, ctx) {
    const { due, median } = plan;
    const In = capitalise(inPeriod(ctx.period), 'az');
    const lead: Piece[] = [];
    if (due?.cell.value === 0) {
      lead.push(
        `${In} `,
        figurePiece(due, 'heç bir'),
        ' şəxs üzrə ilk tanınma qərarının son tarixi çatmayıb.',
      );
    } else if (due) {
      const timeliness = dashList(
        plan.timeliness,
        {
          on_time: 'vaxtında qəbul edilib',
          late: 'gecikmə ilə qəbul edilib və ya hələ qəbul edilməyib',
          pending: 'hələ vaxt var',
        },
        ctx,
      );
      lead.push(
        `${In} `,
        num(due, ctx),
        personWord(due, ' nəfər'),
        ' üzrə ilk tanınma qərarının son tarixi çatıb',
      );
      lead.push(...(timeliness.length > 0 ? [': ', ...timeliness] : []), '.');
    }
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
          ' gün olub',
          ...(byAge.length > 0 ? [' (', ...byAge, ')'] : []),
          '.',
        ]
      : [];
    return [lead, medianSentence];
  },

  referrals(plan, ctx) {
    const { sent, previous, median, identityNotShared: notShared } = plan;
    const In = capitalise(inPeriod(ctx.period), 'az');
    const lead: Piece[] = [];
    if (sent?.cell.value === 0)
      lead.push(`${In} `, figurePiece(sent, 'heç bir'), ' yönləndirmə göndərilməyib');
    else if (sent) lead.push(`${In} `, num(sent, ctx), ' yönləndirmə göndərilib');
    if (sent) lead.push(...previousInBrackets(previous, ctx), '.');
    const shared = dashList(
      plan.identityShared,
      {
        consent: 'razılıq əsasında',
        child_rule: 'uşaq qaydası ilə',
        override: 'razılıq olmadan, audit jurnalına yazılmaqla',
      },
      ctx,
    );
    const identity: Piece[] =
      shared.length > 0
        ? [
            'Şəxsin şəxsiyyəti alana açıqlanıb: ',
            ...shared,
            ...(notShared ? ['; açıqlanmayıb — ', num(notShared, ctx)] : []),
            '.',
          ]
        : notShared
          ? ['Şəxsin şəxsiyyətinin alana açıqlanmadığı yönləndirmələr — ', num(notShared, ctx), '.']
          : [];
    return [
      lead,
      sentence(
        'Onlardan: ',
        dashList(
          plan.statuses,
          {
            accepted: 'qəbul edilib',
            completed: 'tamamlanıb',
            declined: 'rədd edilib',
            withdrawn: 'geri götürülüb',
            sent: 'cavab gözləyir',
          },
          ctx,
        ),
      ),
      sentence(
        'Cavab müddətinə görə: ',
        dashList(
          plan.timeliness,
          {
            on_time: 'vaxtında cavablandırılıb',
            late: 'gecikmə ilə cavablandırılıb',
            overdue: 'müddəti keçib, cavab yoxdur',
          },
          ctx,
        ),
      ),
      median
        ? [
            'Yönləndirmənin göndərilməsindən qəbul və ya rədd edilməsinə qədər median müddət ',
            num(median, ctx),
            ' gün olub.',
          ]
        : [],
      identity,
    ];
  },
};
