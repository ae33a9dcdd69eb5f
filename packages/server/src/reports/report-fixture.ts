import type { Cell, Locale, Report, ReportTable, TableFigures } from '@opennrm/core';
import { statisticsLabels } from '@opennrm/core';

/**
 * Reports for the file renderers' tests: a 2-D count table (sex x age group) and a 1-D median
 * table, in en/az/ru, internal or published. Values that a published report suppresses (3, 47,
 * 2 and 61) are chosen so that a scan of a file can tell whether one leaked.
 */
const period = { from: '2015-01-01', to: '2016-01-01', label: '2015' };
const previousPeriod = { from: '2014-01-01', to: '2015-01-01', label: '2014' };

const words = {
  en: {
    sexAge: 'Victims identified by sex and age group',
    median: 'Median days from screening to decision',
    sex: 'Sex',
    sexes: ['Female', 'Male', 'Unknown'],
    ages: ['Adult', 'Child', 'Unknown'],
    body: 'Identifying body',
    bodies: ['State body', 'NGO'],
    narrative: 'In 2015, 295 victims were identified, compared with 244 in 2014.',
  },
  az: {
    sexAge: 'Müəyyən edilmiş qurbanlar: cins və yaş qrupu',
    median: 'Əsas qərara qədər günlərin medianı',
    sex: 'Cinsiyyət',
    sexes: ['Qadın', 'Kişi', 'Naməlum'],
    ages: ['Yetkin', 'Uşaq', 'Naməlum'],
    body: 'Müəyyənləşdirən orqan',
    bodies: ['Dövlət orqanı', 'QHT'],
    narrative: '2015-ci ildə 295 qurban müəyyən edilib; 2014-cü ildə bu rəqəm 244 idi.',
  },
  ru: {
    sexAge: 'Выявленные жертвы по полу и возрастной группе',
    median: 'Медиана дней от проверки до решения',
    sex: 'Пол',
    sexes: ['Женщины', 'Мужчины', 'Неизвестно'],
    ages: ['Взрослые', 'Дети', 'Неизвестно'],
    body: 'Выявивший орган',
    bodies: ['Государственный орган', 'НКО'],
    narrative: 'В 2015 году выявлено 295 жертв, в 2014 году — 244.',
  },
} satisfies Record<Locale, unknown>;

export const sexAgeCurrent = [
  [120, 3, 47],
  [85, 14, 6],
  [9, 0, 11],
];
export const sexAgePrevious = [
  [110, 8, 30],
  [70, 12, 2],
  [5, 0, 7],
];
export const medianCurrent = { rows: [12.5, 61], total: 18 };
export const medianPrevious = { rows: [14, 22], total: 16 };

const cell = (value: number | null): Cell => ({ value, suppressed: false });
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function countFigures(p: typeof period, grid: number[][]): TableFigures {
  const columns = grid[0]?.map((_, c) => sum(grid.map((row) => row[c] ?? 0))) ?? [];
  return {
    period: p,
    cells: grid.map((row) => row.map(cell)),
    rowTotals: grid.map((row) => cell(sum(row))),
    columnTotals: columns.map(cell),
    total: cell(sum(columns)),
  };
}

function medianFigures(p: typeof period, medians: { rows: number[]; total: number }): TableFigures {
  return {
    period: p,
    cells: medians.rows.map(() => []),
    rowTotals: medians.rows.map(cell),
    columnTotals: [],
    total: cell(medians.total),
  };
}

export function internalReport(locale: Locale = 'en'): Report {
  const w = words[locale];
  const sexAge: ReportTable = {
    key: 'victims_identified.sex_age',
    fact: 'victims_identified',
    title: w.sexAge,
    definition: `${w.sexAge}: persons identified as victims in the period, by the date of the first positive decision.`,
    measure: { kind: 'count' },
    measureLabel: statisticsLabels(locale).layout.count,
    rowDimension: { code: 'sex', label: w.sex },
    columnDimension: { code: 'age_group', label: 'Age group' },
    rows: ['female', 'male', 'unknown'].map((code, i) => ({ code, label: w.sexes[i] ?? code })),
    columns: ['adult', 'child', 'unknown'].map((code, i) => ({ code, label: w.ages[i] ?? code })),
    current: countFigures(period, sexAgeCurrent),
    previous: countFigures(previousPeriod, sexAgePrevious),
  };
  const median: ReportTable = {
    key: 'decisions_due.median_days',
    fact: 'decisions_due',
    title: w.median,
    definition: `${w.median}: working days between the first screening and the first decision.`,
    measure: { kind: 'median_days', duration: 'screening_to_decision' },
    measureLabel: statisticsLabels(locale).layout.medianDays,
    rowDimension: { code: 'identifying_body', label: w.body },
    columnDimension: null,
    rows: ['state', 'ngo'].map((code, i) => ({ code, label: w.bodies[i] ?? code })),
    columns: [],
    current: medianFigures(period, medianCurrent),
    previous: medianFigures(previousPeriod, medianPrevious),
  };
  return {
    generatedAt: '2016-02-03T09:30:00.000Z',
    locale,
    view: 'internal',
    threshold: 5,
    source: { kind: 'national' },
    scope: { kind: 'national' },
    period,
    previousPeriod,
    tables: [sexAge, median],
    narrative: [{ text: w.narrative, figures: [] }],
  };
}

/**
 * The published view: female/child (3) hidden and female/unknown (47) hidden to protect it in
 * 2015, male/unknown (2) hidden in 2014, the NGO median (61) hidden. One mark for all of them. `keepValues` leaves the numbers
 * in the suppressed cells, as a faulty engine might, to prove the renderers never print them.
 */
export function publishedReport(locale: Locale = 'en', keepValues = false): Report {
  const report: Report = { ...internalReport(locale), view: 'published' };
  const [sexAge, median] = report.tables;
  if (!sexAge || !median) throw new Error('fixture tables missing');
  const hide = (target: Cell | undefined) => {
    if (!target) throw new Error('fixture cell missing');
    target.suppressed = true;
    if (!keepValues) target.value = null;
  };
  hide(sexAge.current.cells[0]?.[1]);
  hide(sexAge.current.cells[0]?.[2]);
  hide(sexAge.previous.cells[1]?.[2]);
  hide(median.current.rowTotals[1]);
  report.narrative = [{ text: words[locale].narrative, figures: [] }];
  return report;
}

export function ctdcReport(): Report {
  return {
    ...internalReport('en'),
    source: { kind: 'ctdc', datasetId: 'ctdc-2023', name: 'Global Synthetic Dataset 2023' },
  };
}
