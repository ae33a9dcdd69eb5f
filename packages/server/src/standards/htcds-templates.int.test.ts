import { readFile } from 'node:fs/promises';
import { htcdsPicklists } from '@opennrm/core';
import { describeEachBackend, type TestDatabase } from '@opennrm/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { htcdsToolkit } from './htcds-toolkit.ts';

type Picklist = keyof typeof htcdsPicklists;
type Cells = Record<string, string | number | Date>;
type Expected = Record<string, unknown>;
type Report = {
  outcome: string;
  fileSha256: string;
  counts: Record<string, { created: number; unchanged: number; rejected: number }>;
  errors: { row: number | null; column: string | null; message: string }[];
  notices: { row: number | null; column: string | null; message: string }[];
};
type Exported = {
  record: Record<string, unknown>;
  traffickingEvents: Record<string, unknown>[];
  supportPlans: Record<string, unknown>[];
};

const rows = 21; // the longest picklist the export keeps: the 21 ISIC sections
const at = <T>(list: readonly T[], i: number) => list[i % list.length] as T;
const values = (field: Picklist): readonly (readonly [string, string])[] => htcdsPicklists[field];
const letters = (i: number) => String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26));
const countries: [string, string][] = [
  ['Azerbaijan', 'AZ'],
  ['Russian Federation', 'RU'],
  ['Uzbekistan', 'UZ'],
  ['Viet Nam', 'VN'],
  ['Congo, Democratic Republic of the', 'CD'],
  ['Iran (Islamic Republic of)', 'IR'],
  ['Türkiye', 'TR'],
];
/** Filled cells the import must name as not stored, by row (spreadsheet row) and field. */
const notStoredFields = [
  'cas_CaseOwner',
  'prs_Salutation',
  'prs_Title',
  'vic_TraffickingStatus',
  'vic_TraffickingStatusDecisionMakingOrg',
  'cas_Status',
  'cas_ReasonForOutgoingReferral',
  'cas_ReasonForCaseClosure',
];

/**
 * Row i of a template, by label (what a person sees), and what the export must give back for it.
 * Multi-select cells hold two labels with ";" where the template allows it.
 */
function templateRow(family: string, i: number, multi: boolean): { cells: Cells; expected: Expected } {
  const two = (field: Picklist) => {
    const picked = multi ? [at(values(field), i), at(values(field), i + 3)] : [at(values(field), i)];
    return { label: picked.map(([, l]) => l).join(';'), codes: [...new Set(picked.map(([c]) => c))] };
  };
  const year = 1975 + i;
  const birth = [
    new Date(Date.UTC(year, 2, 15)),
    Math.round((Date.UTC(year, 2, 15) - Date.UTC(1899, 11, 30)) / 86_400_000),
    `15/03/${year}`,
  ][i % 3] as Cells[string];
  const [citizenship, citizenshipCode] = at(countries, i);
  const [recruitedIn, recruitedCode] = at(countries, i + 1);
  const [exploitedIn, exploitedCode] = at(countries, i + 2);
  const recruitment = two('vic_MethodOfRecruitment');
  const control = two('vic_MethodsOfControl');
  const forms = two('vic_TypeOfExploitation');
  const [industryCode, industryLabel] = at(values('vic_ForcedLabourIndustry'), i);
  // Types of sexual exploitation go with the form (two per multi-select row: all four are met).
  const sexual = forms.codes.includes('SexualExploitation');
  const sexTypes = multi
    ? [at(values('vic_TypeOfSexExploitation'), i), at(values('vic_TypeOfSexExploitation'), i + 2)]
    : [at(values('vic_TypeOfSexExploitation'), i)];
  const cells: Cells = {
    'First Name': `Ayla${letters(i)}`,
    'Second Name': family,
    Birthdate: birth,
    Gender: at(values('prs_Gender'), i)[1],
    Citizenship: citizenship,
    Email: `a${i}@example.org`,
    'Home Phone': `+994 12 000 00 ${String(i).padStart(2, '0')}`,
    'Mobile Phone': `+994 50 000 00 ${String(i).padStart(2, '0')}`,
    'Mailing Street': `Nizami ${i}`,
    'Mailing City': 'Baku',
    'Mailing Country': 'Azerbaijan',
    'Trafficking Status': at(values('vic_TraffickingStatus'), i)[1],
    'Trafficking Status Decision Making Organization': at(
      values('vic_TraffickingStatusDecisionMakingOrg'),
      i,
    )[1],
    'Method of Recruitment': recruitment.label,
    'Location of Recruitment': recruitedIn,
    'Methods of Control': control.label,
    'Type of Exploitation': forms.label,
    'Forced Labour Industry': industryLabel,
    ...(sexual ? { 'Type of Sex Exploitation': sexTypes.map(([, l]) => l).join(';') } : {}),
    'Location of Exploitation': exploitedIn,
    ...(i === 0
      ? {
          'Case Owner': 'Rauf Mammadov',
          Salutation: 'Ms',
          Title: 'Seamstress',
          Status: 'Closed Referred',
          'Reason for Outgoing Referral': 'Additional Services Required',
          'Reason for Case Closure': 'Moved abroad',
        }
      : {}),
  };
  const expected: Expected = {
    prs_FirstName: `Ayla${letters(i)}`,
    prs_SecondName: family,
    prs_Birthdate: `${year}-03-15`,
    prs_Gender: at(values('prs_Gender'), i)[0],
    prs_Citizenship: [citizenshipCode],
    prs_Email: `a${i}@example.org`,
    prs_HomePhone: `+994 12 000 00 ${String(i).padStart(2, '0')}`,
    prs_MobilePhone: `+994 50 000 00 ${String(i).padStart(2, '0')}`,
    // OpenNRM keeps an address as one line: the parts come back joined in prs_MailingStreet.
    prs_MailingStreet: `Nizami ${i}, Baku, Azerbaijan`,
    vic_MethodOfRecruitment: recruitment.codes,
    vic_LocationOfRecruitment: [recruitedCode],
    vic_MethodsOfControl: control.codes,
    vic_TypeOfExploitation: forms.codes,
    vic_ForcedLabourIndustry: industryCode,
    vic_TypeOfSexExploitation: sexual ? sexTypes.map(([c]) => c) : [],
    vic_LocationOfExploitation: [exploitedCode],
  };
  return { cells, expected };
}

/** Fills IOM's own blank template under its label row, as a person would. */
async function fillTemplate(file: string, family: string, multi: boolean) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(htcdsToolkit(file))) as never);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  const columnOf = new Map<string, number>();
  sheet.getRow(2).eachCell((cell, col) => columnOf.set(String(cell.value).trim(), col));
  const expected: Expected[] = [];
  for (let i = 0; i < rows; i++) {
    const row = templateRow(family, i, multi);
    for (const [label, value] of Object.entries(row.cells)) {
      const col = columnOf.get(label);
      if (!col) throw new Error(`The template has no column labelled ${label}`);
      sheet.getRow(3 + i).getCell(col).value = value;
    }
    expected.push(row.expected);
  }
  return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), expected };
}

/** A Kobo/ODK CSV export of IOM's XLSForm: its field names, choice codes, spaces between choices. */
async function koboExport(family: string) {
  const form = new ExcelJS.Workbook();
  await form.xlsx.load((await readFile(htcdsToolkit('htcds_xlsform.xlsx'))) as never);
  const names: string[] = [];
  form.getWorksheet('survey')?.eachRow((row, n) => {
    const name = String(row.getCell(2).value ?? '');
    if (n > 1 && name && !['start', 'end', '__version__'].includes(name)) names.push(name);
  });
  const expected: Expected[] = [];
  const lines = [[...names, '_uuid'].join(',')];
  for (let i = 0; i < rows; i++) {
    const { expected: e } = templateRow(family, i, true);
    const code = (field: Picklist, k = 0) => at(values(field), i + k)[0];
    const cell: Record<string, string> = {
      con_Consent: 'TRUE',
      prs_First_Name: e.prs_FirstName as string,
      prs_Second_Name: family,
      prs_Birthdate: e.prs_Birthdate as string,
      prs_Gender: code('prs_Gender'),
      prs_Citizenship: (e.prs_Citizenship as string[])[0] as string,
      prs_Email: e.prs_Email as string,
      prs_HomePhone: e.prs_HomePhone as string,
      prs_MobilePhone: e.prs_MobilePhone as string,
      prs_MailingStreet: `Nizami ${i}`,
      prs_MailingCity: 'Baku',
      prs_MailingCountry: 'AZ',
      vic_MethodOfRecruitment: `${code('vic_MethodOfRecruitment')} ${code('vic_MethodOfRecruitment', 3)}`,
      vic_LocationOfRecruitment: (e.vic_LocationOfRecruitment as string[])[0] as string,
      vic_TraffickingStatus: code('vic_TraffickingStatus'),
      vic_Methods_of_Control: `${code('vic_MethodsOfControl')} ${code('vic_MethodsOfControl', 3)}`,
      vic_TypeOfExploitation: `${code('vic_TypeOfExploitation')} ${code('vic_TypeOfExploitation', 3)}`,
      vic_ForcedLabourIndustry: code('vic_ForcedLabourIndustry'),
      vic_TypeOfSexExploitation: (e.vic_TypeOfSexExploitation as string[]).join(' '),
      vic_LocationOfExploitation: (e.vic_LocationOfExploitation as string[])[0] as string,
    };
    lines.push([...names.map((n) => cell[n] ?? ''), `uuid-${family}-${i}`].join(','));
    expected.push({ ...e, prs_MailingStreet: `Nizami ${i}, Baku, AZ` });
  }
  return { bytes: Buffer.from(`${lines.join('\n')}\n`), expected };
}

/**
 * IOM's three HTCDS templates and the XLSForm's export, filled with rows covering every value of
 * the picklists OpenNRM keeps, go through the historic import's dry run and run, and come back
 * out of the HTCDS export field by field; what OpenNRM does not keep is named in the notices.
 */
describeEachBackend('HTCDS templates in and out', (open) => {
  let database: TestDatabase;
  let t: TestApp;
  let admin: Record<string, string>;
  let police: Record<string, string>;

  beforeAll(async () => {
    database = await open();
    t = await createTestApp(database, { maxBodyBytes: 8 * 1024 * 1024 });
    admin = await t.signInAs('system_administrator');
    police = await t.signInAs('investigator');
  }, 120_000);
  afterAll(() => database.close());

  const upload = (fileName: string, bytes: Buffer) => ({
    organisationId: t.organisations.police.id,
    fileName,
    contentBase64: bytes.toString('base64'),
  });
  async function importFile(fileName: string, bytes: Buffer): Promise<Report> {
    const check = (await (
      await t.request('POST', '/api/historic-imports/check', {
        headers: admin,
        body: upload(fileName, bytes),
      })
    ).json()) as Report;
    expect(check.errors).toEqual([]);
    const run = await t.request('POST', '/api/historic-imports', {
      headers: admin,
      body: { ...upload(fileName, bytes), expectedSha256: check.fileSha256 },
    });
    expect(run.status).toBe(200);
    return (await run.json()) as Report;
  }
  async function exportedByName(): Promise<Map<string, Exported>> {
    const list = (await (await t.request('GET', '/api/persons?limit=200', { headers: police })).json()) as {
      persons: { id: string }[];
    };
    const out = new Map<string, Exported>();
    for (const p of list.persons) {
      const e = (await (
        await t.request('GET', `/api/persons/${p.id}/htcds`, { headers: police })
      ).json()) as Exported;
      out.set(`${e.record.prs_FirstName} ${e.record.prs_SecondName}`, e);
    }
    return out;
  }

  const templates = [
    { file: 'HTCDS Excel Spreadsheet v2.0.xlsx', family: 'Plainova', multi: false },
    {
      file: 'HTCDS Excel Spreadsheet single select with validation v2.0.xlsx',
      family: 'Singleva',
      multi: false,
    },
    {
      file: 'HTCDS Excel Spreadsheet multi select with validation v2.0.xlsm',
      family: 'Multieva',
      multi: true,
    },
  ];

  it('imports each template as it is, names every cell it does not keep, and exports it back field by field', async () => {
    const expected = new Map<string, Expected>();
    for (const { file, family, multi } of templates) {
      const filled = await fillTemplate(file, family, multi);
      const fileName = file.endsWith('.xlsm') ? 'cases.xlsm' : 'cases.xlsx';
      const report = await importFile(fileName, filled.bytes);
      expect(report).toMatchObject({
        outcome: 'imported',
        counts: { htcds: { created: rows, rejected: 0 } },
      });
      // Row 3 (the first case) filled every field OpenNRM does not keep: each is named there.
      expect(
        report.notices
          .filter((n) => n.row === 3)
          .map((n) => n.column)
          .sort(),
      ).toEqual([...notStoredFields].sort());
      expect(report.notices.every((n) => n.row !== null && n.column && /^Not stored: /.test(n.message))).toBe(
        true,
      );
      for (const [k, e] of filled.expected.entries())
        expected.set(`${e.prs_FirstName} ${family}`, filled.expected[k] as Expected);
      // The same file again changes nothing.
      const again = (await (
        await t.request('POST', '/api/historic-imports', {
          headers: admin,
          body: { ...upload(fileName, filled.bytes), expectedSha256: report.fileSha256 },
        })
      ).json()) as Report;
      expect(again.counts.htcds).toEqual({ created: 0, unchanged: rows, rejected: 0 });
    }
    const kobo = await koboExport('Kobova');
    const report = await importFile('htcds-kobo-export.csv', kobo.bytes);
    expect(report.counts.htcds).toMatchObject({ created: rows, rejected: 0 });
    expect([...new Set(report.notices.map((n) => n.column))].sort()).toEqual([
      'con_Consent',
      'vic_TraffickingStatus',
    ]);
    for (const e of kobo.expected) expected.set(`${e.prs_FirstName} Kobova`, e);

    const exported = await exportedByName();
    const lost: string[] = [];
    for (const [name, want] of expected) {
      const got = exported.get(name);
      if (!got) {
        lost.push(`${name}: not imported`);
        continue;
      }
      for (const [field, value] of Object.entries(want))
        if (JSON.stringify(got.record[field]) !== JSON.stringify(value))
          lost.push(
            `${name} ${field}: sent ${JSON.stringify(value)}, got ${JSON.stringify(got.record[field])}`,
          );
    }
    expect(lost).toEqual([]);
  });

  it('exports, imports the export and exports again without a difference', async () => {
    const exported = [...(await exportedByName()).values()].filter(
      (e) => e.record.prs_SecondName === 'Multieva',
    );
    expect(exported).toHaveLength(rows);
    for (const first of exported) {
      const record = { ...first.record, prs_SecondName: 'Roundtripova' };
      const imported = await t.request('POST', '/api/persons/htcds', {
        headers: police,
        body: { record, traffickingEvents: first.traffickingEvents, confirmDuplicates: true },
      });
      expect(imported.status).toBe(201);
      const { person } = (await imported.json()) as { person: { id: string } };
      const again = (await (
        await t.request('GET', `/api/persons/${person.id}/htcds`, { headers: police })
      ).json()) as Exported;
      expect(again).toEqual({ ...first, record });
    }
  });
  it("writes the consent and referral fields from OpenNRM's consents and referrals, each body its own, and names them when read back", async () => {
    const ngo = await t.signInAs('case_worker');
    const today = new Date().toISOString().slice(0, 10);
    const created = await t.request('POST', '/api/persons/htcds', {
      headers: ngo,
      body: { record: { prs_FirstName: 'Nigar', prs_SecondName: 'Referralova', prs_Gender: 'Feminine' } },
    });
    const { person } = (await created.json()) as { person: { id: string } };
    const exportAs = async (headers: Record<string, string>) =>
      ((await (await t.request('GET', `/api/persons/${person.id}/htcds`, { headers })).json()) as Exported)
        .record;
    expect(await exportAs(ngo)).toMatchObject({ con_Consent: null, cas_ReferredOrganisation: null });

    const policeOrg = t.organisations.police;
    const consent = await t.request('POST', `/api/persons/${person.id}/consents`, {
      headers: ngo,
      body: {
        purposes: ['share_identity'],
        organisationIds: [policeOrg.id],
        means: 'written',
        givenOn: today,
      },
    });
    expect(consent.status).toBe(201);
    const sent = await t.request('POST', `/api/persons/${person.id}/referrals`, {
      headers: ngo,
      body: { toOrganisationId: policeOrg.id, services: ['investigation'], shareIdentity: true },
    });
    expect(sent.status).toBe(201);
    const { referral } = (await sent.json()) as { referral: { id: string } };
    await t.request('POST', `/api/referrals/${referral.id}/accept`, { headers: police, body: {} });
    const onward = await t.request('POST', `/api/persons/${person.id}/referrals`, {
      headers: police,
      body: {
        toOrganisationId: t.organisations.victim_assistance_centre.id,
        services: ['shelter'],
        shareIdentity: false,
      },
    });
    expect(onward.status).toBe(201);

    const delivered = await t.request('POST', `/api/persons/${person.id}/services`, {
      headers: ngo,
      body: { serviceType: 'psychological', deliveredOn: today, outcome: 'completed' },
    });
    expect(delivered.status).toBe(201);

    // Each body writes the referrals it sent or received: its own case, as HTCDS sees one.
    const full = (await (
      await t.request('GET', `/api/persons/${person.id}/htcds`, { headers: ngo })
    ).json()) as Exported;
    expect(full.supportPlans).toEqual([{ spl_Type: 'Health', spl_ActualEndDate: today }]);
    const byNgo = full.record;
    expect(byNgo).toMatchObject({
      con_Consent: true,
      cas_ReferringOrganisation: null,
      cas_ReferredOrganisation: policeOrg.name,
      cas_OutgoingReferralDate: today,
      cas_ReasonForOutgoingReferral: 'AdditionalServicesRequired',
    });
    expect(await exportAs(police)).toMatchObject({
      con_Consent: true,
      cas_ReferringOrganisation: t.organisations.ngo.name,
      cas_IncomingReferralDate: today,
      cas_ReasonForIncomingReferral: 'AdditionalServicesRequired',
      cas_ReferredOrganisation: t.organisations.victim_assistance_centre.name,
      cas_OutgoingReferralDate: today,
    });
    // Read back, they are named as not kept, never turned into a consent or a referral.
    const again = await t.request('POST', '/api/persons/htcds', {
      headers: ngo,
      body: {
        record: { ...byNgo, prs_SecondName: 'Referralova-again' },
        supportPlans: full.supportPlans,
      },
    });
    expect(
      ((await again.json()) as { notStored: { field: string }[] }).notStored.map((n) => n.field),
    ).toEqual([
      'supportPlans[0].spl_Type',
      'supportPlans[0].spl_ActualEndDate',
      'con_Consent',
      'vic_TraffickingStatus',
      'cas_ReferredOrganisation',
      'cas_ReasonForOutgoingReferral',
      'cas_OutgoingReferralDate',
    ]);
  });
});
