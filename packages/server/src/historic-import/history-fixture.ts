import ExcelJS from 'exceljs';

type Row = Record<string, string>;

/**
 * The seed report's history (TIP 2015, Azerbaijan) as the import template's rows: in 2013, 40
 * sex and 16 labour trafficking victims certified; in 2014, 50 women and one girl (sex
 * trafficking) and three foreign men (labour, in Azerbaijan), 35 of the women and the three men
 * referred to the MIA shelter, 36 of the 54 to NGOs and 51 to the Victim Assistance Center.
 */
export function seedHistory(recipients: { shelter: string; ngo: string; vac: string }) {
  const persons: Row[] = [];
  const exploitation: Row[] = [];
  const decisions: Row[] = [];
  const referrals: Row[] = [];
  const day = (year: number, i: number) =>
    `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
  const add = (id: string, year: number, i: number, person: Row, forms: string, countries: string) => {
    persons.push({ source_id: id, ...person });
    exploitation.push({
      source_id: `E-${id}`,
      person_source_id: id,
      forms,
      exploitation_countries: countries,
    });
    decisions.push({
      source_id: `D-${id}`,
      person_source_id: id,
      outcome: 'identified',
      decided_on: day(year, i),
      grounds: 'Certified by the Anti-Trafficking Department.',
    });
  };
  for (let i = 0; i < 40; i++)
    add(
      `P13-S${i}`,
      2013,
      i,
      { sex: 'Feminine', birth_year: '1986', citizenships: 'AZ' },
      'SexualExploitation',
      'TR',
    );
  for (let i = 0; i < 16; i++)
    add(
      `P13-L${i}`,
      2013,
      i,
      { sex: 'Masculine', birth_year: '1979', citizenships: 'AZ' },
      'ForcedLabour',
      'RU',
    );
  for (let i = 0; i < 50; i++)
    add(
      `P14-W${i}`,
      2014,
      i,
      { sex: 'Feminine', birth_year: '1990', citizenships: 'AZ' },
      'SexualExploitation',
      'AE',
    );
  add(
    'P14-G0',
    2014,
    3,
    { sex: 'Feminine', birth_year: '1998', child_at_identification: 'yes', citizenships: 'AZ' },
    'SexualExploitation',
    'AZ',
  );
  for (let i = 0; i < 3; i++)
    add(
      `P14-M${i}`,
      2014,
      i,
      { sex: 'Masculine', birth_year: '1984', citizenships: 'UZ' },
      'ForcedLabour',
      'AZ',
    );
  const victims2014 = [
    ...Array.from({ length: 50 }, (_, i) => `P14-W${i}`),
    'P14-G0',
    'P14-M0',
    'P14-M1',
    'P14-M2',
  ];
  const refer = (id: string, to: string, services: string, i: number) =>
    referrals.push({
      source_id: `R-${to}-${id}`,
      person_source_id: id,
      recipient: to,
      services,
      sent_on: day(2014, i),
      response: 'accepted',
      responded_on: day(2014, i),
    });
  victims2014.forEach((id, i) => {
    if (i < 35 || id.startsWith('P14-M'))
      refer(id, recipients.shelter, 'shelter;legal;medical;psychological', i);
    if (i < 36) refer(id, recipients.ngo, 'psychological;vocational_training', i);
    if (i < 51) refer(id, recipients.vac, 'financial_allowance;job_placement', i);
  });
  return { persons, exploitation, decisions, referrals };
}

/** The rows as a workbook like the template (header in row 1), plus a code list sheet to ignore. */
export async function historyWorkbook(sheets: Record<string, Row[]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('about').getCell(1, 1).value = 'OpenNRM historic import';
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = workbook.addWorksheet(name);
    const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    ws.addRow(headers);
    for (const row of rows) ws.addRow(headers.map((h) => row[h] ?? null));
  }
  workbook.addWorksheet('sexes').addRow(['code', 'label']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
