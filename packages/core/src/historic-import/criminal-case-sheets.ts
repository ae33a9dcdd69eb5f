import type { ExploitationForm } from '../identification/identification-vocabulary.ts';
import { addDefendant } from '../prosecution/add-defendant.ts';
import { openCriminalCase } from '../prosecution/open-criminal-case.ts';
import type {
  DefendantAgeBand,
  DefendantKind,
  DefendantSex,
  OpeningBody,
} from '../prosecution/prosecution-vocabulary.ts';
import { calendarDate, code, codes, column, sourceIdColumn, text, yesNo } from './column-parsers.ts';
import type { SheetDefinition } from './sheet-definition.ts';

/**
 * Criminal cases the importing body opened before OpenNRM, through the same use case as its
 * investigators. A case involving an official goes into the complicity compartment as on the web:
 * the importing body's users lose it, the integrity unit has it (case-access-policy.ts).
 */
export const criminalCasesSheet: SheetDefinition = {
  name: 'criminal_cases',
  description: 'One row per criminal case of trafficking or forced labour opened by the importing body.',
  columns: [
    sourceIdColumn,
    column('reference', text(100), {
      required: true,
      description: "The case's number in the register of the body that opened it.",
      example: '2014/144-1/17',
    }),
    column('opened_by', code('opening_bodies'), {
      required: true,
      codeList: 'opening_bodies',
      description: 'The kind of body that opened it.',
      example: 'police_anti_trafficking',
    }),
    column('opened_on', calendarDate(), {
      required: true,
      description: 'Day opened.',
      example: '2014-04-02',
    }),
    column('legal_basis', codes('legal_articles'), {
      required: true,
      codeList: 'legal_articles',
      description: 'Articles of the criminal code, separated by ";".',
      example: '144-1',
    }),
    column('exploitation_forms', codes('forms_of_exploitation'), {
      codeList: 'forms_of_exploitation',
      description: 'Forms of exploitation investigated, separated by ";".',
      example: 'ForcedLabour',
    }),
    column('official_involved', yesNo(), {
      description: 'yes: a public official is involved (the case goes into the complicity compartment).',
      example: 'no',
    }),
  ],
  references: [],
  fieldColumns: { reference: 'reference', openedOn: 'opened_on', legalBasis: 'legal_basis' },
  async write(writer, v) {
    const c = await openCriminalCase(writer.actingFor(), {
      reference: v.reference as string,
      openedBy: v.opened_by as OpeningBody,
      openedOn: v.opened_on as string,
      legalBasis: v.legal_basis as string[],
      exploitationForms: ((v.exploitation_forms as string[] | undefined) ?? []) as ExploitationForm[],
      officialFlag: (v.official_involved as boolean | undefined) ?? false,
    });
    return c.id;
  },
};

/** Suspects of those cases, persons or companies, from the day they became suspects. */
export const defendantsSheet: SheetDefinition = {
  name: 'defendants',
  description: 'One row per suspect of a case: a person or a company. The name is sealed like a victim’s.',
  columns: [
    sourceIdColumn,
    column('case_source_id', text(200), {
      required: true,
      description: 'The source_id of the case in the criminal_cases sheet.',
      example: 'C-2014-017',
    }),
    column('kind', code('defendant_kinds'), {
      required: true,
      codeList: 'defendant_kinds',
      description: 'A natural person or a company.',
      example: 'natural_person',
    }),
    column('name', text(300), { required: true, description: 'Full name, or the company’s name.' }),
    column('sex', code('defendant_sexes'), {
      codeList: 'defendant_sexes',
      description: 'Empty: unknown (always unknown for a company).',
      example: 'female',
    }),
    column('age_band', code('defendant_age_bands'), {
      codeList: 'defendant_age_bands',
      description: 'Empty: unknown.',
      example: '30-44',
    }),
    column('citizenship', code('countries'), { codeList: 'countries', description: 'ISO 3166-1 alpha-2.' }),
    column('public_official', yesNo(), {
      description: 'yes: a public official (the whole case goes into the complicity compartment).',
      example: 'no',
    }),
    column('public_function', text(200), { description: "The official's function (required for one)." }),
    column('investigated_on', calendarDate(), {
      required: true,
      description: 'The day they became a suspect.',
      example: '2014-04-02',
    }),
  ],
  references: [{ column: 'case_source_id', sheet: 'criminal_cases' }],
  fieldColumns: { name: 'name', publicFunction: 'public_function', investigatedOn: 'investigated_on' },
  async write(writer, v) {
    const d = await addDefendant(
      writer.actingFor(),
      writer.recordOf('criminal_cases', v.case_source_id as string),
      {
        kind: v.kind as DefendantKind,
        name: v.name as string,
        sex: ((v.sex as string | undefined) ?? 'unknown') as DefendantSex,
        ageBand: ((v.age_band as string | undefined) ?? 'unknown') as DefendantAgeBand,
        citizenship: (v.citizenship as string | undefined) ?? null,
        publicOfficial: (v.public_official as boolean | undefined) ?? false,
        publicFunction: (v.public_function as string | undefined) ?? null,
        investigatedOn: v.investigated_on as string,
      },
    );
    return d.id;
  },
};
