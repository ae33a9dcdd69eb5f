import { recordDecision } from '../identification/record-decision.ts';
import { calendarDate, code, column, personSourceIdColumn, sourceIdColumn, text } from './column-parsers.ts';
import type { SheetDefinition } from './sheet-definition.ts';

/**
 * Formal identification decisions on the date the body decided. The deciding body is the
 * organisation named (default: the importing one), which must hold or have been referred the
 * person, as on the web.
 */
export const decisionsSheet: SheetDefinition = {
  name: 'decisions',
  description: 'One row per identification decision (identified or not a victim).',
  columns: [
    sourceIdColumn,
    personSourceIdColumn,
    column('outcome', code('decision_outcomes'), {
      required: true,
      codeList: 'decision_outcomes',
      description: 'identified or not_victim.',
      example: 'identified',
    }),
    column('decided_on', calendarDate(), {
      required: true,
      description: 'Date of the decision.',
      example: '2014-03-20',
    }),
    column('grounds', text(4000), {
      required: true,
      description: 'Grounds of the decision (sealed).',
      example: 'Decision of the anti-trafficking department.',
    }),
    column('deciding_organisation', code('organisations'), {
      codeList: 'organisations',
      description: 'The body that decided; empty: the importing organisation.',
    }),
    column('reconsiders_source_id', text(200), {
      description: 'source_id of an earlier decision this one reconsiders.',
    }),
  ],
  references: [
    { column: 'person_source_id', sheet: 'persons' },
    { column: 'reconsiders_source_id', sheet: 'decisions' },
  ],
  fieldColumns: { decidedOn: 'decided_on', grounds: 'grounds', reconsiders: 'reconsiders_source_id' },
  async write(writer, v) {
    const reconsiders = v.reconsiders_source_id as string | undefined;
    const decision = await recordDecision(
      writer.actingFor(v.deciding_organisation as string | undefined),
      writer.recordOf('persons', v.person_source_id as string),
      {
        outcome: v.outcome as 'identified' | 'not_victim',
        decidedOn: v.decided_on as string,
        grounds: v.grounds as string,
        reconsiders: reconsiders ? writer.recordOf('decisions', reconsiders) : null,
      },
    );
    return decision.id;
  },
};
