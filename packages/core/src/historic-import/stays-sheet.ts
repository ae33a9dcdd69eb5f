import { admitToShelter } from '../protection/admit-to-shelter.ts';
import { dischargeFromShelter } from '../protection/discharge-from-shelter.ts';
import type { DischargeReason, ResidentGroup } from '../protection/protection-vocabulary.ts';
import { invalid } from '../support/errors.ts';
import { calendarDate, code, column, personSourceIdColumn, sourceIdColumn, text } from './column-parsers.ts';
import type { SheetDefinition } from './sheet-definition.ts';

/**
 * Stays in the importing organisation's own facilities (registered in OpenNRM first, named here),
 * admitted and, when they ended, discharged, through the same use cases as the facility's staff.
 */
export const staysSheet: SheetDefinition = {
  name: 'stays',
  description: "One row per stay in one of the importing organisation's shelter facilities.",
  columns: [
    sourceIdColumn,
    personSourceIdColumn,
    column('facility', text(200), {
      required: true,
      description: 'The facility by its name in OpenNRM (it belongs to the importing organisation).',
      example: 'Baku shelter',
    }),
    column('resident_group', code('resident_groups'), {
      required: true,
      codeList: 'resident_groups',
      description: 'The group the place was taken in.',
      example: 'women',
    }),
    column('admitted_on', calendarDate(), {
      required: true,
      description: 'Day of admission.',
      example: '2014-04-02',
    }),
    column('discharged_on', calendarDate(), { description: 'Day of discharge; empty: still there.' }),
    column('discharge_reason', code('discharge_reasons'), {
      codeList: 'discharge_reasons',
      description: 'Why the stay ended (with a discharge day).',
    }),
  ],
  references: [{ column: 'person_source_id', sheet: 'persons' }],
  fieldColumns: {
    admittedOn: 'admitted_on',
    dischargedOn: 'discharged_on',
    residentGroup: 'resident_group',
    facilityId: 'facility',
  },
  async write(writer, v) {
    const ctx = writer.actingFor();
    const facility = (await ctx.store.shelters.listFacilities()).find(
      (f) => f.name === v.facility && f.organisationId === writer.organisation.id,
    );
    if (!facility)
      throw invalid(`No facility of yours is named "${v.facility}".`, { fields: { facilityId: 'unknown' } });
    const stay = await admitToShelter(ctx, facility.id, {
      personId: writer.recordOf('persons', v.person_source_id as string),
      residentGroup: v.resident_group as ResidentGroup,
      admittedOn: v.admitted_on as string,
    });
    if (v.discharged_on)
      await dischargeFromShelter(ctx, stay.id, {
        dischargedOn: v.discharged_on as string,
        reason: ((v.discharge_reason as string | undefined) ?? 'other') as DischargeReason,
      });
    return stay.id;
  },
};
