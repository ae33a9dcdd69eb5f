import type { ServiceOutcome, ServiceType } from '../protection/protection-vocabulary.ts';
import { recordServiceDelivery } from '../protection/record-service-delivery.ts';
import { calendarDate, code, column, personSourceIdColumn, sourceIdColumn, text } from './column-parsers.ts';
import type { SheetDefinition } from './sheet-definition.ts';

/** A positive amount with at most two decimals, written with a dot. */
function amount() {
  return (value: string) =>
    /^\d{1,12}(\.\d{1,2})?$/.test(value) && Number(value) > 0
      ? ({ ok: true, value: Number(value) } as const)
      : ({ ok: false, message: `"${value}" is not an amount such as 400 or 400.50.` } as const);
}

/** Services a person received before OpenNRM, on the day delivered, by the provider named. */
export const servicesSheet: SheetDefinition = {
  name: 'services',
  description:
    'One row per service delivered to a person (an allowance paid, a job found, a course, counselling).',
  columns: [
    sourceIdColumn,
    personSourceIdColumn,
    column('service_type', code('service_types'), {
      required: true,
      codeList: 'service_types',
      description: 'What was delivered.',
      example: 'financial_allowance',
    }),
    column('delivered_on', calendarDate(), {
      required: true,
      description: 'The day it was delivered (a one-off payment: the day paid).',
      example: '2014-05-12',
    }),
    column('ended_on', calendarDate(), { description: 'The day it ended, if it lasted.' }),
    column('amount', amount(), { description: 'Money given to the person, if any.', example: '400' }),
    column('currency', text(3), { description: 'ISO 4217 currency of the amount; empty: the national one.' }),
    column('outcome', code('service_outcomes'), {
      required: true,
      codeList: 'service_outcomes',
      description: 'How it ended, or ongoing.',
      example: 'completed',
    }),
    column('provider_organisation', code('organisations'), {
      codeList: 'organisations',
      description:
        'The body that delivered it (it must have accepted a referral of the person); empty: the importing organisation.',
    }),
  ],
  references: [{ column: 'person_source_id', sheet: 'persons' }],
  fieldColumns: {
    serviceType: 'service_type',
    deliveredOn: 'delivered_on',
    endedOn: 'ended_on',
    amount: 'amount',
    currency: 'currency',
    providerOrganisationId: 'provider_organisation',
  },
  async write(writer, v) {
    // Each body records what it delivered (service-provider-policy.ts): the row is written acting
    // for the provider it names, which needs that body's own access to the person (a referral).
    const provider = (v.provider_organisation as string | undefined) ?? null;
    const service = await recordServiceDelivery(
      writer.actingFor(provider),
      writer.recordOf('persons', v.person_source_id as string),
      {
        serviceType: v.service_type as ServiceType,
        deliveredOn: v.delivered_on as string,
        endedOn: (v.ended_on as string | undefined) ?? null,
        amount: (v.amount as number | undefined) ?? null,
        currency: (v.currency as string | undefined) ?? null,
        outcome: v.outcome as ServiceOutcome,
      },
    );
    return service.id;
  },
};
