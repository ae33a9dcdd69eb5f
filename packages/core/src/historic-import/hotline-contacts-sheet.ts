import { recordHotlineContact } from '../prevention/record-hotline-contact.ts';
import { calendarDate, code, column, sourceIdColumn, text } from './column-parsers.ts';
import type { SheetDefinition } from './sheet-definition.ts';

const choice = (name: string, list: string, description: string, example: string) =>
  column(name, code(list), { required: true, codeList: list, description, example });

/**
 * The hotline's contacts of past years. No caller identity and no notes: a register of calls
 * kept for counting has no business carrying them into OpenNRM. A contact that led to a person
 * names the person's row, so the statistics can say which calls led to an identification.
 */
export const hotlineContactsSheet: SheetDefinition = {
  name: 'hotline_contacts',
  description:
    'One row per contact with the hotline (a call, a message, a visit); never the caller’s identity.',
  columns: [
    sourceIdColumn,
    column('contacted_on', calendarDate(), {
      required: true,
      description: 'Day of the contact (taken at noon UTC, so no time zone moves it to another day).',
      example: '2014-06-02',
    }),
    choice('channel', 'hotline_channels', 'How the caller reached the hotline.', 'phone'),
    choice('language', 'prevention_languages', 'Language of the contact.', 'az'),
    choice('caller_type', 'hotline_caller_types', 'Who the caller said they were.', 'relative_or_friend'),
    choice('topic', 'hotline_topics', 'What it was about.', 'working_abroad'),
    choice('outcome', 'hotline_outcomes', 'The furthest step it led to.', 'information_given'),
    column('referred_to_organisation', code('organisations'), {
      codeList: 'organisations',
      description: 'The organisation the caller was referred to, if any.',
    }),
    column('person_source_id', text(200), {
      description: 'The source_id of the person it led to (persons sheet), if any.',
    }),
  ],
  references: [{ column: 'person_source_id', sheet: 'persons' }],
  fieldColumns: {
    contactedAt: 'contacted_on',
    referredToOrganisationId: 'referred_to_organisation',
    personId: 'person_source_id',
  },
  async write(writer, v) {
    const person = v.person_source_id as string | undefined;
    const contact = await recordHotlineContact(writer.actingFor(), {
      contactedAt: `${v.contacted_on as string}T12:00:00.000Z`,
      channel: v.channel as string,
      language: v.language as string,
      callerType: v.caller_type as string,
      topic: v.topic as string,
      outcome: v.outcome as string,
      referredToOrganisationId: (v.referred_to_organisation as string | undefined) ?? null,
      personId: person ? writer.recordOf('persons', person) : null,
    });
    return contact.id;
  },
};
