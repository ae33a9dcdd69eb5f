import type { ReportTable } from '../report-model.ts';
import type { FigureRef } from './narrative-pieces.ts';
import { readFigure } from './read-figure.ts';

/**
 * Which cells the narrative quotes, chosen once for every language: the templates only word
 * what this file picks, so English, Azerbaijani and Russian cannot disagree on a number.
 */
export interface Item<C extends string = string> {
  code: C;
  figure: FigureRef;
}

export type Change = 'increase' | 'decrease' | 'same';

export type SexAgeGroup =
  | 'women'
  | 'girls'
  | 'men'
  | 'boys'
  | 'female_unknown_age'
  | 'male_unknown_age'
  | 'other_sex'
  | 'unknown_sex';

export interface IdentificationPlan {
  total: FigureRef | null;
  previous: FigureRef | null;
  change: Change | null;
  groups: Item<SexAgeGroup>[];
  bodies: Item<'state' | 'ngo'>[];
  forms: Item<'sexual' | 'labour' | 'sexual_and_labour' | 'other' | 'unknown'>[];
  nationalities: Item<'domestic' | 'foreign' | 'unknown'>[];
  /** Internal (within the country of citizenship) or transnational, as GRETA and the TIP report ask. */
  scopes: Item<'internal' | 'transnational' | 'unknown'>[];
  screened: FigureRef | null;
  presumed: FigureRef | null;
}

export interface DecisionsPlan {
  due: FigureRef | null;
  timeliness: Item<'on_time' | 'late' | 'pending'>[];
  /** The persons' status after the first decision: identified, found not to be victims, none yet. */
  outcomes: Item<'identified' | 'not_victim' | 'none'>[];
  median: FigureRef | null;
  medianByAge: Item<'adult' | 'child'>[];
}

export interface ReferralsPlan {
  sent: FigureRef | null;
  previous: FigureRef | null;
  statuses: Item<'accepted' | 'completed' | 'declined' | 'withdrawn' | 'sent'>[];
  /** Every part of the total: withdrawn before an answer and not yet due included. */
  timeliness: Item<'on_time' | 'late' | 'overdue' | 'pending' | 'withdrawn_unanswered'>[];
  median: FigureRef | null;
  identityShared: Item<'consent' | 'child_rule' | 'override'>[];
  identityNotShared: FigureRef | null;
}

// Women, girls, men, boys as UNODC asks; the rest only so that no victim goes unmentioned.
const sexAgeCells: { code: SexAgeGroup; row: string; column: string | null }[] = [
  { code: 'women', row: 'female', column: 'adult' },
  { code: 'girls', row: 'female', column: 'child' },
  { code: 'men', row: 'male', column: 'adult' },
  { code: 'boys', row: 'male', column: 'child' },
  { code: 'female_unknown_age', row: 'female', column: 'unknown' },
  { code: 'male_unknown_age', row: 'male', column: 'unknown' },
  { code: 'other_sex', row: 'other', column: null },
  { code: 'unknown_sex', row: 'unknown', column: null },
];

type Tables = ReadonlyMap<string, ReportTable>;

/** A count worth saying: present and not zero (a hidden count is said as "not disclosed"). */
export function countOf(ref: FigureRef | null): FigureRef | null {
  if (ref === null || ref.cell.value === 0) return null;
  if (ref.cell.value === null && !ref.cell.suppressed) return null;
  return ref;
}

/** A median worth saying: one with a value (a suppressed median has too few records to quote). */
export function medianOf(ref: FigureRef | null): FigureRef | null {
  return ref !== null && ref.cell.value !== null ? ref : null;
}

export function rowItems<C extends string>(
  table: ReportTable | undefined,
  codes: readonly C[],
  pick = countOf,
) {
  if (!table) return [];
  return codes.flatMap((code) => {
    const figure = pick(readFigure(table, code, null, 'current'));
    return figure ? [{ code, figure }] : [];
  });
}

export function columnItems<C extends string>(table: ReportTable | undefined, codes: readonly C[]) {
  if (!table) return [];
  return codes.flatMap((code) => {
    const figure = countOf(readFigure(table, null, code, 'current'));
    return figure ? [{ code, figure }] : [];
  });
}

export function totalOf(table: ReportTable | undefined, period: 'current' | 'previous'): FigureRef | null {
  return table ? readFigure(table, null, null, period) : null;
}

export function changeOf(current: FigureRef | null, previous: FigureRef | null): Change | null {
  const now = current?.cell.value;
  const before = previous?.cell.value;
  if (now === null || now === undefined || before === null || before === undefined) return null;
  return now > before ? 'increase' : now < before ? 'decrease' : 'same';
}

/**
 * The one item of a breakdown of a total of one ("a decision was due for one person and was made
 * on time"): languages word it without repeating the figure. Decided here so every language
 * quotes the same cells.
 */
export function soleItem<C extends string>(total: FigureRef | null, items: Item<C>[]): Item<C> | null {
  return total?.cell.value === 1 && items.length === 1 && items[0]!.figure.cell.value === 1
    ? items[0]!
    : null;
}

export function planIdentification(tables: Tables): IdentificationPlan | null {
  const sexAge = tables.get('victims_identified.sex_age');
  const lead = sexAge ?? [...tables.values()].find((t) => t.fact === 'victims_identified');
  const screened = tables.get('persons_screened.sex_age');
  const presumed = tables.get('persons_presumed.sex_age');
  if (!lead && !screened && !presumed) return null;
  const total = totalOf(lead, 'current');
  const previous = totalOf(lead, 'previous');
  const groups = sexAge
    ? sexAgeCells.flatMap(({ code, row, column }) => {
        const figure = countOf(readFigure(sexAge, row, column, 'current'));
        return figure ? [{ code, figure }] : [];
      })
    : [];
  return {
    total,
    previous,
    change: changeOf(total, previous),
    groups,
    bodies: rowItems(tables.get('victims_identified.body_sex'), ['state', 'ngo'] as const),
    forms: rowItems(tables.get('victims_identified.exploitation_age'), [
      'sexual',
      'labour',
      'sexual_and_labour',
      'other',
      'unknown',
    ] as const),
    nationalities: rowItems(tables.get('victims_identified.nationality_sex'), [
      'domestic',
      'foreign',
      'unknown',
    ] as const),
    scopes: rowItems(tables.get('victims_identified.scope_sex'), [
      'internal',
      'transnational',
      'unknown',
    ] as const),
    screened: countOf(totalOf(screened, 'current')),
    presumed: countOf(totalOf(presumed, 'current')),
  };
}

export function planDecisions(tables: Tables): DecisionsPlan | null {
  const timeliness = tables.get('decisions_due.timeliness_age');
  const outcomes = tables.get('decisions_due.outcome_age');
  const medians = tables.get('decisions_due.median_days');
  if (!timeliness && !outcomes && !medians) return null;
  return {
    due: totalOf(timeliness ?? outcomes, 'current'),
    timeliness: rowItems(timeliness, ['on_time', 'late', 'pending'] as const),
    outcomes: rowItems(outcomes, ['identified', 'not_victim', 'none'] as const),
    median: medianOf(totalOf(medians, 'current')),
    medianByAge: rowItems(medians, ['adult', 'child'] as const, medianOf),
  };
}

export function planReferrals(tables: Tables): ReferralsPlan | null {
  const statuses = tables.get('referrals_sent.recipient_status');
  const timeliness = tables.get('referrals_sent.recipient_timeliness');
  const identity = tables.get('referrals_sent.identity_basis_recipient');
  const lead = statuses ?? timeliness ?? identity ?? tables.get('referrals_sent.sender_recipient');
  const medians = tables.get('referrals_sent.median_days');
  if (!lead && !medians) return null;
  return {
    sent: totalOf(lead, 'current'),
    previous: totalOf(lead, 'previous'),
    statuses: columnItems(statuses, ['accepted', 'completed', 'declined', 'withdrawn', 'sent'] as const),
    timeliness: columnItems(timeliness, [
      'on_time',
      'late',
      'overdue',
      'pending',
      'withdrawn_unanswered',
    ] as const),
    median: medianOf(totalOf(medians, 'current')),
    identityShared: rowItems(identity, ['consent', 'child_rule', 'override'] as const),
    identityNotShared: identity ? countOf(readFigure(identity, 'not_shared', null, 'current')) : null,
  };
}
