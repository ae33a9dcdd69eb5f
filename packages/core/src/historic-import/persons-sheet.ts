import { createPerson } from '../identification/create-person.ts';
import type { AgeBand, Gender } from '../identification/identification-vocabulary.ts';
import { calendarDate, code, codes, column, integer, sourceIdColumn, text, yesNo } from './column-parsers.ts';
import type { SheetDefinition } from './sheet-definition.ts';

/** Persons, owned by the importing organisation; the duplicate check runs as on the web. */
export const personsSheet: SheetDefinition = {
  name: 'persons',
  description: 'One row per person (presumed or identified victim).',
  columns: [
    sourceIdColumn,
    column('sex', code('sexes'), {
      required: true,
      codeList: 'sexes',
      description: 'Gender.',
      example: 'Feminine',
    }),
    column('birth_year', integer(1900, 2100), { description: 'Year of birth.', example: '1990' }),
    column('birth_date', calendarDate(), { description: 'Date of birth, YYYY-MM-DD (sealed).' }),
    column('age_band', code('age_bands'), {
      codeList: 'age_bands',
      description: 'When only an approximate age is known.',
    }),
    column('child_at_identification', yesNo(), {
      description: 'yes when the person was under 18 when identified.',
      example: 'no',
    }),
    column('citizenships', codes('countries'), {
      codeList: 'countries',
      description: 'Citizenships, ";" between several.',
      example: 'AZ',
    }),
    column('given_names', text(200), { description: 'Given names (sealed).' }),
    column('family_name', text(200), { description: 'Family name (sealed).' }),
    column('other_names', text(200), { description: 'Other or former names (sealed).' }),
    column('confirm_not_duplicate', yesNo(), {
      description: 'yes after you checked that a possible duplicate is another person.',
    }),
  ],
  references: [],
  fieldColumns: { birthYear: 'birth_year', identity: 'birth_date' },
  async write(writer, v) {
    const { person } = await createPerson(writer.actingFor(), {
      gender: v.sex as Gender,
      birthYear: (v.birth_year as number | undefined) ?? null,
      ageBand: (v.age_band as AgeBand | undefined) ?? null,
      childAtIdentification: (v.child_at_identification as boolean | undefined) ?? null,
      citizenships: (v.citizenships as string[] | undefined) ?? [],
      identity: {
        givenNames: (v.given_names as string | undefined) ?? null,
        familyName: (v.family_name as string | undefined) ?? null,
        otherNames: (v.other_names as string | undefined) ?? null,
        birthDate: (v.birth_date as string | undefined) ?? null,
      },
      confirmDuplicates: v.confirm_not_duplicate === true,
    });
    return person.id;
  },
};
