import type { ReportTable } from '../../report-model.ts';
import type { FigureRef } from '../narrative-pieces.ts';
import { countOf, type Item, medianOf, rowItems, totalOf } from '../narrative-plan.ts';
import { readFigure } from '../read-figure.ts';

/**
 * The protection paragraph's cells, picked once for every language: what the state provided
 * (allowances, jobs, training, as the TIP report words it), assistance without cooperating,
 * shelter admissions, forced returns and the money.
 */
export interface ProtectionPlan {
  /** Persons paid an allowance by state bodies. */
  allowances: FigureRef | null;
  /** Each was paid once (as many payments as persons): "a one-time allowance". */
  oneTime: boolean;
  /** The amount each received when all received the same (the median equals the mean). */
  allowanceEach: FigureRef | null;
  /** Otherwise the total. */
  allowanceTotal: FigureRef | null;
  jobs: FigureRef | null;
  training: FigureRef | null;
  assisted: FigureRef | null;
  notCooperating: FigureRef | null;
  admissions: FigureRef | null;
  restricted: FigureRef | null;
  ngoStays: FigureRef | null;
  forcedReturns: Item<'deportation' | 'removal'>[];
  funding: FigureRef | null;
  /** The NGOs' share, zero included: "none of it reached NGOs" is the point. */
  fundingNgo: FigureRef | null;
  /**
   * Money delivered as services, one item per currency (its code names it: the national one first,
   * never added across currencies), with the previous period's where it has a value.
   */
  serviceMoney: MoneyItem[];
}

export interface MoneyItem {
  code: string;
  figure: FigureRef;
  previous: FigureRef | null;
}

type Tables = ReadonlyMap<string, ReportTable>;

/** Each currency column with money in the period (a hidden sum has too few deliveries to quote). */
function moneyItems(table: ReportTable | undefined): MoneyItem[] {
  if (!table) return [];
  return table.columns.flatMap(({ code }) => {
    const figure = medianOf(readFigure(table, null, code, 'current'));
    if (!figure || figure.cell.value === 0) return [];
    return [{ code, figure, previous: medianOf(readFigure(table, null, code, 'previous')) }];
  });
}

const cell = (table: ReportTable | undefined, row: string | null, column: string | null) =>
  table ? readFigure(table, row, column, 'current') : null;

function sameAllowance(count: FigureRef | null, median: FigureRef | null, total: FigureRef | null): boolean {
  const [n, m, t] = [count?.cell.value, median?.cell.value, total?.cell.value];
  return (
    typeof n === 'number' && typeof m === 'number' && typeof t === 'number' && Math.abs(n * m - t) < 0.005
  );
}

export function planProtection(tables: Tables): ProtectionPlan | null {
  const services = tables.get('person_services.service_provider');
  const allowancesByProvider = tables.get('allowances_paid.provider_standing');
  const assisted = tables.get('persons_assisted.cooperation_standing');
  const stays = tables.get('shelter_stays.operator_movement');
  const returns = tables.get('returns.kind_standing');
  const funding = tables.get('funding_allocated.recipient_source');
  const money = tables.get('service_money.service_currency');
  if (!services && !allowancesByProvider && !assisted && !stays && !returns && !funding && !money)
    return null;
  const allowances = countOf(cell(allowancesByProvider, 'state', null));
  const median = medianOf(cell(tables.get('allowances_paid.median'), 'state', null));
  const total = cell(tables.get('allowances_paid.total'), 'state', null);
  const payments = cell(tables.get('allowance_payments.provider'), 'state', null);
  const same = sameAllowance(allowances, median, total);
  const fundingTotal = countOf(totalOf(funding, 'current'));
  return {
    allowances,
    oneTime: allowances !== null && payments?.cell.value === allowances.cell.value,
    allowanceEach: allowances && same ? median : null,
    allowanceTotal: allowances && !same && total?.cell.value !== null ? total : null,
    jobs: countOf(cell(services, 'job_placement', 'state')),
    training: countOf(cell(services, 'vocational_training', 'state')),
    assisted: countOf(totalOf(assisted, 'current')),
    notCooperating: countOf(cell(assisted, 'not_willing', null)),
    admissions: countOf(totalOf(stays, 'current')),
    restricted: countOf(cell(stays, null, 'restricted')),
    ngoStays: countOf(cell(stays, 'ngo', null)),
    forcedReturns: rowItems(returns, ['deportation', 'removal'] as const),
    funding: fundingTotal,
    fundingNgo: fundingTotal ? cell(funding, 'ngo', null) : null,
    serviceMoney: moneyItems(money),
  };
}
