// The English wording of the prevention paragraph; which cells it quotes is decided once for all
// languages in plan-prevention.ts.

import type {
  AwarenessAudience,
  HotlineOutcome,
  TrainedBodyType,
} from '../../../prevention/prevention-vocabulary.ts';
import { comparison, counted, inPeriod, leadSentence, num } from '../narrative-en.ts';
import { isCalendarYear, type NarrativeContext } from '../narrative-language.ts';
import { capitalFirst, type FigureRef, figurePiece, joinPieces, type Piece } from '../narrative-pieces.ts';
import { soleItem } from '../narrative-plan.ts';
import type { PreventionPlan } from './plan-prevention.ts';

const isOne = (ref: FigureRef) => ref.cell.value === 1;
const wasWere = (ref: FigureRef) => (isOne(ref) ? 'was' : 'were');

const audiences: Record<AwarenessAudience, string> = {
  citizens_going_abroad: 'citizens going abroad',
  foreign_migrant_workers: 'foreign migrant workers',
  children_and_students: 'children and students',
  employers: 'employers',
  vulnerable_groups: 'vulnerable groups',
  general_public: 'the general public',
};

const bodies: Record<TrainedBodyType, [string, string]> = {
  police: ['police officer', 'police officers'],
  border_guards: ['border guard', 'border guards'],
  prosecutors: ['prosecutor', 'prosecutors'],
  judges: ['judge', 'judges'],
  labour_inspectors: ['labour inspector', 'labour inspectors'],
  migration_officers: ['migration officer', 'migration officers'],
  diplomats: ['diplomat', 'diplomats'],
  social_workers: ['social worker', 'social workers'],
  health_workers: ['health worker', 'health workers'],
  teachers: ['teacher', 'teachers'],
  ngo_staff: ['NGO staff member', 'NGO staff members'],
  other_officials: ['other official', 'other officials'],
};

const outcomes: Partial<Record<HotlineOutcome, string>> = {
  alert_created: 'a potential-case alert',
  emergency_to_police: 'an emergency passed to the police',
  referred_to_organisation: 'a referral to an organisation',
};

const planStatuses = {
  done_on_time: 'done on time',
  done_late: 'done after the deadline',
  late: 'not done by the deadline',
  not_yet_due: 'not yet due',
};
const indicatorStatuses = {
  on_target: 'met it',
  off_target: 'missed it',
  no_value: 'had no value entered',
  computed: 'are computed from these statistics',
};
const recommendationStatuses = {
  implemented: 'implemented',
  partly_implemented: 'partly implemented',
  in_progress: 'in progress',
  not_started: 'not started',
};

function awareness(plan: PreventionPlan, ctx: NarrativeContext): Piece[][] {
  const { activities, places } = plan;
  if (!activities) return [];
  const noun: [string, string] = ['awareness-raising activity', 'awareness-raising activities'];
  if (activities.cell.value === 0)
    return [leadSentence(activities, plan.activitiesPrevious, noun, 'held', ctx)];
  const lead = leadSentence(activities, plan.activitiesPrevious, noun, 'held', ctx);
  const where: Piece[] = places
    ? [
        isOne(activities) ? 'It took place in ' : 'They took place in ',
        ...counted(places, 'city or district', 'cities and districts', ctx),
      ]
    : [];
  const sole = soleItem(activities, plan.audiences);
  const aimed: Piece[] = sole
    ? [`It was aimed at ${audiences[sole.code]}`]
    : plan.audiences.length === 1
      ? [`All were aimed at ${audiences[plan.audiences[0]!.code]}`]
      : joinPieces(
          plan.audiences.map(({ code, figure }, i) =>
            i === 0
              ? [num(figure, ctx), ` ${wasWere(figure)} aimed at ${audiences[code]}`]
              : [num(figure, ctx), ` at ${audiences[code]}`],
          ),
          ', ',
          ' and ',
        );
  const none: Piece[] = plan.migrantWorkersNone
    ? ['; ', figurePiece(plan.migrantWorkersNone, 'none'), ' at foreign migrant workers']
    : [];
  const of: Piece[] = sole || plan.audiences.length === 1 ? [] : ['Of these, '];
  const aimedSentence =
    aimed.length > 0 ? [...of, ...(of.length ? aimed : capitalFirst(aimed, 'en')), ...none, '.'] : [];
  return [lead, where.length > 0 ? [...where, '.'] : [], aimedSentence];
}

function trainings(plan: PreventionPlan, ctx: NarrativeContext): Piece[][] {
  if (!plan.trainings) return [];
  const noun: [string, string] = ['training of officials', 'trainings of officials'];
  const lead = leadSentence(plan.trainings, plan.trainingsPrevious, noun, 'held', ctx);
  const who: Piece[] =
    plan.participants && (plan.trainings.cell.value ?? 0) > 0
      ? [
          isOne(plan.trainings) ? 'It had ' : 'They had ',
          ...counted(plan.participants, 'participant', 'participants', ctx),
          ...(plan.bodies.length > 0
            ? [
                ': ',
                ...joinPieces(
                  plan.bodies.map(({ code, figure }) => counted(figure, ...bodies[code], ctx)),
                  ', ',
                  ' and ',
                ),
              ]
            : []),
          '.',
        ]
      : [];
  const untrained = plan.untrained.map(({ code, figure }) => [
    `The action plan requires training for ${bodies[code][1]}, but they received `,
    figurePiece(figure, 'none'),
    ` ${inPeriod(ctx.period)}.`,
  ]);
  return [lead, who, ...untrained];
}

function demand(plan: PreventionPlan, ctx: NarrativeContext): Piece[][] {
  const out: Piece[][] = [];
  if (plan.agencyInspections)
    out.push([
      'Recruitment agencies were inspected ',
      ...counted(plan.agencyInspections, 'time', 'times', ctx),
      '.',
    ]);
  const campaigns = plan.demandCampaigns;
  if (campaigns?.cell.value === 0)
    out.push([
      figurePiece(campaigns, 'No'),
      ` campaign to reduce the demand for commercial sex or forced labour was recorded ${inPeriod(ctx.period)}.`,
    ]);
  else if (campaigns)
    out.push([
      ...capitalFirst(counted(campaigns, 'campaign', 'campaigns', ctx), 'en'),
      ` to reduce the demand for commercial sex or forced labour ${wasWere(campaigns)} held.`,
    ]);
  return out;
}

function hotline(plan: PreventionPlan, ctx: NarrativeContext): Piece[][] {
  const contacts = plan.hotline;
  if (!contacts) return [];
  if (contacts.cell.value === 0)
    return [
      leadSentence(contacts, plan.hotlinePrevious, ['hotline contact', 'hotline contacts'], 'recorded', ctx),
    ];
  const lead: Piece[] = [
    'The hotline received ',
    ...counted(contacts, 'contact', 'contacts', ctx),
    ` ${inPeriod(ctx.period)}`,
    ...comparison(contacts, plan.hotlinePrevious, ctx),
    '.',
  ];
  const ended = joinPieces(
    plan.hotlineOutcomes.map(({ code, figure }, i) => [
      num(figure, ctx),
      i === 0 ? ` ended with ${outcomes[code]}` : ` with ${outcomes[code]}`,
    ]),
    ', ',
    ' and ',
  );
  const identified: Piece[] = plan.hotlineIdentified
    ? [
        ...capitalFirst(counted(plan.hotlineIdentified, 'contact', 'contacts', ctx), 'en'),
        isOne(plan.hotlineIdentified)
          ? ' led to a person identified as a trafficking victim.'
          : ' led to persons identified as trafficking victims.',
      ]
    : [];
  return [lead, ended.length > 0 ? ['Of these, ', ...ended, '.'] : [], identified];
}

/** "Of the 20 activities …, ten were done on time, …"; for one, "The one activity … was done on time." */
function breakdown<C extends string>(
  total: FigureRef,
  items: { code: C; figure: FigureRef }[],
  [singular, plural]: [string, string],
  labels: Record<C, string>,
  ctx: NarrativeContext,
  verb = (figure: FigureRef) => `${wasWere(figure)} `,
): Piece[] {
  const sole = soleItem(total, items);
  if (sole)
    return ['The ', figurePiece(total, 'one'), ` ${singular} ${verb(sole.figure)}${labels[sole.code]}.`];
  return [
    'Of the ',
    ...counted(total, singular, plural, ctx),
    ', ',
    ...joinPieces(
      items.map(({ code, figure }) => [num(figure, ctx), ` ${verb(figure)}${labels[code]}`]),
      ', ',
      ' and ',
    ),
    '.',
  ];
}

function coordination(plan: PreventionPlan, ctx: NarrativeContext): Piece[][] {
  const year = isCalendarYear(ctx.period) ? ctx.period.label : 'the period';
  const out: Piece[][] = [];
  if (plan.planDue)
    out.push(
      breakdown(
        plan.planDue,
        plan.planStatuses,
        [
          `activity of the action plan due ${inPeriod(ctx.period)}`,
          `activities of the action plan due ${inPeriod(ctx.period)}`,
        ],
        planStatuses,
        ctx,
      ),
    );
  if (plan.indicators)
    out.push(
      breakdown(
        plan.indicators,
        plan.indicatorStatuses,
        [
          `indicator of the action plan with a target for ${year}`,
          `indicators of the action plan with a target for ${year}`,
        ],
        indicatorStatuses,
        ctx,
        () => '',
      ),
    );
  if (plan.recommendations)
    out.push(
      breakdown(
        plan.recommendations,
        plan.recommendationStatuses,
        [
          `recommendation with a status recorded for ${year}`,
          `recommendations with a status recorded for ${year}`,
        ],
        recommendationStatuses,
        ctx,
      ),
    );
  return out;
}

export function preventionEn(plan: PreventionPlan, ctx: NarrativeContext): Piece[][] {
  return [
    ...awareness(plan, ctx),
    ...trainings(plan, ctx),
    ...demand(plan, ctx),
    ...hotline(plan, ctx),
    ...coordination(plan, ctx),
  ];
}
