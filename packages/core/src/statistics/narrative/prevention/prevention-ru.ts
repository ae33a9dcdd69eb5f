// The Russian wording of the prevention paragraph; which cells it quotes is decided once for all
// languages in plan-prevention.ts. Breakdowns are dash lists: no agreement to get wrong.

import type {
  AwarenessAudience,
  HotlineOutcome,
  TrainedBodyType,
} from '../../../prevention/prevention-vocabulary.ts';
import { isCalendarYear, type NarrativeContext } from '../narrative-language.ts';
import { capitalise, type FigureRef, figurePiece, joinPieces, type Piece } from '../narrative-pieces.ts';
import {
  comparison,
  counted,
  dashFigure,
  dashList,
  forms,
  inPeriod,
  num,
  participle,
  type RussianForms,
} from '../narrative-ru.ts';
import type { PreventionPlan } from './plan-prevention.ts';

const isOne = (ref: FigureRef) => ref.cell.value === 1;

/** Whom activities were addressed to (dative). */
const audiences: Record<AwarenessAudience, string> = {
  citizens_going_abroad: 'гражданам, выезжающим за рубеж',
  foreign_migrant_workers: 'иностранным трудовым мигрантам',
  children_and_students: 'детям и учащимся',
  employers: 'работодателям',
  vulnerable_groups: 'уязвимым группам',
  general_public: 'широкой общественности',
};

/** [nominative plural for a dash list, genitive plural after "обучения"]. */
const bodies: Record<TrainedBodyType, [string, string]> = {
  police: ['полицейские', 'полицейских'],
  border_guards: ['пограничники', 'пограничников'],
  prosecutors: ['прокуроры', 'прокуроров'],
  judges: ['судьи', 'судей'],
  labour_inspectors: ['инспекторы труда', 'инспекторов труда'],
  migration_officers: ['сотрудники миграционной службы', 'сотрудников миграционной службы'],
  diplomats: ['дипломаты и консульские работники', 'дипломатов и консульских работников'],
  social_workers: ['социальные работники', 'социальных работников'],
  health_workers: ['медицинские работники', 'медицинских работников'],
  teachers: ['учителя', 'учителей'],
  ngo_staff: ['сотрудники НПО', 'сотрудников НПО'],
  other_officials: ['другие должностные лица', 'других должностных лиц'],
};

const outcomes: Partial<Record<HotlineOutcome, string>> = {
  alert_created: 'созданием оповещения о возможном случае',
  emergency_to_police: 'передачей экстренного случая полиции',
  referred_to_organisation: 'направлением в организацию',
};

const planStatuses = {
  done_on_time: 'выполнено в срок',
  done_late: 'выполнено после срока',
  late: 'не выполнено в срок',
  not_yet_due: 'срок ещё не наступил',
};
const indicatorStatuses = {
  on_target: 'цель достигнута',
  off_target: 'цель не достигнута',
  no_value: 'значение не введено',
  computed: 'вычисляются из этой статистики',
};
const recommendationStatuses = {
  implemented: 'выполнены',
  partly_implemented: 'выполнены частично',
  in_progress: 'выполняются',
  not_started: 'не начаты',
};

/** A lead about a total: "В 2014 году проведено 65 …, против 50 в 2013 году." / "… не проводились". */
function lead(
  total: FigureRef,
  previous: FigureRef | null,
  noun: RussianForms,
  [verb, zeroSubject, zeroVerb]: [string, string, string],
  ctx: NarrativeContext,
): Piece[] {
  const In = capitalise(inPeriod(ctx.period), 'ru');
  if (total.cell.value === 0) {
    if (previous?.cell.value === 0)
      return [
        `${In} ${zeroSubject} `,
        figurePiece(total, zeroVerb),
        `, как и ${inPeriod(ctx.previousPeriod)}.`,
      ];
    return [
      `${In} ${zeroSubject} `,
      figurePiece(total, zeroVerb),
      ...comparison(total, previous, 'ни одного', ctx),
      '.',
    ];
  }
  return [
    `${In} ${participle(total, verb, true)} `,
    ...counted(total, noun, ctx),
    ...comparison(total, previous, 'ни одного', ctx),
    '.',
  ];
}

function awareness(plan: PreventionPlan, ctx: NarrativeContext): Piece[][] {
  const { activities, places } = plan;
  if (!activities) return [];
  const noun = forms(
    'информационно-просветительское мероприятие',
    'информационно-просветительских мероприятия',
    'информационно-просветительских мероприятий',
  );
  const first = lead(
    activities,
    plan.activitiesPrevious,
    noun,
    ['проведен', 'информационно-просветительские мероприятия', 'не проводились'],
    ctx,
  );
  if (activities.cell.value === 0) return [first];
  const where: Piece[] = places
    ? [
        isOne(activities) ? 'Мероприятие прошло в ' : 'Мероприятия прошли в ',
        ...counted(places, forms('городе или районе', 'городах и районах', 'городах и районах'), ctx),
        '.',
      ]
    : [];
  const addressed = isOne(activities) ? 'Мероприятие было адресовано ' : 'Мероприятия были адресованы ';
  const listed =
    plan.audiences.length === 1 && plan.audiences[0]!.figure.cell.value === activities.cell.value
      ? [audiences[plan.audiences[0]!.code]]
      : joinPieces(
          plan.audiences.map(({ code, figure }) => [`${audiences[code]} (`, num(figure, ctx), ')']),
          ', ',
          ' и ',
        );
  const none: Piece[] = plan.migrantWorkersNone
    ? ['; иностранным трудовым мигрантам — ', figurePiece(plan.migrantWorkersNone, 'ни одного')]
    : [];
  return [first, where, listed.length > 0 ? [addressed, ...listed, ...none, '.'] : []];
}

function trainings(plan: PreventionPlan, ctx: NarrativeContext): Piece[][] {
  if (!plan.trainings) return [];
  const noun = forms('обучение должностных лиц', 'обучения должностных лиц', 'обучений должностных лиц');
  const first = lead(
    plan.trainings,
    plan.trainingsPrevious,
    noun,
    ['проведен', 'обучения должностных лиц', 'не проводились'],
    ctx,
  );
  const who: Piece[] =
    plan.participants && (plan.trainings.cell.value ?? 0) > 0
      ? [
          'Участников — ',
          ...dashFigure(plan.participants, ctx),
          ...(plan.bodies.length > 0
            ? [
                ', из них: ',
                ...dashList(
                  plan.bodies,
                  Object.fromEntries(Object.entries(bodies).map(([k, v]) => [k, v[0]])) as Record<
                    TrainedBodyType,
                    string
                  >,
                  ctx,
                ),
              ]
            : []),
          '.',
        ]
      : [];
  const untrained = plan.untrained.map(({ code, figure }) => [
    `План действий требует обучения ${bodies[code][1]}, однако ${inPeriod(ctx.period)} они `,
    figurePiece(figure, 'не прошли ни одного обучения'),
    '.',
  ]);
  return [first, who, ...untrained];
}

function demand(plan: PreventionPlan, ctx: NarrativeContext): Piece[][] {
  const out: Piece[][] = [];
  if (plan.agencyInspections)
    out.push(['Проведено проверок кадровых агентств: ', ...dashFigure(plan.agencyInspections, ctx), '.']);
  const campaigns = plan.demandCampaigns;
  const what = 'по снижению спроса на коммерческий секс и принудительный труд';
  if (campaigns?.cell.value === 0)
    out.push([
      `${capitalise(inPeriod(ctx.period), 'ru')} кампании ${what} `,
      figurePiece(campaigns, 'не проводились'),
      '.',
    ]);
  else if (campaigns) out.push([`Проведено кампаний ${what}: `, ...dashFigure(campaigns, ctx), '.']);
  return out;
}

function hotline(plan: PreventionPlan, ctx: NarrativeContext): Piece[][] {
  const contacts = plan.hotline;
  if (!contacts) return [];
  const In = capitalise(inPeriod(ctx.period), 'ru');
  if (contacts.cell.value === 0)
    return [
      [
        `${In} обращения на горячую линию `,
        figurePiece(contacts, 'не поступали'),
        ...(plan.hotlinePrevious?.cell.value === 0
          ? [`, как и ${inPeriod(ctx.previousPeriod)}`]
          : comparison(contacts, plan.hotlinePrevious, 'ни одного', ctx)),
        '.',
      ],
    ];
  const first: Piece[] = [
    `${In} на горячую линию ${participle(contacts, 'поступил', true)} `,
    ...counted(contacts, forms('обращение', 'обращения', 'обращений'), ctx),
    ...comparison(contacts, plan.hotlinePrevious, 'ни одного', ctx),
    '.',
  ];
  const ended = joinPieces(
    plan.hotlineOutcomes.map(({ code, figure }) => [`${outcomes[code]} — `, ...dashFigure(figure, ctx)]),
    ', ',
    ', ',
  );
  const identified: Piece[] = plan.hotlineIdentified
    ? [
        'Обращений, которые привели к идентификации жертв торговли людьми, — ',
        ...dashFigure(plan.hotlineIdentified, ctx),
        '.',
      ]
    : [];
  return [first, ended.length > 0 ? ['Из них завершились ', ...ended, '.'] : [], identified];
}

function breakdown<C extends string>(
  total: FigureRef,
  items: { code: C; figure: FigureRef }[],
  noun: RussianForms,
  what: string,
  labels: Record<C, string>,
  ctx: NarrativeContext,
): Piece[] {
  return ['Из ', ...counted(total, noun, ctx), ` ${what}: `, ...dashList(items, labels, ctx), '.'];
}

function coordination(plan: PreventionPlan, ctx: NarrativeContext): Piece[][] {
  const year = isCalendarYear(ctx.period) ? `${ctx.period.label} год` : 'период';
  const out: Piece[][] = [];
  if (plan.planDue)
    out.push(
      breakdown(
        plan.planDue,
        plan.planStatuses,
        forms('мероприятия', 'мероприятий', 'мероприятий'),
        `плана действий со сроком ${inPeriod(ctx.period)}`,
        planStatuses,
        ctx,
      ),
    );
  if (plan.indicators)
    out.push(
      breakdown(
        plan.indicators,
        plan.indicatorStatuses,
        forms('показателя', 'показателей', 'показателей'),
        `плана действий с целевым значением на ${year}`,
        indicatorStatuses,
        ctx,
      ),
    );
  if (plan.recommendations)
    out.push(
      breakdown(
        plan.recommendations,
        plan.recommendationStatuses,
        forms('рекомендации', 'рекомендаций', 'рекомендаций'),
        `со статусом на ${year}`,
        recommendationStatuses,
        ctx,
      ),
    );
  return out;
}

export function preventionRu(plan: PreventionPlan, ctx: NarrativeContext): Piece[][] {
  return [
    ...awareness(plan, ctx),
    ...trainings(plan, ctx),
    ...demand(plan, ctx),
    ...hotline(plan, ctx),
    ...coordination(plan, ctx),
  ];
}
