import type { Locale } from '../../model.ts';
import type { ReportTable } from '../report-model.ts';
import type { NarrativeInput } from './draft-narrative.ts';
import { fixturePeriod, fixturePreviousPeriod, makeTable } from './narrative-fixture.ts';

// The edge cases every language's table of hand-written sentences covers (narrative-en.test.ts,
// narrative-az.test.ts, narrative-ru.test.ts): the numbers where agreement changes, zeros, one,
// hidden figures (small and hidden to protect a small one), every scope, periods that are not a
// calendar year, US spelling, a CTDC dataset.

export type NarrativeCase = Omit<NarrativeInput, 'locale'>;

export const edgeNumbers = [0, 1, 2, 5, 11, 21, 22, 101, 1234] as const;

function national(tables: ReportTable[], overrides: Partial<NarrativeCase> = {}): NarrativeCase {
  return {
    tables,
    period: fixturePeriod,
    previousPeriod: fixturePreviousPeriod,
    view: 'internal',
    threshold: 5,
    source: { kind: 'national' },
    ...overrides,
  };
}

const published = { view: 'published' as const, threshold: 5 };
const halfYear = {
  period: { from: '2025-01-01', to: '2025-07-01', label: '2025-01-01 – 2025-06-30' },
  previousPeriod: { from: '2024-07-01', to: '2025-01-01', label: '2024-07-01 – 2024-12-31' },
};
const aprilToMarch = {
  period: { from: '2014-04-01', to: '2015-04-01', label: 'April 2014 – March 2015' },
  previousPeriod: { from: '2013-04-01', to: '2014-04-01', label: 'April 2013 – March 2014' },
};

const victims = (n: number, previous = 5) =>
  makeTable('victims_identified.sex_age', { female: { adult: n } }, { female: { adult: previous } });

/** The reporting country's name as each language's report gets it (Intl.DisplayNames). */
export const countryNames: Record<Locale, string> = { en: 'Azerbaijan', az: 'Azərbaycan', ru: 'Азербайджан' };

/** The cases for one language (only the country's name differs). */
export function edgeCasesFor(locale: Locale): [string, NarrativeInput][] {
  return Object.entries(edgeCases).map(([name, c]) => [
    name,
    { ...c, locale, ...(c.countryName ? { countryName: countryNames[locale] } : {}) },
  ]);
}

export const edgeCases: Record<string, NarrativeCase> = {
  ...Object.fromEntries(
    edgeNumbers.flatMap((n) => [
      [`victims ${n}`, national([victims(n)])],
      [`decisions ${n}`, national([makeTable('decisions_due.timeliness_age', { on_time: { adult: n } })])],
      [
        `referrals ${n}`,
        national([
          makeTable(
            'referrals_sent.recipient_status',
            { police: { accepted: n } },
            { police: { accepted: 5 } },
          ),
        ]),
      ],
    ]),
  ),
  'victims none in either year': national([victims(0, 0)]),
  'referrals none in either year': national([makeTable('referrals_sent.recipient_status', {}, {})]),
  'victims up from none': national([victims(3, 0)]),
  'victims in full': national([
    makeTable(
      'victims_identified.sex_age',
      { female: { adult: 200, child: 14 }, male: { adult: 90, child: 6 }, unknown: { unknown: 4 } },
      { female: { adult: 250, child: 10 }, male: { adult: 40 } },
    ),
    makeTable('victims_identified.body_sex', {
      state: { female: 200, male: 60 },
      ngo: { female: 14, male: 40 },
    }),
    makeTable('victims_identified.exploitation_age', {
      sexual: { adult: 180, child: 10 },
      labour: { adult: 100, child: 10 },
      unknown: { unknown: 14 },
    }),
    makeTable('victims_identified.scope_sex', {
      internal: { female: 150, male: 50 },
      transnational: { female: 64, male: 50 },
    }),
    makeTable('victims_identified.nationality_sex', {
      domestic: { female: 213, male: 96 },
      foreign: { female: 1 },
    }),
    makeTable('persons_screened.sex_age', { female: { adult: 500 }, male: { adult: 101 } }),
    makeTable('persons_presumed.sex_age', { female: { adult: 320 }, male: { adult: 1 } }),
  ]),
  'one victim': national([
    makeTable('victims_identified.sex_age', { female: { child: 1 } }, { female: { child: 1 } }),
    makeTable('victims_identified.body_sex', { ngo: { female: 1 } }),
  ]),
  'hidden figures': national(
    [
      makeTable(
        'victims_identified.sex_age',
        { female: { adult: 40, child: 3 }, male: { adult: 10 } },
        { female: { adult: 60 } },
        published,
      ),
      makeTable(
        'victims_identified.nationality_sex',
        { domestic: { female: 41, male: 10 }, foreign: { female: 2 } },
        {},
        published,
      ),
    ],
    published,
  ),
  'hidden previous': national(
    [
      makeTable(
        'referrals_sent.recipient_status',
        { police: { accepted: 40 } },
        { police: { accepted: 3 } },
        published,
      ),
    ],
    published,
  ),
  'decisions in full': national([
    makeTable('decisions_due.timeliness_age', {
      on_time: { adult: 40 },
      late: { adult: 8 },
      pending: { child: 2 },
    }),
    makeTable('decisions_due.outcome_age', {
      identified: { adult: 39 },
      not_victim: { adult: 9 },
      none: { child: 2 },
    }),
    makeTable('decisions_due.median_days', { '': 4.5, adult: 4, child: 1 }),
  ]),
  'one decision, found not a victim': national([
    makeTable('decisions_due.timeliness_age', { late: { adult: 1 } }),
    makeTable('decisions_due.outcome_age', { not_victim: { adult: 1 } }),
  ]),
  'referrals in full': national([
    makeTable('referrals_sent.recipient_status', {
      police: { accepted: 300, completed: 102, declined: 60, withdrawn: 28, sent: 126 },
    }),
    makeTable('referrals_sent.recipient_timeliness', {
      police: { on_time: 402, late: 163, overdue: 23, withdrawn_unanswered: 28 },
    }),
    makeTable('referrals_sent.median_days', { '': 3.5 }),
    makeTable('referrals_sent.identity_basis_recipient', {
      consent: { police: 500 },
      child_rule: { police: 40 },
      override: { police: 1 },
      not_shared: { police: 75 },
    }),
  ]),
  'the country': national([victims(22)], { countryName: 'Azerbaijan' }),
  'a region': national([victims(22), makeTable('referrals_sent.recipient_status', { police: { sent: 2 } })], {
    scope: { kind: 'region', region: 'Ganja' },
  }),
  'an organisation': national([victims(22)], {
    scope: { kind: 'organisation', organisationId: 'o1', name: 'Clean Start' },
  }),
  'a half year': national(
    [victims(22), makeTable('decisions_due.timeliness_age', { on_time: { adult: 3 } })],
    halfYear,
  ),
  'a half year, none in either': national([victims(0, 0)], halfYear),
  'April to March': national([victims(22)], aprilToMarch),
  'US spelling': national(
    [victims(22), makeTable('victims_identified.body_sex', { state: { female: 20 }, ngo: { female: 2 } })],
    { spelling: 'american' },
  ),
  'a CTDC dataset': national([victims(22)], { source: { kind: 'ctdc', datasetId: 'd', name: 'CTDC' } }),
};
