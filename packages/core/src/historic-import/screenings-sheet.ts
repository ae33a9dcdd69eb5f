import type { ScreeningOutcome } from '../identification/identification-vocabulary.ts';
import { recordScreening } from '../identification/record-screening.ts';
import { calendarDate, code, column, personSourceIdColumn, sourceIdColumn, text } from './column-parsers.ts';
import type { SheetDefinition } from './sheet-definition.ts';

/**
 * Old files rarely keep the indicator answers, so the server's score has nothing to go on and
 * the screener's outcome needs a reason (record-screening.ts); this one says so truthfully.
 */
const noAnswersReason = 'Recorded before OpenNRM; the indicator answers were not kept.';

/** Screenings with the date of the interview, scored again by the server like any other. */
export const screeningsSheet: SheetDefinition = {
  name: 'screenings',
  description: 'One row per screening interview.',
  columns: [
    sourceIdColumn,
    personSourceIdColumn,
    column('screened_on', calendarDate(), {
      required: true,
      description: 'Date of the interview.',
      example: '2014-03-02',
    }),
    column('indicator_list', code('indicator_lists'), {
      required: true,
      codeList: 'indicator_lists',
      description: 'The indicator list used.',
      example: 'ilo-forced-labour-2012',
    }),
    column('population', code('populations'), {
      required: true,
      codeList: 'populations',
      description: 'adult or child.',
      example: 'adult',
    }),
    column('outcome', code('screening_outcomes'), {
      required: true,
      codeList: 'screening_outcomes',
      description: "The screener's outcome.",
      example: 'presumed_victim',
    }),
    column('outcome_reason', text(2000), {
      description: 'Why, when the outcome differs from the indicators.',
    }),
  ],
  references: [{ column: 'person_source_id', sheet: 'persons' }],
  fieldColumns: { screenedAt: 'screened_on', outcomeReason: 'outcome_reason' },
  async write(writer, v) {
    const screening = await recordScreening(
      writer.actingFor(),
      writer.recordOf('persons', v.person_source_id as string),
      {
        listKey: v.indicator_list as string,
        population: v.population as 'adult' | 'child',
        answers: [],
        outcome: v.outcome as ScreeningOutcome,
        outcomeReason: (v.outcome_reason as string | undefined) ?? noAnswersReason,
        screenedAt: new Date(`${v.screened_on as string}T12:00:00Z`),
      },
    );
    return screening.id;
  },
};
