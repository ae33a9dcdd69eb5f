import { createHash } from 'node:crypto';
import { createPerson } from '../identification/create-person.ts';
import { htcdsFieldOf, htcdsFieldOfLabel, htcdsTemplateFields } from '../identification/htcds-fields.ts';
import { fromHtcds } from '../identification/htcds-person.ts';
import type { HtcdsPicklistField } from '../identification/htcds-standard.ts';
import {
  type Read,
  readCountries,
  readDate,
  readLanguage,
  readPicklist,
  readPicklistMany,
  readYesNo,
} from '../identification/htcds-values.ts';
import { recordExploitation } from '../identification/record-exploitation.ts';
import { invalid } from '../support/errors.ts';
import { column, text, yesNo } from './column-parsers.ts';
import type { ImportSheet } from './import-report.ts';
import type { ColumnDefinition, SheetDefinition } from './sheet-definition.ts';

/** Dates like 03/04/1998 are read day first, as written in Azerbaijan and Russia. */
const dateOrder = 'dmy';

const picklist = (field: HtcdsPicklistField) => (t: string) => readPicklist(field, t);
const picklistMany = (field: HtcdsPicklistField) => (t: string) => readPicklistMany(field, t);
const date = (t: string) => readDate(t, dateOrder);

/** How each field's cell is checked: the same readers the JSON import uses. */
const readers: Record<string, (text: string) => Read<unknown>> = {
  con_Consent: readYesNo,
  prs_Birthdate: date,
  prs_Gender: picklist('prs_Gender'),
  prs_Citizenship: readCountries,
  prs_MailingCountry: readCountries,
  prs_PrimaryLanguage: readLanguage,
  prs_SecondaryLanguage: readLanguage,
  vic_TraffickingStatus: picklist('vic_TraffickingStatus'),
  vic_TraffickingStatusDecisionMakingOrg: picklist('vic_TraffickingStatusDecisionMakingOrg'),
  vic_RelationshipToTrafficker: picklist('vic_RelationshipToTrafficker'),
  vic_MethodOfRecruitment: picklistMany('vic_MethodOfRecruitment'),
  vic_LocationOfRecruitment: readCountries,
  vic_MethodsOfControl: picklistMany('vic_MethodsOfControl'),
  vic_TypeOfExploitation: picklistMany('vic_TypeOfExploitation'),
  vic_ForcedLabourIndustry: picklist('vic_ForcedLabourIndustry'),
  vic_TypeOfSexExploitation: picklistMany('vic_TypeOfSexExploitation'),
  vic_LocationOfExploitation: readCountries,
  cas_Status: picklist('cas_Status'),
  cas_IncomingReferralDate: date,
  cas_OutgoingReferralDate: date,
  cas_ReasonForIncomingReferral: picklist('cas_ReasonForIncomingReferral'),
  cas_ReasonForOutgoingReferral: picklist('cas_ReasonForOutgoingReferral'),
};

const multiple = new Set([
  'prs_Citizenship',
  'vic_MethodOfRecruitment',
  'vic_MethodsOfControl',
  'vic_TypeOfExploitation',
  'vic_TypeOfSexExploitation',
  'vic_LocationOfRecruitment',
  'vic_LocationOfExploitation',
]);

function fieldColumn([name, label]: readonly [string, string]): ColumnDefinition {
  const read = readers[name];
  return column(
    name,
    read
      ? (value: string) => {
          const r = read(value);
          return r.ok ? { ok: true, value } : r;
        }
      : text(1000),
    { description: `HTCDS 2.0 ${name} ("${label}")${multiple.has(name) ? ', ";" between several' : ''}.` },
  );
}

/** Form ids of Kobo/ODK exports: the source's own case id, when the file has one. */
const sourceIdColumns = ['_uuid', 'meta/instanceID', 'instanceID', 'KEY', '_id'];
const identityFields = ['prs_FirstName', 'prs_SecondName', 'prs_Birthdate', 'prs_Gender', 'prs_Citizenship'];

/**
 * Puts the file's columns under the standard's names. In IOM's templates the visible label row
 * is what people filled under, and the hidden name row disagrees with it for the mailing address
 * (names in another order) and has no name for "Reason for Outgoing Referral": labels win.
 * Kobo's one-column-per-choice export of a multi-select is folded back into one ";" cell.
 */
export function normaliseHtcdsSheet(sheet: ImportSheet): ImportSheet {
  const labelRow = sheet.rows.find(({ cells }) => Object.values(cells).some((v) => v.trim() === 'Gender'));
  const fieldOf = new Map<string, string>();
  for (const header of sheet.headers) {
    const label = labelRow?.cells[header]?.trim();
    const field = (label ? htcdsFieldOfLabel(label) : null) ?? htcdsFieldOf(header);
    if (field) fieldOf.set(header, field);
  }
  const rename = (cells: Record<string, string>) => {
    const out: Record<string, string> = {};
    for (const [header, value] of Object.entries(cells)) {
      const field = fieldOf.get(header);
      const slash = header.lastIndexOf('/');
      const parent = !field && slash > 0 ? htcdsFieldOf(header.slice(0, slash)) : null;
      if (field) out[field] = value;
      else if (parent) {
        if (/^(1|true|yes)$/i.test(value.trim()))
          out[parent] = [out[parent], header.slice(slash + 1)].filter(Boolean).join(';');
      } else out[header] = value;
    }
    return out;
  };
  const rows = sheet.rows.map((r) => ({ row: r.row, cells: rename(r.cells) }));
  const headers = new Set(Object.keys(rename(Object.fromEntries(sheet.headers.map((h) => [h, '1'])))));
  return { ...sheet, headers: [...headers], rows };
}

/**
 * IOM's HTCDS 2.0 spreadsheet templates as they are (plain, single-select, multi-select: hidden
 * field-name row, label row, codes or labels, ";" multi-select cells, Excel dates) and the
 * XLSForm's Kobo/ODK export, for persons and their exploitation. A row is known by the form's
 * own id when the file has one, else by a hash of the person's identity fields: the same file
 * imported again changes nothing. Every filled cell OpenNRM does not keep is named in the
 * report's notices with the reason.
 */
export const htcdsSheet: SheetDefinition = {
  name: 'htcds',
  description:
    "IOM's HTCDS 2.0 spreadsheet or XLSForm export (one case a row), for persons and their exploitation.",
  columns: [
    ...htcdsTemplateFields.map(fieldColumn),
    column('confirm_not_duplicate', yesNo(), { description: 'yes after checking a possible duplicate.' }),
  ],
  references: [],
  recognises: (headers) => {
    const fields = headers.map(htcdsFieldOf);
    return fields.includes('prs_Gender') && fields.some((f) => f?.startsWith('vic_'));
  },
  normalise: normaliseHtcdsSheet,
  ignoresOtherColumns: true,
  skipsRow: (cells) => cells.prs_Gender?.trim() === 'Gender',
  sourceIdOf: (cells) => {
    const own = sourceIdColumns.map((c) => cells[c]?.trim()).find(Boolean);
    if (own) return `form-${own}`;
    return `htcds-${createHash('sha256')
      .update(JSON.stringify(identityFields.map((f) => (cells[f] ?? '').trim().toLowerCase())))
      .digest('hex')
      .slice(0, 20)}`;
  },
  noticesOf: (cells) =>
    fromHtcds(cells, [], { dateOrder }).notStored.map((n) => ({
      column: n.field,
      message: `Not stored: ${n.reason}`,
    })),
  fieldColumns: { birthYear: 'prs_Birthdate', forms: 'vic_TypeOfExploitation' },
  async write(writer, v) {
    const imported = fromHtcds(v, [], { dateOrder });
    if (imported.invalid.length > 0)
      throw invalid(imported.invalid.map((i) => `${i.field}: ${i.reason}`).join(' '));
    const ctx = writer.actingFor();
    const { person } = await createPerson(ctx, {
      ...imported.person,
      confirmDuplicates: v.confirm_not_duplicate === true,
    });
    if (imported.exploitation) await recordExploitation(ctx, person.id, imported.exploitation);
    return person.id;
  },
};
