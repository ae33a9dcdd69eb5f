import { createHash } from 'node:crypto';
import { createPerson } from '../identification/create-person.ts';
import { fromHtcds } from '../identification/htcds-person.ts';
import { recordExploitation } from '../identification/record-exploitation.ts';
import { alpha2Of } from '../support/country-codes.ts';
import { column, text, yesNo } from './column-parsers.ts';
import type { SheetDefinition } from './sheet-definition.ts';

/** The HTCDS 2.0 fields the person and exploitation records take (docs/standards/htcds.md). */
const fields = [
  'prs_FirstName',
  'prs_SecondName',
  'prs_Birthdate',
  'prs_Gender',
  'prs_Citizenship',
  'prs_MobilePhone',
  'prs_Email',
  'vic_TraffickingStatus',
  'vic_MethodOfRecruitment',
  'vic_LocationOfRecruitment',
  'vic_MethodsOfControl',
  'vic_TypeOfExploitation',
  'vic_ForcedLabourIndustry',
  'vic_LocationOfExploitation',
] as const;
const multiple = new Set([
  'prs_Citizenship',
  'vic_MethodOfRecruitment',
  'vic_MethodsOfControl',
  'vic_TypeOfExploitation',
]);
const identityFields = ['prs_FirstName', 'prs_SecondName', 'prs_Birthdate', 'prs_Gender', 'prs_Citizenship'];

const list = (value: string | undefined) =>
  (value ?? '')
    .split(';')
    .map((v) => v.trim())
    .filter(Boolean);

/**
 * IOM's HTCDS 2.0 spreadsheet as it is (field names in its hidden first row, labels in the
 * second, a case a row), for persons and their exploitation. The template has no record id, so a
 * row is known by a hash of the person's identity fields: the same file imported again changes
 * nothing. Its cas_ fields (case owner, referrals without dates) and the trafficking status (a
 * status, not a dated decision) are not read: decisions and referrals come through our sheets.
 */
export const htcdsSheet: SheetDefinition = {
  name: 'htcds',
  description: "IOM's HTCDS 2.0 spreadsheet (one case a row), for persons and their exploitation.",
  columns: [
    ...fields.map((name) =>
      column(name, text(1000), {
        required: name === 'prs_Gender',
        description: `HTCDS 2.0 ${name}${multiple.has(name) ? ', ";" between several' : ''}.`,
      }),
    ),
    column('confirm_not_duplicate', yesNo(), { description: 'yes after checking a possible duplicate.' }),
  ],
  references: [],
  recognises: (headers) => headers.includes('prs_Gender') && headers.includes('vic_TypeOfExploitation'),
  ignoresOtherColumns: true,
  skipsRow: (cells) => cells.prs_Gender?.trim() === 'Gender',
  sourceIdOf: (cells) =>
    `htcds-${createHash('sha256')
      .update(JSON.stringify(identityFields.map((f) => (cells[f] ?? '').trim().toLowerCase())))
      .digest('hex')
      .slice(0, 20)}`,
  fieldColumns: { birthYear: 'prs_Birthdate', forms: 'vic_TypeOfExploitation' },
  async write(writer, v) {
    const value = (name: string) => v[name] as string | undefined;
    const locations = (type: string, name: string) =>
      list(value(name))
        .map((c) => (c.length === 3 ? (alpha2Of(c) ?? c) : c.toUpperCase()))
        .filter((c) => /^[A-Z]{2}$/.test(c))
        .map((c) => ({ hte_Type: type, hte_Country: c }));
    const imported = fromHtcds({
      prs_FirstName: value('prs_FirstName') ?? null,
      prs_SecondName: value('prs_SecondName') ?? null,
      prs_Birthdate: value('prs_Birthdate') ?? null,
      prs_Gender: value('prs_Gender'),
      // The IOM picklists use ISO alpha-3 codes where ours are alpha-2.
      prs_Citizenship: list(value('prs_Citizenship')).map((c) =>
        c.length === 3 ? (alpha2Of(c) ?? c) : c.toUpperCase(),
      ),
      prs_MobilePhone: value('prs_MobilePhone') ?? null,
      prs_Email: value('prs_Email') ?? null,
      vic_MethodOfRecruitment: list(value('vic_MethodOfRecruitment')),
      vic_MethodsOfControl: list(value('vic_MethodsOfControl')),
      vic_TypeOfExploitation: list(value('vic_TypeOfExploitation')),
      vic_ForcedLabourIndustry: value('vic_ForcedLabourIndustry') ?? null,
      hte_TraffickingEvents: [
        ...locations('Recruitment', 'vic_LocationOfRecruitment'),
        ...locations('Exploitation', 'vic_LocationOfExploitation'),
      ],
    });
    const ctx = writer.actingFor();
    const { person } = await createPerson(ctx, {
      ...imported.person,
      confirmDuplicates: v.confirm_not_duplicate === true,
    });
    if (imported.exploitation) await recordExploitation(ctx, person.id, imported.exploitation);
    return person.id;
  },
};
