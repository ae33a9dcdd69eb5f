import type { CtdcExportRange, CtdcExportSource, NationalExportRecord, Person } from '@opennrm/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * The CTDC open-data export's records: one query joining persons and their exploitation, never
 * a query per person. It selects no id, code or sealed column, so nothing identifying can leave
 * here. The registration date is the first identification decision (kept on the person by the
 * triggers of migration 4), else the day the record was created (UTC) for presumed victims; the
 * year range is a range on that date, so the persons_identified_on index serves it.
 */
export function createCtdcExportSource(db: Kysely<Database>): CtdcExportSource {
  return {
    async rows(range: CtdcExportRange): Promise<NationalExportRecord[]> {
      const registered = sql<string>`coalesce(p.identified_on, (p.created_at at time zone 'UTC')::date)`;
      const statuses: Person['status'][] = range.includePresumed
        ? ['identified', 'presumed']
        : ['identified'];
      let query = db
        .selectFrom('persons as p')
        .leftJoin('exploitations as e', 'e.person_id', 'p.id')
        .select([
          sql<number>`extract(year from ${registered})::int`.as('year'),
          'p.gender',
          'p.age_band',
          'p.birth_year',
          'p.citizenships',
          'e.person_id as exploited',
          'e.forms',
          'e.industry',
          'e.sex_exploitation_types',
          'e.means_of_control',
          'e.recruiter_relationship',
          'e.exploitation_countries',
          'e.recruitment_countries',
          'e.transit_countries',
          'e.period_from',
          'e.period_to',
        ])
        .where('p.status', 'in', statuses);
      if (range.fromYear !== null)
        query = query.where(registered, '>=', sql<string>`make_date(${range.fromYear}::int, 1, 1)`);
      if (range.toYear !== null)
        query = query.where(registered, '<', sql<string>`make_date(${range.toYear + 1}::int, 1, 1)`);
      const rows = await query.execute();
      return rows.map((r) => ({
        yearOfRegistration: Number(r.year),
        gender: r.gender,
        ageBand: r.age_band,
        birthYear: r.birth_year,
        citizenships: r.citizenships,
        exploitation:
          r.exploited === null
            ? null
            : {
                forms: r.forms ?? [],
                industry: r.industry,
                sexExploitationTypes: r.sex_exploitation_types ?? [],
                meansOfControl: r.means_of_control ?? [],
                recruiterRelationship: r.recruiter_relationship,
                exploitationCountries: r.exploitation_countries ?? [],
                recruitmentCountries: r.recruitment_countries ?? [],
                transitCountries: r.transit_countries ?? [],
                periodFrom: r.period_from,
                periodTo: r.period_to,
              },
      }));
    },
  };
}
