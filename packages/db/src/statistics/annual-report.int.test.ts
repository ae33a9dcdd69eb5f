import { buildAnnualReport, type Organisation, type Report } from '@opennrm/core';
import { actAs, addOrganisation, attackPublishedReport, createTestDeps } from '@opennrm/core/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../create-store.ts';
import { describeEachBackend } from '../testing/index.ts';
import type { TestDatabase } from '../testing/test-database.ts';
import { type Counted, countFacts, countWhere } from './brute-force-counts.ts';
import { type ScenarioRecord, seedScenario } from './statistics-scenario.ts';

describeEachBackend('annual report over the records', (open) => {
  let database: TestDatabase;
  let deps: ReturnType<typeof createTestDeps>;
  let organisations: Organisation[];
  let records: ScenarioRecord[];
  let coordinator: Organisation;
  let facts: Record<string, Counted[]>;

  beforeAll(async () => {
    database = await open();
    deps = createTestDeps(createStore(database.db));
    organisations = [
      await addOrganisation(deps, 'police', 'Anti-Trafficking Department'),
      await addOrganisation(deps, 'ngo', 'Clean World'),
      await addOrganisation(deps, 'shelter', 'State shelter'),
      await addOrganisation(deps, 'migration_service', 'State Migration Service'),
    ];
    coordinator = await addOrganisation(deps, 'coordinator', 'National Coordinator');
    records = await seedScenario(deps.store, organisations, 260, 2015);
    facts = countFacts(records, organisations, 'AZ', deps.clock.now());
  }, 120_000);
  afterAll(() => database.close());

  const report = (input: Parameters<typeof buildAnnualReport>[1]) =>
    buildAnnualReport(actAs(deps, coordinator, ['national_coordinator']), input);

  /** Every cell, margin and total of the count tables of both periods against the count by hand. */
  function expectCountedByHand(built: Report, counted: Record<string, Counted[]>): number {
    let checked = 0;
    for (const table of built.tables.filter((t) => t.measure.kind === 'count')) {
      for (const [period, range] of [
        ['current', built.period],
        ['previous', built.previousPeriod],
      ] as const) {
        const figures = table[period];
        const count = (where: Record<string, string>) =>
          countWhere(counted[table.fact]!, range.from, range.to, where);
        const r = table.rowDimension.code;
        const c = table.columnDimension?.code;
        expect(figures.total.value, `${table.key} ${period} total`).toBe(count({}));
        table.rows.forEach((row, i) => {
          expect(figures.rowTotals[i]!.value, `${table.key} ${period} ${row.code}`).toBe(
            count({ [r]: row.code }),
          );
          table.columns.forEach((column, j) => {
            expect(figures.cells[i]![j]!.value).toBe(count({ [r]: row.code, [c!]: column.code }));
            checked++;
          });
        });
        // Rows and columns add up to the total.
        expect(figures.rowTotals.reduce((a, x) => a + x.value!, 0)).toBe(figures.total.value);
      }
    }
    return checked;
  }

  it('computes every count table of both years exactly as the core definitions count the records', async () => {
    const built = await report({ year: 2014 });
    expect(built.period).toEqual({ from: '2014-01-01', to: '2015-01-01', label: '2014' });
    expect(built.previousPeriod.label).toBe('2013');
    expect(expectCountedByHand(built, facts)).toBeGreaterThan(100);
    expect(
      built.tables.find((t) => t.key === 'victims_identified.sex_age')!.current.total.value,
    ).toBeGreaterThan(20);
    // The scenario holds the cases the definitions decide differently from the old rules.
    const yearEnd = (c: Counted) => `${Number(c.day.slice(0, 4)) + 1}-01-01`;
    const byId = new Map(records.map((r) => [r.person.id, r]));
    const foreignExploitedHere = facts.victims_identified!.filter((c) => {
      const r = byId.get(c.recordId)!;
      return (
        c.values('2015-01-01').nationality === 'foreign' &&
        r.exploitation?.exploitationCountries.join() === 'AZ' &&
        r.exploitation.recruitmentCountries.length === 0 &&
        r.exploitation.transitCountries.length === 0
      );
    });
    expect(foreignExploitedHere.length).toBeGreaterThan(0);
    for (const c of foreignExploitedHere)
      expect(c.values('2015-01-01').trafficking_scope).toBe('transnational');
    // Consent withdrawn after the year still counts in it; a state decision of a later year does
    // not: some identified persons stand differently at their year's end than today.
    const changed = (dimension: string) =>
      facts.victims_identified!.filter(
        (c) => c.values(yearEnd(c))[dimension] !== c.values('2099-01-01')[dimension],
      );
    expect(changed('consent').length).toBeGreaterThan(0);
    expect(changed('identifying_body').length).toBeGreaterThan(0);
  });

  it('counts the same with costly dimensions in statements of their own (parallel workers on)', async () => {
    const separate = createTestDeps(createStore(database.db, { reportParallelWorkers: true }));
    const built = await buildAnnualReport(actAs(separate, coordinator, ['national_coordinator']), {
      year: 2014,
    });
    expect(expectCountedByHand(built, facts)).toBeGreaterThan(100);
    expect(built.tables).toEqual((await report({ year: 2014 })).tables);
  });

  it('computes medians of days from sending to answer like percentile_cont over the records by hand', async () => {
    const built = await report({ year: 2014 });
    const table = built.tables.find((t) => t.key === 'referrals_sent.median_days')!;
    // Days between the day sent and the day answered (the days they happened, not the clock).
    const days = records
      .flatMap((r) => r.referrals)
      .filter((ref) => ref.respondedOn && ref.sentOn >= '2014-01-01' && ref.sentOn < '2015-01-01')
      .map((ref) => (Date.parse(ref.respondedOn!) - Date.parse(ref.sentOn)) / 86_400_000)
      .sort((a, b) => a - b);
    const mid = (days.length - 1) / 2;
    const median = (days[Math.floor(mid)]! + days[Math.ceil(mid)]!) / 2;
    expect(table.current.total.value).toBe(Math.round(median * 10) / 10);
  });

  it('totals a numeric value per cell and margin with the records behind each (the sum measure)', async () => {
    const answered = records
      .flatMap((r) => r.referrals)
      .filter((ref) => ref.respondedOn && ref.sentOn >= '2014-01-01' && ref.sentOn < '2015-01-01');
    const days = (ref: (typeof answered)[number]) =>
      (Date.parse(ref.respondedOn!) - Date.parse(ref.sentOn)) / 86_400_000;
    const rows = await deps.store.statistics.aggregate({
      fact: 'referrals_sent',
      source: { kind: 'national' },
      periods: [{ from: '2014-01-01', to: '2015-01-01' }],
      timeZone: 'UTC',
      scope: { kind: 'national' },
      countryCode: 'AZ',
      groupings: [['recipient_type'], []],
      medians: [],
      sums: ['days_to_answer'],
      asOf: deps.clock.now(),
    });
    const total = rows.find((row) => row.grouping === 1)!;
    expect(total.sums).toEqual({ days_to_answer: answered.reduce((a, ref) => a + days(ref), 0) });
    expect(total.sumCounts).toEqual({ days_to_answer: answered.length });
    const byType = rows.filter((row) => row.grouping === 0);
    expect(byType.length).toBeGreaterThan(1);
    const recipientType = new Map(organisations.map((o) => [o.id, o.type]));
    for (const row of byType) {
      const mine = answered.filter(
        (ref) => recipientType.get(ref.toOrganisationId) === row.values.recipient_type,
      );
      expect(row.sums?.days_to_answer ?? 0).toBe(mine.reduce((a, ref) => a + days(ref), 0));
      expect(row.sumCounts?.days_to_answer).toBe(mine.length);
    }
  });

  it('limits an organisation scope to the records that organisation owns', async () => {
    const ngo = organisations[1]!;
    const built = await report({ year: 2014, scope: 'organisation', organisationId: ngo.id });
    const owned = new Set(records.filter((r) => r.person.organisationId === ngo.id).map((r) => r.person.id));
    const expected = countWhere(
      facts.victims_identified!.filter((c) => owned.has(c.recordId)),
      '2014-01-01',
      '2015-01-01',
      {},
    );
    expect(built.tables.find((t) => t.key === 'victims_identified.sex_age')!.current.total.value).toBe(
      expected,
    );
    // A case worker of that NGO gets the same figures and cannot ask for the nation's.
    const worker = actAs(deps, ngo, ['case_worker']);
    const own = await buildAnnualReport(worker, { year: 2014 });
    expect(own.scope).toEqual({ kind: 'organisation', organisationId: ngo.id, name: 'Clean World' });
    expect(own.tables.find((t) => t.key === 'victims_identified.sex_age')!.current.total.value).toBe(
      expected,
    );
    await expect(buildAnnualReport(worker, { year: 2014, scope: 'national' })).rejects.toThrow(
      /organisation’s figures only/,
    );
  });

  it('drafts a narrative in three languages whose every number is its table cell', async () => {
    for (const view of ['internal', 'published'] as const) {
      for (const locale of ['en', 'az', 'ru'] as const) {
        const built = await report({ year: 2014, view, locale });
        const figures = built.narrative.flatMap((p) => p.figures);
        expect(figures.length, `${view} ${locale}`).toBeGreaterThan(5);
        for (const figure of figures) {
          const table = built.tables.find((t) => t.key === figure.table)!;
          const f = table[figure.period];
          const r = figure.row === null ? -1 : table.rows.findIndex((x) => x.code === figure.row);
          const c = figure.column === null ? -1 : table.columns.findIndex((x) => x.code === figure.column);
          const cell =
            r < 0 ? (c < 0 ? f.total : f.columnTotals[c]!) : c < 0 ? f.rowTotals[r]! : f.cells[r]![c]!;
          expect(figure.value, `${locale} ${figure.table} ${figure.row} ${figure.column}`).toBe(cell.value);
          // What the text says is in the paragraph that carries the figure.
          expect(
            built.narrative.some((p) => p.figures.includes(figure) && p.text.includes(figure.text)),
          ).toBe(true);
        }
      }
    }
  });

  it("places records by their local day in the country's time zone and April-March years", async () => {
    const settings = { suppressionThreshold: 5, exportK: 11, yearStartMonth: 4, timeZone: 'Asia/Baku' };
    await deps.store.configuration.set('statistics', settings, deps.clock.now());
    try {
      const built = await report({ year: 2014 });
      expect(built.period).toEqual({
        from: '2014-04-01',
        to: '2015-04-01',
        label: 'April 2014 – March 2015',
      });
      expect(built.previousPeriod.label).toBe('April 2013 – March 2014');
      const baku = countFacts(records, organisations, 'AZ', deps.clock.now(), 'Asia/Baku');
      expect(expectCountedByHand(built, baku)).toBeGreaterThan(100);
      // Some screening moved across the start of a period by the four hours of Baku.
      const moved = records.filter((r) => {
        const at = r.person.firstScreenedAt!;
        return (
          at.toISOString().slice(0, 10) !==
          baku.persons_screened!.find((c) => c.recordId === r.person.id)!.day
        );
      });
      expect(moved.length).toBeGreaterThan(0);
      // The published view takes whole reporting years only.
      await expect(report({ from: '2014-01-01', to: '2014-06-30', view: 'published' })).rejects.toThrow(
        /whole reporting years/,
      );
    } finally {
      await deps.store.configuration.set('statistics', {}, deps.clock.now());
    }
  });

  describe('published view', () => {
    let published: Report;
    beforeAll(async () => {
      published = await report({ year: 2014, view: 'published' });
    });

    it('hides every count from 1 to 4 and leaves each a range from 0 to 5 more to an attacker', async () => {
      let hidden = 0;
      for (const table of published.tables.filter((t) => t.measure.kind === 'count')) {
        for (const period of ['current', 'previous'] as const) {
          const f = table[period];
          for (const cell of [...f.cells.flat(), ...f.rowTotals, ...f.columnTotals, f.total]) {
            if (cell.value !== null) expect(cell.value === 0 || cell.value >= 5, table.key).toBe(true);
            if (cell.suppressed) hidden++;
          }
        }
      }
      expect(hidden).toBeGreaterThan(0);
      // An independent attacker (HiGHS over the full cross-classification of each fact).
      const exact = await report({ year: 2014 });
      const findings = await attackPublishedReport(published.tables, exact.tables);
      for (const f of findings.filter((x) => x.value > 0 && x.value < 5)) {
        const where = `${f.table} ${f.period} ${f.row}/${f.column} = ${f.value}`;
        expect(f.low, where).toBe(0);
        expect(f.high, where).toBeGreaterThanOrEqual(f.value + 5);
      }
    });

    it('gives one table (a CSV download) exactly as it stands in the whole published report', async () => {
      for (const key of ['victims_identified.nationality_sex', 'referrals_sent.median_days']) {
        const alone = await report({ year: 2014, view: 'published', forTable: key });
        expect(alone.tables.find((t) => t.key === key)).toEqual(published.tables.find((t) => t.key === key));
        expect(alone.narrative).toEqual([]);
      }
    });

    it('hides a margin in every table of a fact once any of them hides it', () => {
      for (const period of ['current', 'previous'] as const) {
        const margins = new Map<string, boolean>();
        for (const table of published.tables.filter((t) => t.measure.kind === 'count')) {
          const f = table[period];
          const note = (key: string, cell: { suppressed: boolean }) => {
            const k = `${table.fact}|${key}`;
            const isHidden = cell.suppressed;
            if (margins.has(k)) expect(margins.get(k), `${k} in ${table.key}`).toBe(isHidden);
            else margins.set(k, isHidden);
          };
          note('*', f.total);
          for (const [i, row] of table.rows.entries())
            note(`${table.rowDimension.code}=${row.code}`, f.rowTotals[i]!);
          for (const [j, col] of table.columns.entries()) {
            note(`${table.columnDimension!.code}=${col.code}`, f.columnTotals[j]!);
          }
        }
      }
    });
  });

  // Last: it changes the records. victims_identified reads each person's dimensions as kept by
  // triggers (person_report_dimensions, migration 33); corrections made later must keep them.
  it("keeps the identified victims' figures right when a person's sex, citizenship or exploitation is corrected", async () => {
    const identified = records.filter((r) => r.person.status === 'identified');
    for (const [i, r] of identified.entries()) {
      if (i % 3 === 0) {
        r.person.gender = r.person.gender === 'Feminine' ? 'Masculine' : 'Feminine';
        r.person.citizenships = i % 2 === 0 ? ['AZ'] : ['UZ', 'GE'];
        await sql`update persons set gender = ${r.person.gender}, citizenships = ${r.person.citizenships}::text[]
          where id = ${r.person.id}`.execute(database.db);
      }
      if (i % 4 === 1 && r.exploitation) {
        r.exploitation.forms = i % 8 === 1 ? ['SexualExploitation', 'ForcedLabour'] : ['ForcedBegging'];
        r.exploitation.exploitationCountries = i % 8 === 1 ? ['AZ'] : ['RU'];
        r.exploitation.recruitmentCountries = [];
        r.exploitation.transitCountries = i % 8 === 1 ? [] : ['GE'];
        await sql`update exploitations set forms = ${r.exploitation.forms}::text[],
            exploitation_countries = ${r.exploitation.exploitationCountries}::text[],
            recruitment_countries = '{}', transit_countries = ${r.exploitation.transitCountries}::text[]
          where person_id = ${r.person.id}`.execute(database.db);
      }
      if (i % 5 === 2 && r.exploitation) {
        r.exploitation = null;
        await sql`delete from exploitations where person_id = ${r.person.id}`.execute(database.db);
      }
    }
    const corrected = countFacts(records, organisations, 'AZ', deps.clock.now());
    const built = await report({ year: 2014, forTable: 'victims_identified.sex_age' });
    expect(built.tables.every((t) => t.fact === 'victims_identified')).toBe(true);
    expect(expectCountedByHand(built, corrected)).toBeGreaterThan(50);
  });
});
