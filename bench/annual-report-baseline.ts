/**
 * The fastest plain SQL a DBA would write for the annual report's tables, by hand and apart from
 * the engine: per table one GROUP BY GROUPING SETS query (cells, row totals, column totals,
 * total) over both years, on the same indexes. Used by bench/annual-report.ts as the baseline.
 */
const sex = `case p.gender when 'Feminine' then 'female' when 'Masculine' then 'male' when 'NonSpecifiedUnknown' then 'unknown' else 'other' end`;
const age = `case when p.child_at_identification then 'child' when p.child_at_identification = false then 'adult'
  when p.birth_year + 19 <= date_part('year', p.created_at) then 'adult'
  when p.birth_year + 17 >= date_part('year', p.created_at) then 'child' else 'unknown' end`;
const band = `case when p.age_band is null then 'unknown' when p.age_band in ('9-11','12-14','15-17') then '9-17' else p.age_band end`;
const nationality = `case when p.citizenships @> array['AZ']::text[] then 'domestic' when cardinality(p.citizenships) > 0 then 'foreign' else 'unknown' end`;
const labour = `array['ForcedLabour','ChildLabour','DomesticServitude','Servitude']::text[]`;
const exploitation = `case when e.forms is null or cardinality(e.forms) = 0 then 'unknown'
  when e.forms @> array['SexualExploitation']::text[] and e.forms && ${labour} then 'sexual_and_labour'
  when e.forms @> array['SexualExploitation']::text[] then 'sexual' when e.forms && ${labour} then 'labour' else 'other' end`;
const scope = `case when e.exploitation_countries is null or cardinality(e.exploitation_countries) = 0 then 'unknown'
  when e.exploitation_countries <@ array['AZ']::text[] then 'internal' else 'transnational' end`;
const consent = `case when exists (select 1 from consents c where c.person_id = p.id and c.withdrawn_at is null) then 'recorded' else 'none' end`;

function table(
  from: string,
  at: string,
  rows: string,
  columns: string | null,
  y: number,
  extra = '',
): string {
  const period = `case when ${at} >= '${y}-01-01' then 0 else 1 end`;
  const sets = columns ? `((period, r, c), (period, r), (period, c), (period))` : `((period, r), (period))`;
  return `select period, r, ${columns ? 'c' : 'null as c'}, count(*) ${extra ? `, ${extra}` : ''}
    from (select ${period} as period, ${rows} as r ${columns ? `, ${columns} as c` : ''} ${extra ? ', d' : ''} ${from}
          and ${at} >= '${y - 1}-01-01' and ${at} < '${y + 1}-01-01') x
    group by grouping sets ${sets}`;
}

const persons = `from persons p left join exploitations e on e.person_id = p.id where true`;

export function baselineQueries(y: number): string[] {
  const screened = (r: string, c: string) => table(persons, 'p.first_screened_at', r, c, y);
  const presumed = (r: string, c: string) => table(persons, 'p.presumed_at', r, c, y);
  const identified = (r: string, c: string) =>
    table(`${persons} and p.status = 'identified'`, 'p.identified_on', r, c, y);
  const body = `case when p.state_decided then 'state' else 'ngo' end`;
  const timeliness = `case when p.first_decided_on is not null then case when p.first_decided_on <= (p.decision_due_at at time zone 'UTC')::date then 'on_time' else 'late' end when p.decision_due_at < now() then 'late' else 'pending' end`;
  const outcome = `case when p.first_decided_on is null then 'none' when p.status = 'identified' then 'identified' else 'not_victim' end`;
  const due = (r: string, c: string | null, extra = '') =>
    table(`from persons p where true`, 'p.decision_due_at', r, c, y, extra);
  const refs = `from referrals r join organisations fo on fo.id = r.from_organisation_id join organisations tor on tor.id = r.to_organisation_id where true`;
  const response = `case when r.responded_at is not null then case when r.responded_at <= r.respond_by then 'on_time' else 'late' end when r.status = 'sent' and r.respond_by < now() then 'overdue' when r.status = 'sent' then 'pending' else 'withdrawn_unanswered' end`;
  const basis = `case when not r.share_identity then 'not_shared' when r.override_reason is not null then 'override' when r.child_rule then 'child_rule' else 'consent' end`;
  const referral = (r: string, c: string | null, extra = '') => table(refs, 'r.sent_at', r, c, y, extra);
  const medianDue = `percentile_cont(0.5) within group (order by d)`;
  return [
    screened(sex, age),
    presumed(sex, age),
    identified(sex, age),
    identified(exploitation, age),
    identified(nationality, sex),
    identified(scope, sex),
    identified(body, sex),
    identified(band, sex),
    identified(consent, age),
    due(timeliness, age),
    due(outcome, age),
    due(age, null, medianDue).replace(
      ', d from',
      `, (p.first_decided_on - (p.first_screened_at at time zone 'UTC')::date)::float8 as d from`,
    ),
    referral('fo.type', 'tor.type'),
    referral('tor.type', 'r.status'),
    referral('tor.type', response),
    referral('tor.type', null, medianDue).replace(
      ', d from',
      ', extract(epoch from (r.responded_at - r.sent_at))::float8 / 86400 as d from',
    ),
    referral(basis, 'tor.type'),
  ].map((q) => q.replace(/\n\s+/g, ' '));
}
