// The Azerbaijani wording of the prevention paragraph; which cells it quotes is decided once for
// all languages in plan-prevention.ts. Official register ("-mışdır"); breakdowns are dash lists.

import type {
  AwarenessAudience,
  HotlineOutcome,
  TrainedBodyType,
} from '../../../prevention/prevention-vocabulary.ts';
import { azerbaijaniOrdinalSuffix } from '../azerbaijani-suffixes.ts';
import { comparison, dashFigure, dashList, inPeriod, num } from '../narrative-az.ts';
import { isCalendarYear, type NarrativeContext } from '../narrative-language.ts';
import { capitalise, type FigureRef, figurePiece, joinPieces, type Piece } from '../narrative-pieces.ts';
import type { PreventionPlan } from './plan-prevention.ts';

const isOne = (ref: FigureRef) => ref.cell.value === 1;

const audiences: Record<AwarenessAudience, string> = {
  citizens_going_abroad: 'xaricə gedən vətəndaşlar',
  foreign_migrant_workers: 'xarici əmək miqrantları',
  children_and_students: 'uşaqlar və tələbələr',
  employers: 'işəgötürənlər',
  vulnerable_groups: 'həssas qruplar',
  general_public: 'geniş ictimaiyyət',
};

/** [plural for a dash list, genitive before "təlimini"]. */
const bodies: Record<TrainedBodyType, [string, string]> = {
  police: ['polis əməkdaşları', 'polis əməkdaşlarının'],
  border_guards: ['sərhədçilər', 'sərhədçilərin'],
  prosecutors: ['prokurorlar', 'prokurorların'],
  judges: ['hakimlər', 'hakimlərin'],
  labour_inspectors: ['əmək müfəttişləri', 'əmək müfəttişlərinin'],
  migration_officers: ['miqrasiya əməkdaşları', 'miqrasiya əməkdaşlarının'],
  diplomats: ['diplomatlar və konsul işçiləri', 'diplomatların və konsul işçilərinin'],
  social_workers: ['sosial işçilər', 'sosial işçilərin'],
  health_workers: ['tibb işçiləri', 'tibb işçilərinin'],
  teachers: ['müəllimlər', 'müəllimlərin'],
  ngo_staff: ['QHT əməkdaşları', 'QHT əməkdaşlarının'],
  other_officials: ['digər vəzifəli şəxslər', 'digər vəzifəli şəxslərin'],
};
const bodyLabels = Object.fromEntries(
  Object.entries(bodies).map(([code, [plural]]) => [code, plural]),
) as Record<TrainedBodyType, string>;

const outcomes: Partial<Record<HotlineOutcome, string>> = {
  alert_created: 'potensial hal barədə xəbərdarlıq yaradılmışdır',
  emergency_to_police: 'təcili hal polisə ötürülmüşdür',
  referred_to_organisation: 'təşkilata yönəldilmişdir',
};

const planStatuses = {
  done_on_time: 'vaxtında icra olunanlar',
  done_late: 'gecikmə ilə icra olunanlar',
  late: 'son müddətədək icra olunmayanlar',
  not_yet_due: 'vaxtı hələ çatmayanlar',
};
const indicatorStatuses = {
  on_target: 'hədəfə çatanlar',
  off_target: 'hədəfə çatmayanlar',
  no_value: 'dəyəri daxil edilməyənlər',
  computed: 'bu statistikadan hesablananlar',
};
const recommendationStatuses = {
  implemented: 'icra olunanlar',
  partly_implemented: 'qismən icra olunanlar',
  in_progress: 'icrası davam edənlər',
  not_started: 'icrasına başlanmayanlar',
};

/** "2014-cü ildə 65 maarifləndirmə tədbiri keçirilmişdir, bu da …"; "… heç bir … keçirilməmişdir". */
function lead(
  total: FigureRef,
  previous: FigureRef | null,
  [before, noun, short]: [string, string, string],
  verbs: [string, string],
  ctx: NarrativeContext,
): Piece[] {
  const In = capitalise(inPeriod(ctx.period), 'az');
  const figure = total.cell.value === 0 ? figurePiece(total, 'heç bir') : num(total, ctx);
  const verb = total.cell.value === 0 ? verbs[1] : verbs[0];
  return [
    `${In} ${before}`,
    figure,
    ` ${noun} ${verb}`,
    ...comparison(total, previous, short, verbs, ctx),
    '.',
  ];
}

function awareness(plan: PreventionPlan, ctx: NarrativeContext): Piece[][] {
  const { activities, places } = plan;
  if (!activities) return [];
  const first = lead(
    activities,
    plan.activitiesPrevious,
    ['', 'maarifləndirmə tədbiri', 'tədbir'],
    ['keçirilmişdir', 'keçirilməmişdir'],
    ctx,
  );
  if (activities.cell.value === 0) return [first];
  const where: Piece[] = places
    ? [isOne(activities) ? 'Tədbir ' : 'Tədbirlər ', num(places, ctx), ' şəhər və rayonda keçirilmişdir.']
    : [];
  const none: Piece[] = plan.migrantWorkersNone
    ? [
        '; xarici əmək miqrantlarına yönəlmiş ',
        figurePiece(plan.migrantWorkersNone, 'heç bir'),
        ' tədbir olmamışdır',
      ]
    : [];
  const listed = dashList(plan.audiences, audiences, ctx);
  return [first, where, listed.length > 0 ? ['Auditoriya üzrə: ', ...listed, ...none, '.'] : []];
}

function trainings(plan: PreventionPlan, ctx: NarrativeContext): Piece[][] {
  if (!plan.trainings) return [];
  const first = lead(
    plan.trainings,
    plan.trainingsPrevious,
    ['vəzifəli şəxslər üçün ', 'təlim', 'təlim'],
    ['keçirilmişdir', 'keçirilməmişdir'],
    ctx,
  );
  const who: Piece[] =
    plan.participants && (plan.trainings.cell.value ?? 0) > 0
      ? [
          'İştirakçıların sayı — ',
          ...dashFigure(plan.participants, ctx),
          ...(plan.bodies.length > 0 ? [', o cümlədən: ', ...dashList(plan.bodies, bodyLabels, ctx)] : []),
          '.',
        ]
      : [];
  const untrained = plan.untrained.map(({ code, figure }) => [
    `Fəaliyyət planı ${bodies[code][1]} təlimini tələb edir, lakin ${inPeriod(ctx.period)} onlar üçün `,
    figurePiece(figure, 'heç bir'),
    ' təlim keçirilməmişdir.',
  ]);
  return [first, who, ...untrained];
}

function demand(plan: PreventionPlan, ctx: NarrativeContext): Piece[][] {
  const out: Piece[][] = [];
  if (plan.agencyInspections)
    out.push([
      'Məşğulluq agentliklərində aparılmış yoxlamalar — ',
      ...dashFigure(plan.agencyInspections, ctx),
      '.',
    ]);
  const campaigns = plan.demandCampaigns;
  const what = 'kommersiya seksinə və məcburi əməyə tələbatın azaldılması üzrə';
  if (campaigns?.cell.value === 0)
    out.push([
      `${capitalise(inPeriod(ctx.period), 'az')} ${what} `,
      figurePiece(campaigns, 'heç bir'),
      ' kampaniya qeydə alınmamışdır.',
    ]);
  else if (campaigns)
    out.push([`${capitalise(what, 'az')} kampaniyalar — `, ...dashFigure(campaigns, ctx), '.']);
  return out;
}

function hotline(plan: PreventionPlan, ctx: NarrativeContext): Piece[][] {
  const contacts = plan.hotline;
  if (!contacts) return [];
  const first = lead(
    contacts,
    plan.hotlinePrevious,
    ['qaynar xəttə ', 'müraciət', 'müraciət'],
    ['daxil olmuşdur', 'daxil olmamışdır'],
    ctx,
  );
  if (contacts.cell.value === 0) return [first];
  const ended = joinPieces(
    plan.hotlineOutcomes.map(({ code, figure }) => [`${outcomes[code]} — `, ...dashFigure(figure, ctx)]),
    ', ',
    ', ',
  );
  const identified: Piece[] = plan.hotlineIdentified
    ? [
        'İnsan alverinin qurbanı kimi müəyyən edilmiş şəxslərlə nəticələnmiş müraciətlər — ',
        ...dashFigure(plan.hotlineIdentified, ctx),
        '.',
      ]
    : [];
  return [first, ended.length > 0 ? ['Onlardan: ', ...ended, '.'] : [], identified];
}

function coordination(plan: PreventionPlan, ctx: NarrativeContext): Piece[][] {
  const label = ctx.period.label;
  const forYear = isCalendarYear(ctx.period)
    ? `${label}-${azerbaijaniOrdinalSuffix(Number(label))} il üçün`
    : 'dövr üçün';
  const out: Piece[][] = [];
  const breakdown = <C extends string>(
    what: string,
    total: FigureRef,
    items: { code: C; figure: FigureRef }[],
    labels: Record<C, string>,
  ): Piece[] => [what, ...dashFigure(total, ctx), ': ', ...dashList(items, labels, ctx), '.'];
  if (plan.planDue)
    out.push(
      breakdown(
        `${capitalise(inPeriod(ctx.period), 'az')} son müddəti çatmış fəaliyyət planı tədbirləri — `,
        plan.planDue,
        plan.planStatuses,
        planStatuses,
      ),
    );
  if (plan.indicators)
    out.push(
      breakdown(
        `${capitalise(forYear, 'az')} hədəfi olan fəaliyyət planı göstəriciləri — `,
        plan.indicators,
        plan.indicatorStatuses,
        indicatorStatuses,
      ),
    );
  if (plan.recommendations)
    out.push(
      breakdown(
        `${capitalise(forYear, 'az')} vəziyyəti qeyd olunmuş tövsiyələr — `,
        plan.recommendations,
        plan.recommendationStatuses,
        recommendationStatuses,
      ),
    );
  return out;
}

export function preventionAz(plan: PreventionPlan, ctx: NarrativeContext): Piece[][] {
  return [
    ...awareness(plan, ctx),
    ...trainings(plan, ctx),
    ...demand(plan, ctx),
    ...hotline(plan, ctx),
    ...coordination(plan, ctx),
  ];
}
